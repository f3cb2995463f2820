package io.archivo.search.service;

import static io.archivo.search.TestCatalogue.CLASSIFIED_ID;
import static io.archivo.search.TestCatalogue.DRAFT_ID;
import static io.archivo.search.TestCatalogue.RESERVED_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archivo.search.FacetCount;
import io.archivo.search.SearchRequest;
import io.archivo.search.SearchResult;
import io.archivo.search.SearchType;
import io.archivo.search.TestCatalogue;
import io.archivo.search.Visibility;
import io.archivo.search.index.LuceneIndex;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VisibilityTest {

    private static final Set<String> HIDDEN = Set.of(DRAFT_ID, CLASSIFIED_ID, RESERVED_ID);
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

    private static SearchResult as(Visibility v, String q) {
        return service.search(SearchRequest.of(q).withVisibility(v).withPage(1, 100));
    }

    @ParameterizedTest
    @ValueSource(strings = {"indigencia", "intrafamiliar", "envejecimiento", "maltrato", "habitantes calle",
            "violencia", "adultos mayores", "\"casos denunciados\"", "indigensia", "intrafamiliar -zzz"})
    void hiddenStudiesNeverReachThePublic(String q) {
        SearchResult result = as(Visibility.publicOnly(), q);
        assertEquals(0, result.total(), "total for " + q);
        assertTrue(result.items().isEmpty());
        result.facets().values().forEach(counts -> assertTrue(counts.isEmpty(), result.facets().toString()));
        // neither the fuzzy fallback nor "did you mean" may point at a hidden study
        assertFalse(result.didYouMean() != null && result.didYouMean().contains("intrafamiliar"));
        assertFalse(result.didYouMean() != null && result.didYouMean().contains("indigencia"));
    }

    @Test
    void publicBrowseCountsAndFacetsOnlyVisibleStudies() {
        SearchResult result = as(Visibility.publicOnly(), "");
        assertEquals(15, result.total());
        assertTrue(result.items().stream().noneMatch(h -> HIDDEN.contains(h.studyId())));
        List<FacetCount> access = result.facets().get("accessClassification");
        assertEquals(List.of(new FacetCount("publica", 15)), access);
        assertTrue(result.facets().get("department").stream().noneMatch(c -> c.value().equals(TestCatalogue.BIENESTAR)));
        assertTrue(result.facets().get("thematicArea").stream().noneMatch(c -> c.value().equals("Inclusión social")));
        long seguridad = count(result, "department", TestCatalogue.SEGURIDAD);
        assertEquals(1, seguridad, "the classified Seguridad study is not counted");
    }

    @Test
    void publicVariableSearchHidesVariablesOfHiddenStudies() {
        SearchRequest request = SearchRequest.of("maltrato").withType(SearchType.VARIABLE);
        assertEquals(0, service.search(request).total());
        assertEquals(0, service.search(SearchRequest.of("pernocta").withType(SearchType.VARIABLE)).total());
        assertEquals(1, service.search(request.withVisibility(Visibility.admin())).total());
    }

    @Test
    void suggestionsNeverOfferHiddenTitlesOrKeywords() {
        for (String prefix : List.of("indig", "intraf", "envejec", "violencia", "censo de hab", "caracteriz", "adulto")) {
            assertTrue(service.suggest(prefix, Visibility.publicOnly(), 10).isEmpty(), prefix);
        }
        assertFalse(service.suggest("indig", Visibility.admin(), 10).isEmpty());
    }

    @Test
    void didYouMeanNeverSuggestsWordsOnlyHiddenStudiesUse() {
        assertNotEquals("intrafamiliar", as(Visibility.publicOnly(), "intrafamiliat").didYouMean());
        assertEquals("intrafamiliar", as(Visibility.admin(), "intrafamiliat").didYouMean());
    }

    @Test
    void editorsSeeEverythingOfTheirDepartmentsPlusPublicMaterial() {
        Visibility seguridadEditor = Visibility.editor(Set.of(TestCatalogue.SEGURIDAD));
        assertEquals(1, as(seguridadEditor, "intrafamiliar").total(), "own classified study");
        assertEquals(0, as(seguridadEditor, "indigencia").total(), "another department's draft");
        assertEquals(0, as(seguridadEditor, "envejecimiento").total(), "another department's reserved study");
        assertEquals(16, as(seguridadEditor, "").total());

        Visibility planeacion = Visibility.editor(Set.of(TestCatalogue.DAP, TestCatalogue.BIENESTAR));
        assertEquals(1, as(planeacion, "indigencia").total(), "own draft");
        assertEquals(1, as(planeacion, "envejecimiento").total(), "own reserved study");
        assertEquals(0, as(planeacion, "intrafamiliar").total());
        assertEquals(1, count(as(planeacion, ""), "accessClassification", "reservada"));
    }

    @Test
    void editorsWithManyDepartmentsStayWithinLuceneLimits() {
        Set<String> many = new java.util.HashSet<>();
        for (int i = 0; i < 3_000; i++) {
            many.add("Dependencia " + i);
        }
        many.add(TestCatalogue.SEGURIDAD);
        assertEquals(16, as(Visibility.editor(many), "").total());
        assertEquals(1, as(Visibility.editor(many), "intrafamiliar").total());
    }

    @Test
    void adminsSeeEverything() {
        SearchResult all = as(Visibility.admin(), "");
        assertEquals(18, all.total());
        assertEquals(1, count(all, "accessClassification", "clasificada"));
        assertEquals(1, count(all, "accessClassification", "reservada"));
    }

    @Test
    void aSensitiveVariableLeavesNoTraceInItsPublicStudy() {
        try (LuceneIndex own = LuceneIndex.open(new org.apache.lucene.store.ByteBuffersDirectory())) {
            io.archivo.search.StudyDocument study = io.archivo.search.StudyDocument.builder("PUB-1", 1)
                    .title("Encuesta de convivencia ciudadana").department(TestCatalogue.SEGURIDAD).build();
            own.upsertStudy(study, List.of(
                    io.archivo.search.VariableDocument.of("PUB-1", "V1", "comuna", "Comuna de residencia", null, List.of()),
                    io.archivo.search.VariableDocument.of("PUB-1", "V2", "xenofilia", "Autorreconocimiento xenofílico",
                            "¿Se reconoce usted como xenofílico?", List.of("Palenquero")).asSensitive()));
            SearchService search = new SearchService(own);
            for (String q : List.of("xenofilia", "autorreconocimiento", "xenofilico")) {
                assertEquals(0, search.search(SearchRequest.of(q)).total(), "public study search " + q);
                assertEquals(0, search.search(SearchRequest.of(q).withType(SearchType.VARIABLE)).total(), "variable " + q);
            }
            assertEquals(1, search.search(SearchRequest.of("residencia")).total(), "the other variables still find it");
            // nor may spelling offer its words to the public, for either kind of search
            assertNotEquals("autorreconocimiento", search.search(SearchRequest.of("autoreconocimiento")).didYouMean());
            assertNotEquals("autorreconocimiento",
                    search.search(SearchRequest.of("autoreconocimiento").withType(SearchType.VARIABLE)).didYouMean());
            // the study's managers find the variable itself
            assertEquals(1, search.search(SearchRequest.of("xenofilia").withType(SearchType.VARIABLE)
                    .withVisibility(Visibility.editor(Set.of(TestCatalogue.SEGURIDAD)))).total());
        }
    }

    static long count(SearchResult result, String facet, String value) {
        return result.facets().getOrDefault(facet, List.of()).stream()
                .filter(c -> c.value().equals(value)).mapToLong(FacetCount::count).sum();
    }
}
