package io.archivo.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlacesTest {

    @Test
    void comunasAreRecognisedInTheWaysPeopleWriteThem() {
        assertEquals(Set.of("comuna-3"), Places.codes("comuna 3"));
        assertEquals(Set.of("comuna-3"), Places.codes("Comuna tres"));
        assertEquals(Set.of("comuna-3"), Places.codes("comuna 03"));
        assertEquals(Set.of("comuna-3"), Places.codes("C3"));
        assertEquals(Set.of("comuna-13"), Places.codes("delitos en la comuna trece"));
        assertEquals(Set.of("comuna-14", "comuna-15", "comuna-21"), Places.codes("comunas 14, 15 y 21"));
        assertEquals(Set.of("comuna-8"), Places.codes("Comuna No. 8"));
    }

    @Test
    void corregimientosByNameWithOrWithoutTheWordCorregimiento() {
        assertEquals(Set.of("corregimiento-la-buitrera"), Places.codes("Corregimiento La Buitrera"));
        assertEquals(Set.of("corregimiento-pichinde"), Places.codes("río Pichindé"));
        assertEquals(Set.of("corregimiento-pance", "corregimiento-navarro"), Places.codes("Pance y Navarro"));
    }

    @Test
    void numbersOutsideTheCityAndOrdinaryWordsAreNotPlaces() {
        assertEquals(Set.of(), Places.codes("comuna 23"));
        assertEquals(Set.of(), Places.codes("censo 2018, 3 hogares"));
        assertEquals(Set.of(), Places.codes("C30 y c0"));
    }

    @Test
    void theWordsThatNamedAPlaceAreReported() {
        Places.Found found = Places.in(List.of("homicidios", "comuna", "trece"));
        assertEquals(Set.of(1, 2), found.words());
        assertEquals(Set.of(0, 1, 2), Places.in(List.of("corregimiento", "de", "montebello")).words());
    }
}
