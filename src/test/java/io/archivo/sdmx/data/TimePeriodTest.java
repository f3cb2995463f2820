package io.archivo.sdmx.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimePeriodTest {

    @ParameterizedTest
    @CsvSource({
            "2023, 2023-01-01T00:00, 2024-01-01T00:00",
            "2023-A1, 2023-01-01T00:00, 2024-01-01T00:00",
            "2023-S2, 2023-07-01T00:00, 2024-01-01T00:00",
            "2023-T2, 2023-05-01T00:00, 2023-09-01T00:00",
            "2023-Q1, 2023-01-01T00:00, 2023-04-01T00:00",
            "2023-M03, 2023-03-01T00:00, 2023-04-01T00:00",
            "2023-03, 2023-03-01T00:00, 2023-04-01T00:00",
            "2023-W01, 2023-01-02T00:00, 2023-01-09T00:00",
            "2020-W53, 2020-12-28T00:00, 2021-01-04T00:00",
            "2023-D032, 2023-02-01T00:00, 2023-02-02T00:00",
            "2023-03-01, 2023-03-01T00:00, 2023-03-02T00:00",
            "2023-03-01T10:15:00, 2023-03-01T10:15, 2023-03-01T10:15:01" })
    void periodsHaveStartAndEnd(String text, String start, String end) {
        TimePeriod p = TimePeriod.parse(text).orElseThrow();
        assertEquals(LocalDateTime.parse(start), p.start());
        assertEquals(LocalDateTime.parse(end), p.end());
        assertEquals(text, p.text());
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "23", "2023-13", "2023-Q5", "2023-S3", "2023-M3", "2023-M13", "2023-W54", "2023-D366",
            "2023-02-30", "Q1-2023", "2023-X1", "dos mil" })
    void nonPeriodsAreRefused(String text) {
        assertTrue(TimePeriod.parse(text).isEmpty(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = { "2023", "2023-Q1", "2023-M03", "2023-03-01", "2023-03-01T10:15:00" })
    void theSharedCacheGivesWhatParsingGives(String text) {
        TimePeriod first = TimePeriod.cached(text).orElseThrow();
        assertEquals(TimePeriod.parse(text).orElseThrow(), first);
        assertSame(first, TimePeriod.cached(text).orElseThrow(), "parsed once, then shared");
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "2023-13", "2023-Q5", "dos mil" })
    void theSharedCacheRefusesNonPeriodsToo(String text) {
        assertTrue(TimePeriod.cached(text).isEmpty(), text);
        assertTrue(TimePeriod.cached(text).isEmpty(), text);
    }
}
