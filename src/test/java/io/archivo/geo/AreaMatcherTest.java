package io.archivo.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AreaMatcherTest {

    static List<GeoArea> cali() {
        List<GeoArea> out = new ArrayList<>();
        out.add(new GeoArea("76001", "Santiago de Cali", GeoArea.MUNICIPIO, null));
        for (int i = 1; i <= 22; i++) {
            out.add(new GeoArea(String.format("%02d", i), "Comuna " + i, GeoArea.COMUNA, "76001"));
        }
        String[] corr = {"Navarro", "El Hormiguero", "Pance", "La Buitrera", "Villacarmelo", "Los Andes", "Pichindé",
            "La Leonera", "Felidia", "El Saladito", "La Elvira", "La Castilla", "La Paz", "Montebello", "Golondrinas"};
        for (int i = 0; i < corr.length; i++) {
            out.add(new GeoArea(String.valueOf(51 + i), corr[i], GeoArea.CORREGIMIENTO, "76001"));
        }
        return out;
    }

    private final AreaMatcher matcher = new AreaMatcher(cali());

    /** Version 1.1: the places, then the zones and SDMX special codes tables use. */
    static List<GeoArea> caliWithTableCodes() {
        List<GeoArea> out = cali();
        out.add(new GeoArea("URBANA", "Zona urbana (comunas)", GeoArea.ZONA, "76001"));
        out.add(new GeoArea("RURAL", "Zona rural (corregimientos)", GeoArea.ZONA, "76001"));
        out.add(new GeoArea("_O", "Fuera de Cali (otro municipio)", GeoArea.ESPECIAL, null));
        out.add(new GeoArea("_U", "Sin información", GeoArea.ESPECIAL, null));
        out.add(new GeoArea("_Z", "No aplica", GeoArea.ESPECIAL, null));
        return out;
    }

    private final AreaMatcher withTableCodes = new AreaMatcher(caliWithTableCodes());

    /** A table's area column: places first, then the zones and SDMX special codes every CL_AREA_CALI lists. */
    @ParameterizedTest
    @CsvSource({"Comuna 3,03,COMUNA_NUMBER", "Navarro,51,NAME", "Zona rural (corregimientos),RURAL,ZONE",
        "RURAL,RURAL,ZONE", "Cabecera,URBANA,ZONE", "Zona Urbana,URBANA,ZONE", "Sin información,_U,SPECIAL",
        "NS/NR,_U,SPECIAL", "Otro municipio,_O,SPECIAL", "Fuera de Cali,_O,SPECIAL", "No aplica,_Z,SPECIAL"})
    void tableValuesAlsoNameZonesAndSpecialCodes(String value, String code, String rule) {
        AreaMatcher.Match m = withTableCodes.matchTableValue(value);
        assertEquals(code, m.area().code(), value);
        assertEquals(rule, m.rule().name(), value);
    }

    @Test
    void zonesAndUnknownsAreNotPlacesAStudyCovers() {
        assertFalse(withTableCodes.match("Zona rural").matched(), "coverage, search and OAI sets stay on places");
        assertFalse(withTableCodes.match("RURAL").matched());
        assertFalse(withTableCodes.matchTableValue("Barrio El Peñón").matched());
        assertTrue(withTableCodes.coverage(List.of("Sin información", "Zona rural"), List.of(), List.of()).areas().isEmpty());
        assertFalse(matcher.matchTableValue("Zona rural").matched(), "version 1.0 has no zones");
    }

    @ParameterizedTest
    @CsvSource({"Comuna 3,03,COMUNA_NUMBER", "comuna 03,03,COMUNA_NUMBER", "C3,03,COMUNA_NUMBER",
        "COMUNA_22,22,COMUNA_NUMBER", "com-7,07,COMUNA_NUMBER", "3,03,COMUNA_NUMBER", "03,03,CODE",
        "Navarro,51,NAME", "NAVARRO,51,NAME", "pichinde,57,NAME", "Corregimiento de Pance,53,CORREGIMIENTO_NAME",
        "Corregimiento La Buitrera,54,CORREGIMIENTO_NAME", "65,65,CODE", "76001,76001,CODE",
        "Cali,76001,MUNICIPALITY", "Santiago de Cali,76001,NAME"})
    void mapsTheWaysPeopleWriteAreas(String value, String code, String rule) {
        AreaMatcher.Match m = matcher.match(value);
        assertEquals(code, m.area().code(), value);
        assertEquals(rule, m.rule().name(), value);
    }

    @Test
    void unknownValuesStayUnmappedAndAreReported() {
        for (String v : List.of("Comuna 23", "Bogotá", "C", "", "99")) {
            assertFalse(matcher.match(v).matched(), v);
        }
        List<AreaMatcher.Match> report = matcher.matchAll(List.of("C3", "Navarro", "C3", "Jamundí"));
        assertEquals(List.of("C3", "Navarro", "Jamundí"), report.stream().map(AreaMatcher.Match::value).toList());
        assertFalse(report.get(2).matched());
    }

    // free text: what search's own recogniser (search.index.Places) did, now the frame's

    private List<String> codes(String text) {
        return matcher.inText(text).codes();
    }

    @Test
    void comunasInFreeTextByNumberWordOrShorthand() {
        assertEquals(List.of("03"), codes("Comuna 3"));
        assertEquals(List.of("03"), codes("comuna 03"));
        assertEquals(List.of("03"), codes("C3"));
        assertEquals(List.of("03"), codes("comuna tres"));
        assertEquals(List.of("13"), codes("delitos en la comuna trece"));
        assertEquals(List.of("14", "15", "21"), codes("comunas 14, 15 y 21"));
        assertEquals(List.of("08"), codes("Comuna No. 8"));
    }

    @Test
    void corregimientosInFreeTextWithOrWithoutTheWordCorregimiento() {
        assertEquals(List.of("51"), codes("Corregimiento de Navarro"));
        assertEquals(List.of("53"), codes("Pance"));
        assertEquals(List.of("54"), codes("Corregimiento La Buitrera"));
        assertEquals(List.of("57"), codes("río Pichindé"));
        assertEquals(Set.of("53", "51"), Set.copyOf(codes("Pance y Navarro")));
    }

    @Test
    void numbersOutsideTheCityOrdinaryWordsAndTheMunicipalityAreNotPlacesInText() {
        assertEquals(List.of(), codes("comuna 23"));
        assertEquals(List.of(), codes("censo 2018, 3 hogares"));
        assertEquals(List.of(), codes("C30 y c0"));
        assertEquals(List.of(), codes("Encuesta de hogares de Santiago de Cali"));
    }

    @Test
    void theWordsThatNamedAPlaceAreReported() {
        assertEquals(Set.of(1, 2), matcher.inWords(List.of("homicidios", "comuna", "trece")).words());
        assertEquals(Set.of(0, 1, 2), matcher.inWords(List.of("corregimiento", "de", "montebello")).words());
        assertEquals(Set.of(0, 1, 2, 3, 4), matcher.inWords(List.of("Comunas", "14", "15", "y", "21")).words());
    }

    @Test
    void aStudysCoverageSaysWhichValueAndRuleGaveEachAreaAndWhatMatchedNothing() {
        AreaCoverage c = matcher.coverage(List.of("Comunas 14, 15 y 21", "Corregimiento de Navarro", "C3", "Jamundí",
                "Santiago de Cali, Valle del Cauca"), List.of("Comunas (22) y corregimientos (15)", "Pance"),
                List.of("Delitos en la comuna 13", "Encuesta 2023"));
        assertEquals(List.of("14", "15", "21", "51", "03", "76001", "53", "13"),
                c.areas().stream().map(AreaCoverage.Area::code).toList());
        AreaCoverage.Area c14 = c.areas().get(0);
        assertEquals(new AreaCoverage.Area("14", "Comuna 14", GeoArea.COMUNA, "Comunas 14, 15 y 21", "geogCover", "IN_TEXT"), c14);
        assertEquals("CORREGIMIENTO_NAME", c.areas().get(3).rule());
        assertEquals("COMUNA_NUMBER", c.areas().get(4).rule());
        assertEquals("MUNICIPALITY", c.areas().get(5).rule());
        assertEquals(new AreaCoverage.Area("53", "Pance", GeoArea.CORREGIMIENTO, "Pance", "geogUnit", "NAME"), c.areas().get(6));
        assertEquals("title", c.areas().get(7).source());
        // a geogUnit names the kind of unit: its numbers are not comunas, and it is reported unmatched
        assertEquals(List.of(new AreaCoverage.Unmatched("Jamundí", "geogCover"),
                new AreaCoverage.Unmatched("Comunas (22) y corregimientos (15)", "geogUnit")), c.unmatched());
        assertEquals(7, c.comunasAndCorregimientos().size(), "the municipality is not a comuna or corregimiento");
    }

    @Test
    void theShippedFrameIsTheOneItsMigrationInserts() {
        AreaFrame shipped = CaliPlaces.shipped();
        assertEquals(38, shipped.areas().size());
        assertEquals(cali(), shipped.areas());
        assertTrue(CaliPlaces.matcher().inText("comuna 22").codes().contains("22"));
    }
}
