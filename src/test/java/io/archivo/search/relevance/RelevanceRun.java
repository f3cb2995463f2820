package io.archivo.search.relevance;

import io.archivo.search.index.LuceneIndex;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Both relevance measurements, over HTTP as anonymous citizens search: the demo catalogue as seeded at start-up
 * ({@code judgments-catalogue.tsv}), then the judged catalogue at scale ({@link RelevanceCatalogue}, judgments per
 * kind of query in {@code judgments-scale.tsv}). The second step empties the index first, so run it last.
 * Nothing here reads {@code ../shared}.
 */
public final class RelevanceRun {

    public static final String SCALE_JUDGMENTS = "/search/judgments-scale.tsv";

    /** Mean nDCG@10 of the demo set and of the scale set, the scale set per kind, and printable lines. */
    public record Result(double demo, double scale, Map<String, Double> byKind, List<String> lines) {
    }

    private RelevanceRun() {
    }

    public static List<String> all(LuceneIndex index, int background) {
        return measure(index, background).lines();
    }

    public static Result measure(LuceneIndex index, int background) {
        List<String> lines = new ArrayList<>();
        JudgedQueries demoJudged = JudgedQueries.fromResource(CatalogueRelevance.JUDGMENTS);
        List<JudgedQueries.Scored> demoScored = demoJudged.score(CatalogueRelevance::rank, CatalogueRelevance.K);
        double demo = JudgedQueries.mean(demoScored);
        lines.add(String.format(Locale.ROOT, "nDCG@10 demo catalogue (20 studies, %d queries): %.3f", demoScored.size(), demo));

        index.deleteAll();
        long t0 = System.nanoTime();
        RelevanceCatalogue.indexInto(index, background);
        lines.add(String.format(Locale.ROOT, "relevance catalogue: 24 judged + %,d generated studies indexed in %.1f s",
                background, (System.nanoTime() - t0) / 1e9));
        JudgedQueries judged = JudgedQueries.fromResource(SCALE_JUDGMENTS);
        List<JudgedQueries.Scored> scored = judged.score(CatalogueRelevance::rank, CatalogueRelevance.K);
        Map<String, List<Double>> perKind = new LinkedHashMap<>();
        for (JudgedQueries.Scored s : scored) {
            perKind.computeIfAbsent(judged.kind(s.query()), k -> new ArrayList<>()).add(s.ndcg());
            lines.add(String.format(Locale.ROOT, "  %.3f  %-9s %-38s %s", s.ndcg(), judged.kind(s.query()), s.query(),
                    s.ranked().subList(0, Math.min(4, s.ranked().size()))));
        }
        Map<String, Double> byKind = new LinkedHashMap<>();
        perKind.forEach((kind, values) -> {
            double mean = values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
            byKind.put(kind, mean);
            lines.add(String.format(Locale.ROOT, "nDCG@10 kind %-8s (%2d queries): %.3f", kind, values.size(), mean));
        });
        double scale = JudgedQueries.mean(scored);
        lines.add(String.format(Locale.ROOT, "nDCG@10 catalogue scale (24 judged + %,d generated studies, %d queries): %.3f",
                background, scored.size(), scale));
        return new Result(demo, scale, byKind, lines);
    }
}
