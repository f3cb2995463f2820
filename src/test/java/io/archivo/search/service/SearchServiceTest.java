package io.archivo.search.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archivo.search.SearchHit;
import io.archivo.search.SearchRequest;
import io.archivo.search.SearchResult;
import io.archivo.search.SearchSort;
import io.archivo.search.SearchType;
import io.archivo.search.StudyHit;
import io.archivo.search.TestCatalogue;
import io.archivo.search.VariableHit;
import io.archivo.search.index.LuceneIndex;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SearchServiceTest {

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

    static List<String> ids(SearchResult result) {
        return result.items().stream().map(SearchHit::studyId).toList();
    }

    private static SearchResult search(String q) {
        return service.search(SearchRequest.of(q));
    }

    /** Below the 1,000 where a search's total stops being exact, the count is the browsing search's total. */
    @Test
    void theCountIsTheBrowsingTotalForEachTypeAndVisibility() {
        for (io.archivo.search.SearchType type : io.archivo.search.SearchType.values()) {
            for (io.archivo.search.Visibility v : List.of(io.archivo.search.Visibility.publicOnly(),
                    io.archivo.search.Visibility.admin())) {
                SearchResult browse = service.search(new SearchRequest("", type, 1, 1, io.archivo.search.SearchSort.RELEVANCE,
                        java.util.Map.of(), null, null, v));
                assertTrue(browse.totalExact(), type + " " + v);
                assertEquals(browse.total(), service.count(type, v), type + " " + v);
                assertTrue(browse.total() > 0, type + " " + v);
            }
        }
    }

    @Test
    void accentlessWordsFindAccentedText() {
        assertTrue(ids(search("educacion")).containsAll(List.of("CALI-SEM-MAT-2022", "CALI-SEM-DES-2021")));
        assertEquals("CALI-DAP-POB-2020", ids(search("poblacion")).get(0));
        assertEquals("CALI-SMV-ACC-2022", ids(search("transito")).get(0));
    }

    @Test
    void singularFindsPlural() {
        List<String> ids = ids(search("hogar"));
        assertTrue(ids.containsAll(List.of("CALI-DAP-EGH-2023", "CALI-DAP-EGH-2019")));
    }

    @Test
    void titleMatchesRankAboveAbstractMatches() {
        // "población" is in the title of the projections and only in abstracts elsewhere
        List<String> ids = ids(search("población"));
        assertEquals("CALI-DAP-POB-2020", ids.get(0));
        assertTrue(ids.size() >= 2);
    }

    @Test
    void allWordsOfAShortQueryMustMatch() {
        assertEquals(List.of("CALI-HAC-PRE-2023"), ids(search("recaudo predial")));
    }

    @Test
    void phrasesAndExclusions() {
        assertEquals(List.of("CALI-DAGMA-AIRE-2023"), ids(search("\"calidad del aire\"")));
        List<String> hogaresNot2019 = ids(search("hogares -2019"));
        assertTrue(hogaresNot2019.contains("CALI-DAP-EGH-2023"));
        assertFalse(hogaresNot2019.contains("CALI-DAP-EGH-2019"));
        List<String> recaudoNotPredial = ids(search("recaudo -\"impuesto predial\""));
        assertEquals(List.of("CALI-HAC-ICA-2022"), recaudoNotPredial);
    }

    @Test
    void englishTextIsSearchableToo() {
        assertEquals("CALI-DAP-EGH-2023", ids(search("household survey")).get(0));
        assertEquals("CALI-DAGMA-AIRE-2023", ids(search("air quality")).get(0));
    }

    @Test
    void snippetsMarkMatchesWithEmAndEscapeHtml() {
        StudyHit hit = (StudyHit) search("vacunación").items().get(0);
        assertEquals("CALI-SSP-VAC-2023", hit.studyId());
        assertFalse(hit.snippets().isEmpty());
        assertTrue(hit.snippets().get(0).contains("<em>"), hit.snippets().toString());
        assertEquals("Secretaría de Salud Pública", hit.department());
        assertEquals("SSP-PAI", hit.processCode());
        assertEquals(2023, hit.yearStart());
        // an HTML-looking query cannot inject markup into snippets
        for (SearchHit h : search("<script>alert(1)</script> vacunación").items()) {
            h.snippets().forEach(s -> assertFalse(s.contains("<script"), s));
        }
    }

    @Test
    void variablesAreSearchedByNameLabelQuestionAndCategories() {
        SearchRequest byLabel = SearchRequest.of("ingreso hogar").withType(SearchType.VARIABLE);
        VariableHit hit = (VariableHit) service.search(byLabel).items().get(0);
        assertEquals("INGTOTHOG", hit.name());
        assertEquals("CALI-DAP-EGH-2023", hit.studyId());
        assertEquals("Encuesta de Hogares de Cali 2023", hit.studyTitle());
        assertEquals("V3", hit.variableId());

        VariableHit byName = (VariableHit) service.search(SearchRequest.of("P6020").withType(SearchType.VARIABLE)).items().get(0);
        assertEquals("Sexo de la persona", byName.label());
        VariableHit byCategory = (VariableHit) service.search(SearchRequest.of("jornada tarde").withType(SearchType.VARIABLE)).items().get(0);
        assertEquals("JORNADA", byCategory.name());
    }

    @Test
    void sortByTitleIsAlphabeticalIgnoringAccents() {
        SearchResult result = service.search(SearchRequest.of("").withSort(SearchSort.TITLE).withPage(1, 100));
        List<String> titles = result.items().stream().map(h -> ((StudyHit) h).title()).toList();
        List<String> sorted = new ArrayList<>(titles);
        sorted.sort(java.util.Comparator.comparing(io.archivo.search.index.Folding::fold));
        assertEquals(sorted, titles);
        assertEquals(15, titles.size());
    }

    @Test
    void sortByYearIsNewestFirst() {
        SearchResult result = service.search(SearchRequest.of("").withSort(SearchSort.YEAR).withPage(1, 100));
        List<Integer> ends = result.items().stream().map(h -> ((StudyHit) h).yearEnd()).toList();
        assertEquals(2035, ends.get(0));
        for (int i = 1; i < ends.size(); i++) {
            assertTrue(ends.get(i - 1) >= ends.get(i), ends.toString());
        }
    }

    @Test
    void pagesAreDisjointAndCoverAllHits() {
        SearchRequest all = SearchRequest.of("").withSort(SearchSort.TITLE);
        List<String> everything = ids(service.search(all.withPage(1, 100)));
        List<String> paged = new ArrayList<>();
        for (int page = 1; page <= 4; page++) {
            SearchResult result = service.search(all.withPage(page, 4));
            assertEquals(15, result.total());
            assertEquals(page, result.page());
            paged.addAll(ids(result));
        }
        assertEquals(everything, paged);
        assertTrue(service.search(all.withPage(50, 4)).items().isEmpty());
        assertEquals(15, service.search(all.withPage(1_000_000, 100)).total());
        assertEquals(SearchRequest.MAX_SIZE, service.search(all.withPage(1, 10_000)).size());
    }

    @Test
    void yearRangeKeepsOverlappingPeriods() {
        SearchResult result = service.search(SearchRequest.of("").withYears(2024, 2030));
        assertEquals(List.of("CALI-DAP-POB-2020"), ids(result), "2020–2035 overlaps 2024–2030");
        assertEquals(2, service.search(SearchRequest.of("hogares").withYears(2018, 2023)).total());
        assertEquals(1, service.search(SearchRequest.of("hogares").withYears(2020, null)).total());
    }

    @Test
    void fuzzyFallbackFindsMisspelledWords() {
        SearchResult result = search("educaion");
        assertTrue(result.fuzzy());
        assertTrue(ids(result).contains("CALI-SEM-MAT-2022"), ids(result).toString());
        SearchResult vacunacion = search("vacunasion infantil");
        assertTrue(vacunacion.fuzzy());
        assertEquals("CALI-SSP-VAC-2023", ids(vacunacion).get(0));
    }

    @Test
    void exactHitsAreNotMarkedFuzzy() {
        SearchResult result = search("educación");
        assertFalse(result.fuzzy());
        assertNull(result.didYouMean());
    }

    @Test
    void didYouMeanCorrectsUnknownWords() {
        assertEquals("educacion", search("educaion").didYouMean());
        assertEquals("calidad aire", search("calidad aiire").didYouMean());
        assertNull(search("zzzzqqq").didYouMean());
    }

    @Test
    void blankQueryBrowsesEverythingVisible() {
        SearchResult result = search("");
        assertEquals(15, result.total());
        assertFalse(result.fuzzy());
        assertNull(result.didYouMean());
    }

    @Test
    void suggestCompletesTitlesAndKeywords() {
        List<String> edu = service.suggest("educ", io.archivo.search.Visibility.publicOnly(), 10);
        assertTrue(edu.contains("educación"), edu.toString());
        List<String> enc = service.suggest("encuesta de h", io.archivo.search.Visibility.publicOnly(), 10);
        assertTrue(enc.contains("Encuesta de Hogares de Cali 2023"), enc.toString());
        assertEquals(2, service.suggest("Encuesta de ho", io.archivo.search.Visibility.publicOnly(), 2).size());
        assertTrue(service.suggest("e", io.archivo.search.Visibility.publicOnly(), 10).isEmpty(), "too short");
        List<String> calidad = service.suggest("calid", io.archivo.search.Visibility.publicOnly(), 10);
        assertTrue(calidad.get(0).toLowerCase().startsWith("calidad"), calidad.toString());
    }
}
