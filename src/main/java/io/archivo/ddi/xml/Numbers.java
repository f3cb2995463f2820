package io.archivo.ddi.xml;

import java.math.BigDecimal;

/** Lenient reading of the counts real files write ({@code "1234"}, {@code "1,234"}, {@code "1234.0"}). */
final class Numbers {

    private Numbers() {
    }

    /** A whole non-negative count, or null when the text is not one (a count must never fail a deposit). */
    static Long parseCount(String text) {
        if (text == null) {
            return null;
        }
        String digits = text.replace(",", "").replace(" ", "");
        try {
            BigDecimal value = new BigDecimal(digits);
            if (value.signum() < 0 || value.stripTrailingZeros().scale() > 0) {
                return null;
            }
            return value.longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }
}
