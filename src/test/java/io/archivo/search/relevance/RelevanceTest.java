package io.archivo.search.relevance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archivo.search.SearchHit;
import io.archivo.search.SearchRequest;
import io.archivo.search.TestCatalogue;
import io.archivo.search.index.LuceneIndex;
import io.archivo.search.service.SearchService;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Relevance floor over the judged queries: guards ranking against regressions when analysis or boosts change. */
class RelevanceTest {

    private static final int K = 10;
    private static final double FLOOR = 0.8;

    @Test
    void meanNdcgAt10StaysAboveTheFloor() {
        JudgedQueries judged = JudgedQueries.fromResource("/search/judgments.tsv");
        assertTrue(judged.queries().size() >= 10, "at least ten judged queries");
        try (LuceneIndex index = TestCatalogue.newIndex()) {
            SearchService service = new SearchService(index);
            List<JudgedQueries.Scored> scored = judged.score(q -> service.search(SearchRequest.of(q).withPage(1, K))
                    .items().stream().map(SearchHit::studyId).toList(), K);
            scored.forEach(s -> System.out.printf(Locale.ROOT, "nDCG@%d %.3f  %-28s %s%n", K, s.ndcg(), s.query(), s.ranked()));
            double mean = JudgedQueries.mean(scored);
            System.out.printf(Locale.ROOT, "mean nDCG@%d over %d judged queries: %.3f%n", K, scored.size(), mean);
            assertTrue(mean >= FLOOR, "mean nDCG@10 " + mean + " below " + FLOOR);
        }
    }
}
