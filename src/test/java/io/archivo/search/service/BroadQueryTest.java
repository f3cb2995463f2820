package io.archivo.search.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archivo.search.AccessClassification;
import io.archivo.search.SearchRequest;
import io.archivo.search.SearchResult;
import io.archivo.search.SearchType;
import io.archivo.search.StudyDocument;
import io.archivo.search.VariableDocument;
import io.archivo.search.index.LuceneIndex;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * A query matching more documents than are counted reports a lower-bound total ("más de 10.000") and still a full
 * page; a narrow one reports its exact total. Hidden variables are never counted either way.
 */
class BroadQueryTest {

    private static final int VARIABLES = FacetedSearcher.FACET_SAMPLE + 500;

    @Test
    void broadVariableSearchReportsALowerBoundNarrowOneExact() {
        try (LuceneIndex index = LuceneIndex.open(new ByteBuffersDirectory())) {
            List<VariableDocument> vars = new ArrayList<>();
            for (int i = 0; i < VARIABLES; i++) {
                vars.add(VariableDocument.of("S1", "V" + i, "edad_" + i, "Edad en años cumplidos", null, List.of()));
            }
            vars.add(VariableDocument.of("S1", "VX", "peso", "Peso al nacer", null, List.of()));
            index.upsertStudy(StudyDocument.builder("S1", 1).title("Encuesta de salud").department("Salud")
                    .published(true).access(AccessClassification.PUBLICA).revision(1).build(), vars);
            index.upsertStudy(StudyDocument.builder("S2", 1).title("Encuesta reservada").department("Salud")
                    .published(true).access(AccessClassification.RESERVADA).revision(1).build(),
                    List.of(VariableDocument.of("S2", "V1", "edad", "Edad", null, List.of())));
            SearchService search = new SearchService(index);

            SearchResult broad = search.search(SearchRequest.of("edad").withType(SearchType.VARIABLE));
            assertFalse(broad.totalExact(), "counted up to the sample only");
            assertTrue(broad.total() >= FacetedSearcher.FACET_SAMPLE && broad.total() <= VARIABLES, "lower bound " + broad.total());
            assertEquals("más de 10.000", broad.totalText());
            assertEquals(20, broad.items().size());
            assertTrue(broad.items().stream().allMatch(h -> h.studyId().equals("S1")), "the reserved study's variable stays hidden");

            SearchResult narrow = search.search(SearchRequest.of("peso").withType(SearchType.VARIABLE));
            assertTrue(narrow.totalExact());
            assertEquals(1, narrow.total());
            assertEquals("1", narrow.totalText());
        }
    }
}
