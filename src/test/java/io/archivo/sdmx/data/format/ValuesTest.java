package io.archivo.sdmx.data.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValuesTest {

    @ParameterizedTest
    @CsvSource({ "1234.5, 1234.5", "-1234.5, -1234.5", "0.05, 0.05", "-0.05, -0.05", "0.1234, 0.1234",
            "42, 42", "-0.0, 0", "1e20, 100000000000000000000", "1.5e-7, 0.00000015", "12345678.9, 12345678.9",
            "0.1, 0.1", "99999999999999.9, 99999999999999.9", "1e15, 1000000000000000",
            "1000000000000000.5, 1000000000000000.5", "0.30000000000000004, 0.30000000000000004" })
    void valuesAreSpeltPlain(double value, String spelt) {
        assertEquals(spelt, Values.number(value));
    }

    /** Writing to the CSV sink (digits straight into its buffer) spells every value as {@link Values#number}. */
    @Test
    void writingSpellsWhatNumberSpells() throws Exception {
        Random random = new Random(17);
        double[] powers = { 1, 10, 100, 1000, 10000, 100000 };
        java.util.List<Double> values = new java.util.ArrayList<>(java.util.List.of(0.0, -0.0, 1e15, -1e15, 1e20,
                1.5e-7, 0.05, -0.05, 99999999999999.9, 1000000000000000.5, 0.30000000000000004, Double.MAX_VALUE,
                Double.MIN_VALUE, 5e-324, -7.0));
        for (int i = 0; i < 100_000; i++) {
            long n = random.nextLong() % (i % 2 == 0 ? 1_000_000L : 100_000_000_000_000L);
            values.add(n / powers[random.nextInt(powers.length)]);
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        Utf8Sink sink = new Utf8Sink(bytes);
        StringBuilder expected = new StringBuilder();
        for (Double v : values) {
            Values.write(sink, v);
            sink.write(';');
            expected.append(Values.number(v)).append(';');
        }
        Values.write(sink, null);
        sink.flush();
        assertEquals(expected.toString(), bytes.toString(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The fast path for one to four decimals spells exactly what the shortest round-trip decimal spells. */
    @Test
    void theFastPathAgreesWithTheShortestDecimal() {
        Random random = new Random(13);
        double[] powers = { 1, 10, 100, 1000, 10000 };
        for (int i = 0; i < 200_000; i++) {
            long n = random.nextLong() % (i % 2 == 0 ? 1_000_000L : 100_000_000_000_000L);
            double d = n / powers[random.nextInt(powers.length)];
            String expected = BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
            if (d == 0) {
                expected = "0";
            }
            assertEquals(expected, Values.number(d), () -> "value " + d);
        }
    }
}
