package io.archivo.search.service;

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
}
