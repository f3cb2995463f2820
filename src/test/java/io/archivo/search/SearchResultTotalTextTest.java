package io.archivo.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The total as people read it: Colombian Spanish groups thousands with a dot. */
class SearchResultTotalTextTest {

    @Test
    void groupsThousandsWithADotAndSaysWhenTheTotalIsALowerBound() {
        assertEquals("0", SearchResult.describe(0, true));
        assertEquals("7", SearchResult.describe(7, true));
        assertEquals("999", SearchResult.describe(999, true));
        assertEquals("1.000", SearchResult.describe(1_000, true));
        assertEquals("12.345", SearchResult.describe(12_345, true));
        assertEquals("123.456", SearchResult.describe(123_456, true));
        assertEquals("1.234.567", SearchResult.describe(1_234_567, true));
        assertEquals("más de 1.000", SearchResult.describe(1_000, false));
        assertEquals("más de 10.000", SearchResult.describe(10_000, false));
    }
}
