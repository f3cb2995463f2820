package io.archivo.search.query;

import io.archivo.search.index.AnalysisProbe;
import io.archivo.search.index.Analyzers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Related terms of the municipal statistics domain, read from {@code /search/thesaurus.txt} (one group of
 * comma-separated terms per line; see the file). Terms are compared by their analysed form (folded, stop words
 * dropped, Spanish stems), so a query matches a term whatever its accents, case or plural.
 */
public final class Thesaurus {

    static final String RESOURCE = "/search/thesaurus.txt";
    /** Longest term, in analysed words; longer runs of query words are never looked up. */
    static final int MAX_TERM_WORDS = 4;

    /** A run of query words that matched a term, and the other terms of its group(s). */
    public record Match(int start, int length, List<String> related) {
    }

    private static final Thesaurus DEFAULT = load(RESOURCE);

    /** analysed words of a term → the terms related to it (the other terms of its groups, as written). */
    private final Map<List<String>, List<String>> related;

    private Thesaurus(Map<List<String>, List<String>> related) {
        this.related = related;
    }

    public static Thesaurus standard() {
        return DEFAULT;
    }

    static Thesaurus load(String resource) {
        InputStream in = Thesaurus.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("thesaurus " + resource + " missing from the classpath");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parse(reader.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Thesaurus parse(List<String> lines) {
        Map<List<String>, List<String>> related = new HashMap<>();
        for (String line : lines) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            List<String> terms = new ArrayList<>();
            for (String t : trimmed.split(",")) {
                if (!t.isBlank()) {
                    terms.add(t.strip());
                }
            }
            for (String term : terms) {
                List<String> key = analysed(term);
                if (key.isEmpty() || key.size() > MAX_TERM_WORDS) {
                    continue;
                }
                List<String> others = related.computeIfAbsent(key, k -> new ArrayList<>());
                for (String other : terms) {
                    if (!analysed(other).equals(key) && !others.contains(other)) {
                        others.add(other);
                    }
                }
            }
        }
        related.replaceAll((k, v) -> List.copyOf(v));
        return new Thesaurus(Map.copyOf(related));
    }

    /** Analysed form: one stem per meaningful word, stop words dropped. */
    static List<String> analysed(String text) {
        return AnalysisProbe.terms(Analyzers.spanish(), "", text);
    }

    /**
     * The longest term starting at word {@code start} of {@code stems} (the analysed query words, one per word), or
     * null.
     */
    public Match longestAt(List<String> stems, int start) {
        for (int length = Math.min(MAX_TERM_WORDS, stems.size() - start); length >= 1; length--) {
            List<String> others = related.get(stems.subList(start, start + length));
            if (others != null) {
                return new Match(start, length, others);
            }
        }
        return null;
    }

    public int size() {
        return related.size();
    }
}
