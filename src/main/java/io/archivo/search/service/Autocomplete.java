package io.archivo.search.service;

import io.archivo.search.SearchType;
import io.archivo.search.Visibility;
import io.archivo.search.index.AnalysisProbe;
import io.archivo.search.index.Analyzers;
import io.archivo.search.index.Fields;
import io.archivo.search.index.Folding;
import io.archivo.search.index.TextFamily;
import io.archivo.search.query.FilterQueries;

import java.io.IOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * Completes what a person is typing with titles and keywords of visible studies.
 * <p>
 * Design: instead of a separate suggester index (which could not apply the visibility rule), the main index is asked
 * for visible studies whose folded title or keyword words start with the typed prefix, and the completions are taken
 * from those studies' stored titles and keywords. Visibility therefore holds by construction, and a withdrawn study
 * stops being suggested the moment it leaves the index.
 */
final class Autocomplete {

    static final int MAX_LIMIT = 20;
    private static final int MIN_PREFIX_CHARS = 2;
    private static final int MAX_PREFIX_CHARS = 100;
    private static final int MAX_TOKENS = 8;
    private static final int STUDIES_EXAMINED = 200;
    private static final List<TextFamily> SOURCES = List.of(TextFamily.TITLE, TextFamily.ALTERNATIVE_TITLE, TextFamily.KEYWORDS);

    List<String> suggest(IndexSearcher searcher, String prefix, Visibility visibility, int limit) throws IOException {
        String typed = Folding.clean(prefix);
        if (typed.length() > MAX_PREFIX_CHARS) {
            typed = typed.substring(0, MAX_PREFIX_CHARS);
        }
        List<String> tokens = AnalysisProbe.terms(Analyzers.folding(), "", typed);
        if (tokens.isEmpty() || tokens.size() > MAX_TOKENS || String.join("", tokens).length() < MIN_PREFIX_CHARS) {
            return List.of();
        }
        List<String> complete = tokens.subList(0, tokens.size() - 1);
        String partial = tokens.get(tokens.size() - 1);

        Query query = new BooleanQuery.Builder()
                .add(matching(complete, partial), Occur.MUST)
                .add(FilterQueries.kind(SearchType.STUDY), Occur.FILTER)
                .add(FilterQueries.visibility(visibility), Occur.FILTER)
                .build();
        ScoreDoc[] studies = searcher.search(query, STUDIES_EXAMINED).scoreDocs;
        return rank(candidates(searcher, studies, complete, partial), Folding.fold(typed),
                Math.max(1, Math.min(limit, MAX_LIMIT)));
    }

    /** Studies with every complete word, and a word starting with the partial one, in the same source field. */
    private static Query matching(List<String> complete, String partial) {
        BooleanQuery.Builder anySource = new BooleanQuery.Builder();
        for (TextFamily source : SOURCES) {
            BooleanQuery.Builder inField = new BooleanQuery.Builder();
            complete.forEach(word -> inField.add(new TermQuery(new Term(source.exact(), word)), Occur.FILTER));
            inField.add(new PrefixQuery(new Term(source.exact(), partial)), Occur.FILTER);
            anySource.add(inField.build(), Occur.SHOULD);
        }
        return anySource.build();
    }

    /** Stored titles and keywords of the studies that really contain the typed words, with how many studies share each. */
    private static Map<String, Candidate> candidates(IndexSearcher searcher, ScoreDoc[] studies, List<String> complete,
                                                    String partial) throws IOException {
        StoredFields stored = searcher.storedFields();
        Map<String, Candidate> byFolded = new LinkedHashMap<>();
        for (ScoreDoc study : studies) {
            for (String text : stored.document(study.doc).getValues(Fields.SUGGESTION)) {
                List<String> words = AnalysisProbe.terms(Analyzers.folding(), "", text);
                if (words.containsAll(complete) && words.stream().anyMatch(w -> w.startsWith(partial))) {
                    byFolded.computeIfAbsent(Folding.fold(text), k -> new Candidate(text)).studies++;
                }
            }
        }
        return byFolded;
    }

    private static List<String> rank(Map<String, Candidate> candidates, String typed, int limit) {
        Map<String, Boolean> startsWithTyped = new HashMap<>();
        candidates.forEach((folded, c) -> startsWithTyped.put(c.text, folded.startsWith(typed)));
        return candidates.values().stream()
                .sorted(Comparator.<Candidate, Boolean>comparing(c -> !startsWithTyped.get(c.text))
                        .thenComparing(c -> -c.studies)
                        .thenComparingInt(c -> c.text.length())
                        .thenComparing(c -> Folding.fold(c.text)))
                .limit(limit)
                .map(c -> c.text)
                .toList();
    }

    private static final class Candidate {
        private final String text;
        private int studies;

        Candidate(String text) {
            this.text = text;
        }
    }
}
