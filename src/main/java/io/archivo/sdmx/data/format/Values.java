package io.archivo.sdmx.data.format;

import java.math.BigDecimal;

/** How observation values are spelt in every format: plain decimal, no exponent, no trailing zeros. */
final class Values {

    private Values() {
    }

    static String number(Double v) {
        if (v == null) {
            return null;
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString(v.longValue());
        }
        // Double.toString is the shortest decimal that reads back as v, as BigDecimal.valueOf uses it; without an
        // exponent it is already plain with no trailing zeros (integers are handled above)
        String s = Double.toString(v);
        return s.indexOf('E') < 0 ? s : BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
