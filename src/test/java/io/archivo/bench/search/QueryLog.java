package io.archivo.bench.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;

/**
 * A synthetic query log with the shape of real ones: many distinct queries (words, pairs of words, phrases, names of
 * variables, places, misspellings), drawn with a Zipf-like long tail, so that a few queries are frequent and most are
 * rare. Some requests carry a facet filter or ask for a later page. The same seed always gives the same log and, per
 * client, the same stream.
 */
final class QueryLog {

    private static final List<String> PLACES = List.of("cali", "comuna 1", "comuna 3", "comuna 8", "comuna 13", "comuna 15",
            "comuna 21", "comuna 22", "oriente", "ladera", "zona rural", "corregimientos", "pance", "navarro", "la buitrera");
    private static final String LETTERS = "abcdefghijlmnoprstuv";

    private final List<BenchQuery> distinct;
    private final double[] cumulative;

    private QueryLog(List<BenchQuery> distinct, double exponent) {
        this.distinct = distinct;
        this.cumulative = new double[distinct.size()];
        double sum = 0;
        for (int rank = 1; rank <= distinct.size(); rank++) {
            sum += 1 / Math.pow(rank, exponent);
            cumulative[rank - 1] = sum;
        }
        for (int i = 0; i < cumulative.length; i++) {
            cumulative[i] /= sum;
        }
    }

    /** {@code size} distinct requests in popularity order, repeated with Zipf exponent {@code exponent}. */
    static QueryLog generate(long seed, int size, double exponent) {
        BenchCatalogue.Vocabulary v = BenchCatalogue.vocabulary();
        List<String> words = words(v);
        Random r = new Random(seed);
        Map<String, BenchQuery> out = new LinkedHashMap<>();
        int guard = 0;
        while (out.size() < size && guard++ < size * 20) {
            BenchQuery q = one(r, v, words);
            out.putIfAbsent(q.path(), q);
        }
        List<BenchQuery> list = new ArrayList<>(out.values());
        java.util.Collections.shuffle(list, r);
        return new QueryLog(list, exponent);
    }

    QueryLog only(Predicate<BenchQuery> keep) {
        return new QueryLog(distinct.stream().filter(keep).toList(), 1.0);
    }

    int distinct() {
        return distinct.size();
    }

    /** The request at a Zipf-distributed rank. */
    BenchQuery draw(Random r) {
        int i = Arrays.binarySearch(cumulative, r.nextDouble());
        return distinct.get(Math.min(distinct.size() - 1, i < 0 ? -i - 1 : i));
    }

    /** How many of {@code n} draws were repeats of an earlier one: the best any result cache could do. */
    double repeatShare(long seed, int n) {
        Random r = new Random(seed);
        java.util.Set<BenchQuery> seen = new java.util.HashSet<>();
        int repeats = 0;
        for (int i = 0; i < n; i++) {
            if (!seen.add(draw(r))) {
                repeats++;
            }
        }
        return (double) repeats / n;
    }

    private static BenchQuery one(Random r, BenchCatalogue.Vocabulary v, List<String> words) {
        int kind = r.nextInt(100);
        BenchQuery q;
        if (kind < 18) {
            q = BenchQuery.studies("word", pick(r, words));
        } else if (kind < 30) {
            q = BenchQuery.studies("two words", pick(r, words) + " " + pick(r, words));
        } else if (kind < 40) {
            q = BenchQuery.studies("subject", strip(pick(r, r.nextBoolean() ? v.subjects() : v.keywords())));
        } else if (kind < 47) {
            q = BenchQuery.studies("phrase", "\"" + strip(pick(r, v.subjects())) + "\"");
        } else if (kind < 55) {
            q = BenchQuery.studies("place", strip(pick(r, v.keywords())) + " " + pick(r, PLACES));
        } else if (kind < 63) {
            q = BenchQuery.studies("typo", typo(r, pick(r, words)) + (r.nextBoolean() ? "" : " " + pick(r, words)));
        } else if (kind < 70) {
            q = BenchQuery.studies("measure", strip(pick(r, v.variableLabels())));
        } else if (kind < 85) {
            q = BenchQuery.variables("variable", strip(pick(r, v.variableLabels())));
        } else if (kind < 92) {
            q = BenchQuery.variables("variable", pick(r, words));
        } else {
            q = BenchQuery.variables("variable", strip(pick(r, v.categories())));
        }
        int extra = r.nextInt(100);
        if (extra < 6) {
            q = q.department(pick(r, BenchCatalogue.departments()));
        } else if (extra < 9 && !q.variables()) {
            q = q.thematicArea(pick(r, BenchCatalogue.thematicAreas()));
        } else if (extra < 12 && !q.variables()) {
            int from = 2000 + r.nextInt(20);
            q = q.years(from, from + r.nextInt(6));
        } else if (extra < 20) {
            q = q.page(2 + r.nextInt(4));
        }
        return q;
    }

    private static List<String> words(BenchCatalogue.Vocabulary v) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (List<String> texts : List.of(v.subjects(), v.keywords(), v.phrases(), v.variableLabels())) {
            for (String text : texts) {
                for (String w : strip(text).split("\\s+")) {
                    if (w.length() >= 4) {
                        out.add(w);
                    }
                }
            }
        }
        return new ArrayList<>(out);
    }

    private static String strip(String s) {
        return s.replaceAll("[()¿?,.:/]", " ").replaceAll("\\s+", " ").trim().toLowerCase(Locale.ROOT);
    }

    /** One or two wrong, missing or extra letters. */
    private static String typo(Random r, String word) {
        StringBuilder w = new StringBuilder(word);
        int edits = 1 + r.nextInt(2);
        for (int e = 0; e < edits && w.length() > 3; e++) {
            int at = 1 + r.nextInt(w.length() - 2);
            switch (r.nextInt(3)) {
                case 0 -> w.setCharAt(at, LETTERS.charAt(r.nextInt(LETTERS.length())));
                case 1 -> w.deleteCharAt(at);
                default -> w.insert(at, LETTERS.charAt(r.nextInt(LETTERS.length())));
            }
        }
        return w.toString();
    }

    private static <T> T pick(Random r, List<T> list) {
        return list.get(r.nextInt(list.size()));
    }
}
