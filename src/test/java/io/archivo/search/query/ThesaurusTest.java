package io.archivo.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ThesaurusTest {

    private static List<String> stems(String text) {
        return Thesaurus.analysed(text);
    }

    @Test
    void theMaintainedFileLoadsAndRelatesTheIssuesExamples() {
        Thesaurus t = Thesaurus.standard();
        assertTrue(t.size() > 50, "terms: " + t.size());
        assertTrue(t.longestAt(stems("colegios"), 0).related().contains("institución educativa"));
        assertTrue(t.longestAt(stems("institución educativa"), 0).related().contains("matrícula escolar"));
        assertTrue(t.longestAt(stems("inseguridad"), 0).related().contains("delitos"));
        assertTrue(t.longestAt(stems("trancón"), 0).related().contains("movilidad"));
        assertTrue(t.longestAt(stems("desempleo"), 0).related().contains("mercado laboral"));
    }

    @Test
    void accentsCaseAndPluralsDoNotMatterAndTheLongestTermWins() {
        Thesaurus t = Thesaurus.parse(List.of("# comment", "seguridad ciudadana, delitos", "seguridad vial, siniestros viales"));
        Thesaurus.Match m = t.longestAt(stems("SEGURIDAD VIAL en Cali"), 0);
        assertNotNull(m);
        assertEquals(2, m.length());
        assertEquals(List.of("siniestros viales"), m.related());
        assertEquals(List.of("seguridad ciudadana"), t.longestAt(stems("délito"), 0).related());
        assertNull(t.longestAt(stems("seguridad"), 0), "a word of a longer term alone is not that term");
    }
}
