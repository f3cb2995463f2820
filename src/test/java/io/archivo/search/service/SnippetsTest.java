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
