package io.archivo.sdmx.data.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which key filters become a {@code series_key} condition (the series index) and which the d1..d10 columns. */
class SeriesKeysTest {

    /** A stream reads the dimension values from the stored series key (not from d1..d10). */
    @Test
    void aStoredSeriesKeySplitsIntoTheDimensionValues() {
        assertEquals(List.of("M", "01", "F", "_T"), ObservationStore.dimensionValues("M.01.F._T", 4));
        assertEquals(List.of("M", "", "F"), ObservationStore.dimensionValues("M..F", 3));
        assertEquals(List.of("M", "01"), ObservationStore.dimensionValues("M.01.F", 2));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> ObservationStore.dimensionValues("M.01", 3));
    }

    @Test
    void aFullKeyIsOneSeriesKey() {
        assertEquals(List.of("A.01.F"), ObservationStore.seriesKeys(List.of(Set.of("A"), Set.of("01"), Set.of("F"))));
    }

    @Test
    void alternativesMultiplyIntoSeriesKeys() {
        assertEquals(List.of("A.01.F", "A.01.M", "A.02.F", "A.02.M"),
                ObservationStore.seriesKeys(List.of(Set.of("A"), Set.of("02", "01"), Set.of("M", "F"))));
    }

    @Test
    void anOpenDimensionOrTooManyKeysLeaveTheDimensionColumns() {
        assertNull(ObservationStore.seriesKeys(List.of(Set.of("A"), Set.of(), Set.of("F"))));
        assertNull(ObservationStore.seriesKeys(List.of()));
        Set<String> eleven = new HashSet<>();
        for (int i = 0; i < 11; i++) {
            eleven.add("C" + i);
        }
        List<Set<String>> key = new ArrayList<>(List.of(eleven, eleven));
        assertNull(ObservationStore.seriesKeys(key), "121 keys > " + ObservationStore.MAX_SERIES_KEYS);
        key.set(1, Set.of("X"));
        assertEquals(11, ObservationStore.seriesKeys(key).size());
    }
}
