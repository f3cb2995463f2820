package io.archivo.sdmx.data.format;

import java.math.BigDecimal;

/** How observation values are spelt in every format: plain decimal, no exponent, no trailing zeros. */
final class Values {

    /** Fraction digits tried by the fast path: statistics mostly have one to four. */
    private static final double[] POWERS = { 1e1, 1e2, 1e3, 1e4 };
    private static final double LIMIT = 1e15;

    private Values() {
    }

    /** The value as {@link #number} spells it, written to the sink; the common spellings without a String. */
    static void write(Utf8Sink out, Double v) throws java.io.IOException {
        if (v == null) {
            return;
        }
        double d = v;
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            out.writeDecimal((long) d, 0);
            return;
        }
        int k = fractionDigits(d);
        if (k > 0) {
            out.writeDecimal((long) Math.rint(d * POWERS[k - 1]), k);
            return;
        }
        out.write(number(v));
    }

    static String number(Double v) {
        if (v == null) {
            return null;
        }
        double d = v;
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        String fast = fewDecimals(d);
        if (fast != null) {
            return fast;
        }
        // Double.toString is the shortest decimal that reads back as v, as BigDecimal.valueOf uses it; without an
        // exponent it is already plain with no trailing zeros (integers are handled above)
        String s = Double.toString(d);
        return s.indexOf('E') < 0 ? s : BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    /**
     * The value with k = 1 to 4 fraction digits when such a decimal reads back as exactly this double, else null:
     * {@code Double.toString} was the largest single cost of writing an observation (SdmxDataBenchmark). The
     * division n / 10^k is correctly rounded, so {@code n / 10^k == d} says the decimal n·10^-k reads back as d;
     * below 10^15 (n) two such decimals are further apart than d's rounding, so n is the only candidate, and the
     * first k that fits is the shortest: the same digits as {@code Double.toString}'s shortest decimal.
     */
    static String fewDecimals(double d) {
        int k = fractionDigits(d);
        return k < 0 ? null : decimal((long) Math.rint(d * POWERS[k - 1]), k);
    }

    /** The k of {@link #fewDecimals} (1 to 4), or -1 when no such decimal reads back as d. */
    private static int fractionDigits(double d) {
        for (int k = 0; k < POWERS.length; k++) {
            double scaled = Math.rint(d * POWERS[k]);
            if (Math.abs(scaled) >= LIMIT) {
                return -1;
            }
            if (scaled / POWERS[k] == d) {
                return k + 1;
            }
        }
        return -1;
    }

    /** n·10^-digits written out: {@code 12345, 1} is {@code 1234.5}, {@code -5, 2} is {@code -0.05}. */
    private static String decimal(long n, int digits) {
        String abs = Long.toString(Math.abs(n));
        StringBuilder b = new StringBuilder(abs.length() + 3);
        if (n < 0) {
            b.append('-');
        }
        if (abs.length() <= digits) {
            b.append("0.");
            b.append("0".repeat(digits - abs.length()));
            b.append(abs);
        } else {
            b.append(abs, 0, abs.length() - digits).append('.').append(abs, abs.length() - digits, abs.length());
        }
        return b.toString();
    }
}
