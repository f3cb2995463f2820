package io.archivo.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
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
}
