package io.archivo.search.relevance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A judged query set: for each query, the studies that are relevant and how much (grade 1 marginal, 2 relevant,
 * 3 exactly what was asked for). Read from a TSV of lines {@code query<TAB>studyId<TAB>grade}; {@code #} starts a comment.
 */
public final class JudgedQueries {

    /** One query and its graded studies. */
    public record Judged(String query, Map<String, Integer> grades) {
    }

    /** nDCG of one query and the ids that were ranked, for reporting. */
    public record Scored(String query, double ndcg, List<String> ranked) {
    }

    private final List<Judged> queries;
    private final Map<String, String> kinds;

    private JudgedQueries(List<Judged> queries, Map<String, String> kinds) {
        this.queries = List.copyOf(queries);
        this.kinds = Map.copyOf(kinds);
    }

    /** The kind of a query, from the last {@code # kind: X} line above it; "all" where the file names none. */
    public String kind(String query) {
        return kinds.getOrDefault(query, "all");
    }

    public static JudgedQueries fromResource(String resource) {
        InputStream in = JudgedQueries.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalArgumentException("no judged queries at " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parse(reader.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JudgedQueries parse(List<String> lines) {
        Map<String, Map<String, Integer>> byQuery = new LinkedHashMap<>();
        Map<String, String> kinds = new LinkedHashMap<>();
        String kind = null;
        int number = 0;
        for (String line : lines) {
            number++;
            if (line.stripLeading().startsWith("# kind:")) {
                kind = line.substring(line.indexOf(':') + 1).trim();
                continue;
            }
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length != 3) {
                throw new IllegalArgumentException("line " + number + ": expected query<TAB>studyId<TAB>grade: " + line);
            }
            if (kind != null) {
                kinds.putIfAbsent(cols[0].trim(), kind);
            }
            byQuery.computeIfAbsent(cols[0].trim(), q -> new LinkedHashMap<>())
                    .put(cols[1].trim(), Integer.parseInt(cols[2].trim()));
        }
        List<Judged> judged = new ArrayList<>();
        byQuery.forEach((q, grades) -> judged.add(new Judged(q, Map.copyOf(grades))));
        return new JudgedQueries(judged, kinds);
    }

    public List<Judged> queries() {
        return queries;
    }

    /** Scores every query with {@code ranker} (query → ranked study ids). */
    public List<Scored> score(Function<String, List<String>> ranker, int k) {
        return queries.stream().map(j -> {
            List<String> ranked = ranker.apply(j.query());
            return new Scored(j.query(), Ndcg.at(k, ranked, j.grades()), ranked);
        }).toList();
    }

    public static double mean(List<Scored> scored) {
        return scored.stream().mapToDouble(Scored::ndcg).average().orElse(0);
    }
}
