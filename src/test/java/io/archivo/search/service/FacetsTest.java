package io.archivo.search.service;

import static io.archivo.search.service.VisibilityTest.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archivo.search.SearchRequest;
import io.archivo.search.SearchResult;
import io.archivo.search.StudyDocument;
import io.archivo.search.TestCatalogue;
import io.archivo.search.index.LuceneIndex;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FacetsTest {

    private static LuceneIndex index;
    private static SearchService service;

    @BeforeAll
    static void build() {
        index = TestCatalogue.newIndex();
        service = new SearchService(index);
    }

    @AfterAll
    static void close() {
        index.close();
    }

    private static SearchResult search(String q, Map<String, List<String>> filters) {
        return service.search(SearchRequest.of(q).withFilters(filters).withPage(1, 100));
    }

    @Test
    void countsFollowTheQuery() {
        SearchResult result = search("recaudo", Map.of());
        assertEquals(2, result.total());
        assertEquals(2, count(result, "department", TestCatalogue.HACIENDA));
        assertEquals(1, result.facets().get("department").size());
    }

    @Test
    void filterNarrowsHitsButItsOwnFacetKeepsTheOtherValues() {
        SearchResult result = search("", Map.of("department", List.of(TestCatalogue.DAGMA)));
        assertEquals(2, result.total());
        assertTrue(result.items().stream().allMatch(h -> h.studyId().startsWith("CALI-DAGMA")));
        // drill sideways: department counts ignore the department filter…
        assertEquals(2, count(result, "department", TestCatalogue.DAGMA));
        assertEquals(3, count(result, "department", TestCatalogue.DAP));
        // …while other facets count only the filtered hits
        assertEquals(2, count(result, "processType", "Medición directa"));
        assertEquals(0, count(result, "processType", "Registro administrativo"));
    }

    @Test
    void combinedFiltersCountEachFacetUnderTheOtherFilters() {
        Map<String, List<String>> filters = Map.of(
                "processType", List.of("Registro administrativo"),
                "thematicArea", List.of("Salud", "Educación"));
        SearchResult result = search("", filters);
        // (Salud OR Educación) AND Registro administrativo
        assertEquals(4, result.total());
        // thematicArea counted under the processType filter only: all administrative registries
        assertEquals(2, count(result, "thematicArea", "Salud"));
        assertEquals(2, count(result, "thematicArea", "Educación"));
        assertEquals(2, count(result, "thematicArea", "Finanzas públicas"));
        assertEquals(1, count(result, "thematicArea", "Movilidad y transporte"));
        assertEquals(0, count(result, "thematicArea", "Medio ambiente"));
        // processType counted under the thematicArea filter only
        assertEquals(4, count(result, "processType", "Registro administrativo"));
        assertEquals(0, count(result, "processType", "Encuesta por muestreo"));
        // a facet without filter counts the fully filtered hits
        assertEquals(2, count(result, "department", TestCatalogue.SALUD));
        assertEquals(2, count(result, "department", TestCatalogue.EDUCACION));
        assertEquals(0, count(result, "department", TestCatalogue.HACIENDA));
    }

    @Test
    void facetsCombineWithQueryAndYears() {
        SearchRequest request = SearchRequest.of("encuesta").withYears(2022, 2023)
                .withFilters(Map.of("kindOfData", List.of("Datos de encuesta")));
        SearchResult result = service.search(request);
        assertEquals(2, result.total(), SearchServiceTest.ids(result).toString());
        assertEquals(1, count(result, "thematicArea", "Cultura"));
        assertEquals(1, count(result, "thematicArea", "Pobreza y condiciones de vida"));
    }

    @Test
    void multiValuedFacetsAndLanguage() {
        SearchResult result = search("", Map.of("language", List.of("en")));
        assertEquals(2, result.total());
        assertEquals(2, count(result, "unitOfAnalysis", "Hogar") + count(result, "unitOfAnalysis", "Estación de monitoreo"));
        assertEquals(15, count(result, "language", "es"), "language counts ignore the language filter");
    }

    @Test
    void unknownFacetsAndBlankValuesAreIgnored() {
        SearchResult result = search("", Map.of("nope", List.of("x"), "department", List.of(" ")));
        assertEquals(15, result.total());
    }

    @Test
    void facetValuesAreSortedByCount() {
        List<io.archivo.search.FacetCount> departments = search("", Map.of()).facets().get("department");
        for (int i = 1; i < departments.size(); i++) {
            assertTrue(departments.get(i - 1).count() >= departments.get(i).count());
        }
    }

    @Test
    void theAreaFacetCountsTheComunasAndCorregimientosStudiesCover() {
        try (LuceneIndex own = LuceneIndex.open(new org.apache.lucene.store.ByteBuffersDirectory())) {
            own.upsertStudy(StudyDocument.builder("GEO-1", 1).title("Encuesta de salud")
                    .geographicCoverage("Comunas 3 y 4").geographicCoverage("Santiago de Cali").build(), List.of());
            own.upsertStudy(StudyDocument.builder("GEO-2", 1).title("Registro de vacunación")
                    .geographicCoverage("C3").geographicUnit("Navarro").build(), List.of());
            own.upsertStudy(StudyDocument.builder("GEO-3", 1).title("Delitos en la comuna 4")
                    .geographicCoverage("Jamundí").build(), List.of());
            SearchService search = new SearchService(own);
            SearchResult all = search.search(SearchRequest.of("").withPage(1, 10));
            assertEquals(2, count(all, "area", "Comuna 3"));
            assertEquals(2, count(all, "area", "Comuna 4"), "the title names comuna 4 too");
            assertEquals(1, count(all, "area", "Navarro"));
            assertEquals(3, all.facets().get("area").size(), "the municipality is no value of the facet");
            SearchResult comuna3 = search.search(SearchRequest.of("").withFilters(Map.of("area", List.of("Comuna 3")))
                    .withPage(1, 10));
            assertEquals(List.of("GEO-1", "GEO-2"), comuna3.items().stream().map(h -> h.studyId()).sorted().toList());
            // drill sideways: the facet's own filter leaves its other values counted
            assertEquals(1, count(comuna3, "area", "Navarro"));
        }
    }
}
