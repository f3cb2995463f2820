package io.archivo.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The charts spell numbers as {@code String.format("%.1f")} did, without its cost. */
class SvgBarsTest {

    @Test
    void numbersAreWholeOrHaveOneDecimalLikeStringFormat() {
        assertEquals("0", SvgBars.fmt(0));
        assertEquals("87", SvgBars.fmt(87.0));
        assertEquals("-3", SvgBars.fmt(-3.0));
        assertEquals("12.3", SvgBars.fmt(12.34));
        assertEquals("0.1", SvgBars.fmt(0.05));
        assertEquals("-1.5", SvgBars.fmt(-1.46));
        // every share a chart draws: part / whole in percent, and bar widths derived from them
        for (int whole = 1; whole <= 300; whole++) {
            for (int part = 0; part <= whole; part++) {
                for (double v : new double[] { 100.0 * part / whole, 480.0 * part / whole + 160 }) {
                    String expected = v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
                    assertEquals(expected, SvgBars.fmt(v), part + "/" + whole + " = " + v);
                }
            }
        }
    }
}
