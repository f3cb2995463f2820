package io.archivo.search.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archivo.search.index.AnalysisProbe;
import io.archivo.search.index.Analyzers;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

/**
 * The cheap test that lets snippets skip values never rejects a value the analysis would mark: for words whose stems
 * differ from the word (plurals, accents, "luces" → "luz", English stems), a text holding the word in any case passes.
 */
class SnippetsTest {

    private static final List<String> WORDS = List.of("luces", "Educación", "HOGARES", "población", "niñez", "matrículas",
            "studies", "happiness", "children's", "Pingüino", "Æsir", "vacunación", "crisis", "análisis", "ingresos", "paz");

    @Test
    void aTextHoldingTheWordAlwaysPassesThePreCheck() throws IOException {
        for (Analyzer analyzer : List.of(Analyzers.spanish(), Analyzers.english(), Analyzers.folding())) {
            for (String word : WORDS) {
                List<String> stems = AnalysisProbe.terms(analyzer, "", word);
                if (stems.isEmpty()) {
                    continue; // a stop word
                }
                String value = "Texto de prueba con " + word + " en medio.";
                String field = analyzer == Analyzers.spanish() ? "title" : analyzer == Analyzers.english() ? "title.en" : "title.any";
                assertNotNull(Snippets.mark(field, value, Set.copyOf(stems), 1), "the analysis marks " + word);
                assertTrue(Snippets.mayMatch(value, Snippets.prefixes(Set.copyOf(stems))), word + " → " + stems);
            }
        }
    }

    /** The table-driven fold of the pre-check writes what lower-casing and Lucene's folding of the whole value do. */
    @Test
    void theFoldOfThePreCheckIsLucenesFoldingOfEveryChar() {
        StringBuilder all = new StringBuilder();
        for (int c = 1; c < 0x10000; c++) {
            all.append((char) c);
        }
        all.append("Educación ÆSIR “Niñez” … ½ \uD83D\uDE00 fin");
        String value = all.toString();
        char[] lower = new char[value.length()];
        for (int i = 0; i < value.length(); i++) {
            lower[i] = Character.toLowerCase(value.charAt(i));
        }
        char[] expected = new char[value.length() * 4];
        int expectedLength = org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter.foldToASCII(lower, 0, expected, 0,
                lower.length);
        char[] actual = new char[value.length() * 4];
        int actualLength = Snippets.fold(value, actual);

        assertEquals(new String(expected, 0, expectedLength), new String(actual, 0, actualLength));
        String tail = "educacion aesir \"ninez\" … ½ \uD83D\uDE00 fin";
        assertEquals(tail, new String(actual, actualLength - tail.length(), tail.length()));
    }

    @Test
    void aTextWithoutAnyWantedStemIsSkipped() throws IOException {
        Set<String> wanted = Set.of("hogar", "encuest");
        assertFalse(Snippets.mayMatch("Censo de edificaciones de Cali", Snippets.prefixes(wanted)));
        assertNull(Snippets.mark("title", "Censo de edificaciones de Cali", wanted, 1));
    }

    /**
     * A long value shows windows around its first matches, each taking the matches inside it, and nothing of a match
     * past the last window (whose text is no longer analysed).
     */
    @Test
    void aLongValueShowsWindowsAroundItsFirstMatches() throws IOException {
        String filler = "texto de relleno sin nada que buscar aqui ";
        String value = "Hogares de Cali: " + filler.repeat(2) + "los hogares urbanos " + filler.repeat(6)
                + "hogares rurales " + filler.repeat(6) + "hogares dispersos " + filler.repeat(3);
        String marked = Snippets.mark("abstract", value, Set.of("hogar"), 2);

        assertEquals(2, marked.split("… ").length, marked);
        String[] windows = marked.split("… ");
        assertTrue(windows[0].startsWith("<em>Hogares</em> de Cali"), windows[0]);
        assertTrue(windows[0].contains("los <em>hogares</em> urbanos"), "a match inside the first window: " + windows[0]);
        assertTrue(windows[1].contains("<em>hogares</em> rurales"), windows[1]);
        assertFalse(marked.contains("dispersos"), "the third match is past both windows: " + marked);
        assertEquals(3, marked.split("<em>", -1).length - 1, marked);
    }
}
