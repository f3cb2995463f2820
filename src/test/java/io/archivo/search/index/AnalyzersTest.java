package io.archivo.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnalyzersTest {

    private static List<String> spanish(String text) {
        return AnalysisProbe.terms(Analyzers.perField(), TextFamily.TITLE.spanish(), text);
    }

    @ParameterizedTest(name = "{0} matches {1}")
    @CsvSource({
            "educacion, Educación",
            "poblacion, población",
            "hogar, hogares",
            "EDUCACIÓN, educación",
            "matricula, Matrículas",
            "transito, tránsito",
            "niños, ninos",
            "vacunacion, Vacunación"})
    void spanishChainFoldsAccentsCaseAndPlurals(String typed, String indexed) {
        assertEquals(spanish(indexed), spanish(typed));
        assertFalse(spanish(typed).isEmpty());
    }

    @Test
    void spanishStopWordsAreDroppedWithOrWithoutAccents() {
        assertEquals(List.of("encuest", "hogar"), spanish("Encuesta de los Hogares"));
        assertTrue(spanish("de la el y").isEmpty());
        assertTrue(spanish("más").isEmpty(), "accented stop word");
        assertTrue(spanish("mas").isEmpty(), "same stop word typed without accent");
    }

    @Test
    void combiningAccentsAreComposedBeforeFolding() {
        assertEquals(spanish("educación"), spanish("educacio\u0301n"));
    }

    @Test
    void englishFieldUsesEnglishStemming() {
        List<String> en = AnalysisProbe.terms(Analyzers.perField(), TextFamily.TITLE.english(), "The Households");
        assertEquals(List.of("household"), en);
    }

    @Test
    void exactFieldFoldsButKeepsWordsAndForms() {
        List<String> exact = AnalysisProbe.terms(Analyzers.perField(), TextFamily.TITLE.exact(), "Calidad del Aire, Población");
        assertEquals(List.of("calidad", "del", "aire", "poblacion"), exact);
    }

    @Test
    void otherLanguagesAreFoldedWithoutSpanishStemming() {
        List<String> fi = AnalysisProbe.terms(Analyzers.perField(), TextFamily.TITLE.other(), "Kotitalouksien Tutkimus Äänestys");
        assertEquals(List.of("kotitalouksien", "tutkimus", "aanestys"), fi);
    }

    @Test
    void keywordFieldsStayUnanalysed() {
        assertEquals(List.of("CALI-DAP-EGH 2023"), AnalysisProbe.terms(Analyzers.perField(), Fields.STUDY_ID, "CALI-DAP-EGH 2023"));
    }

    @Test
    void foldingHelperMatchesAnalyzerFolding() {
        assertEquals("educacion publica", Folding.fold("Educación  Pública"));
        assertEquals("a b", Folding.clean("a\u0000\u0007 b"));
    }
}
