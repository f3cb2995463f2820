package io.archivo.search.relevance;

import java.util.List;
import java.util.Map;

/**
 * Normalised discounted cumulative gain at a cut-off: the ranked list's gain, discounted by log2 of the position,
 * divided by the gain of the best possible ranking. Gain of a document with grade g is 2^g − 1, so a highly relevant
 * document matters much more than a marginal one; unjudged documents count as grade 0.
 */
public final class Ndcg {

    private Ndcg() {
    }

    /** nDCG@k of {@code ranked} ids against {@code grades} (id → grade ≥ 0). 0 when no document has a positive grade. */
    public static double at(int k, List<String> ranked, Map<String, Integer> grades) {
        double ideal = idealDcg(k, grades);
        return ideal == 0 ? 0 : dcg(k, ranked, grades) / ideal;
    }

    static double dcg(int k, List<String> ranked, Map<String, Integer> grades) {
        double sum = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            sum += gain(grades.getOrDefault(ranked.get(i), 0)) / discount(i);
        }
        return sum;
    }

    static double idealDcg(int k, Map<String, Integer> grades) {
        List<Integer> best = grades.values().stream().filter(g -> g > 0).sorted((a, b) -> b - a).limit(k).toList();
        double sum = 0;
        for (int i = 0; i < best.size(); i++) {
            sum += gain(best.get(i)) / discount(i);
        }
        return sum;
    }

    private static double gain(int grade) {
        return Math.pow(2, grade) - 1;
    }

    /** Position i (0-based) is discounted by log2(i + 2): the first result by 1, the second by log2(3), … */
    private static double discount(int i) {
        return Math.log(i + 2) / Math.log(2);
    }
}
