package io.archivo.search.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archivo.search.AccessClassification;
import io.archivo.search.FacetCount;
import io.archivo.search.SearchRequest;
import io.archivo.search.SearchResult;
import io.archivo.search.SearchType;
import io.archivo.search.StudyDocument;
import io.archivo.search.VariableDocument;
import io.archivo.search.index.LuceneIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * A query matching more documents than are counted reports a lower-bound total ("más de 1.000"), facet counts flagged
 * approximate, and still a full page; a narrow one reports its exact total and exact facets. Hidden variables are
 * never counted either way.
 */
class BroadQueryTest {

    private static final int VARIABLES = FacetedSearcher.TOTAL_HITS_THRESHOLD + 500;

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
            assertFalse(broad.totalExact(), "counted up to the threshold only");
            assertEquals(FacetedSearcher.TOTAL_HITS_THRESHOLD, broad.total());
            assertEquals("más de 1.000", broad.totalText());
            assertTrue(broad.facetsApproximate(), "facets of the first matches only");
            List<FacetCount> departments = broad.facets().get("department");
            assertEquals(1, departments.size());
            assertEquals("Salud", departments.get(0).value());
            assertTrue(departments.get(0).count() >= FacetedSearcher.FACET_SAMPLE && departments.get(0).count() <= VARIABLES,
                    "a count of the sample, never of hidden variables: " + departments.get(0).count());
            assertEquals(20, broad.items().size());
            assertTrue(broad.items().stream().allMatch(h -> h.studyId().equals("S1")), "the reserved study's variable stays hidden");

            // paging past the counted hits still returns the right page
            SearchResult deep = search.search(SearchRequest.of("edad").withType(SearchType.VARIABLE).withPage(60, 20));
            assertEquals(20, deep.items().size());

            // a filter on the same facet is counted sideways, also sampled
            SearchResult filtered = search.search(SearchRequest.of("edad").withType(SearchType.VARIABLE)
                    .withFilters(Map.of("department", List.of("Salud"))));
            assertTrue(filtered.facetsApproximate());
            assertEquals("Salud", filtered.facets().get("department").get(0).value());

            SearchResult narrow = search.search(SearchRequest.of("peso").withType(SearchType.VARIABLE));
            assertTrue(narrow.totalExact());
            assertEquals(1, narrow.total());
            assertEquals("1", narrow.totalText());
            assertFalse(narrow.facetsApproximate());
            assertEquals(List.of(new FacetCount("Salud", 1)), narrow.facets().get("department"));
        }
    }
}
