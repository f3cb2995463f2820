package io.archivo.search.service;

import io.archivo.search.index.AnalysisProbe;
import io.archivo.search.index.Analyzers;
import io.archivo.search.index.Fields;
import io.archivo.geo.CaliPlaces;
import io.archivo.search.query.UserQuery;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * "Did you mean": each word that no visible document contains is replaced by the closest word that visible
 * documents do contain. The spell checker reads the whole index, so every candidate is checked against the
 * visibility filter before it is offered: a word found only in a classified study is never suggested.
 */
final class SpellingSuggester {

    private static final int CANDIDATES = 8;
    private static final int MAX_WORD_LENGTH = 30;
    /** Among equally close candidates the more used wins; counting beyond this tells nothing more. */
    private static final int TIE_BREAK_COUNT = 100;

    /**
     * One wrong letter first, two only when that finds nothing visible: the automaton for two edits is several times
     * the work of the one for one edit (it was most of the cost of a typo query), and a one-edit candidate is always
     * closer than a two-edit one, so the answer is the same.
     */
    private final DirectSpellChecker oneEdit = newChecker(1);
    private final DirectSpellChecker twoEdits = newChecker(2);
    private final SpellingCache cache = new SpellingCache();

    private static DirectSpellChecker newChecker(int maxEdits) {
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setMaxEdits(maxEdits);
        checker.setMinQueryLength(4);
        // candidates need a document frequency above this; 0 lets a word used by a single study be suggested
        checker.setThresholdFrequency(0f);
        checker.setAccuracy(0.6f);
        return checker;
    }

    /**
     * True when some word of the query occurs in no document the caller may see: a misspelling, most likely. Only
     * asked for queries of four words or more, the only ones that can find hits without one of their words (shorter
     * queries need every word, so an unknown word already means no hits). Visibility counts here as everywhere: a
     * word found only in hidden studies is unknown, so the answer cannot tell that such a study exists.
     */
    boolean hasUnknownWord(IndexSearcher searcher, UserQuery query, Query filter) throws IOException {
        if (query.words().size() < 4) {
            return false;
        }
        for (String term : checkedTerms(query)) {
            if (!known(searcher, term, filter)) {
                return true;
            }
        }
        return false;
    }

    /** The folded form of each word worth checking: long enough, one token, not part of a place name. */
    private static List<String> checkedTerms(UserQuery query) {
        List<String> out = new java.util.ArrayList<>();
        java.util.Set<Integer> placeWords = CaliPlaces.matcher().inWords(query.words().stream()
                .map(w -> io.archivo.search.index.Folding.fold(w).toLowerCase(java.util.Locale.ROOT)).toList()).words();
        for (int i = 0; i < query.words().size(); i++) {
            if (placeWords.contains(i)) {
                continue;
            }
            List<String> terms = AnalysisProbe.terms(Analyzers.folding(), Fields.SPELL, query.words().get(i));
            if (terms.size() == 1 && terms.get(0).length() >= 4 && terms.get(0).length() <= MAX_WORD_LENGTH) {
                out.add(terms.get(0));
            }
        }
        return out;
    }

    /** A corrected query, or null when every word is fine or nothing better is known. */
    String suggest(IndexSearcher searcher, UserQuery query, Query filter) throws IOException {
        Map<String, String> corrections = new HashMap<>();
        java.util.Set<Integer> placeWords = CaliPlaces.matcher().inWords(query.words().stream()
                .map(w -> io.archivo.search.index.Folding.fold(w).toLowerCase(java.util.Locale.ROOT)).toList()).words();
        for (int i = 0; i < query.words().size(); i++) {
            String word = query.words().get(i);
            if (placeWords.contains(i)) {
                continue; // "comuna trece", "C3", "Pance": places, not misspellings
            }
            List<String> terms = AnalysisProbe.terms(Analyzers.folding(), Fields.SPELL, word);
            if (terms.size() != 1 || terms.get(0).length() > MAX_WORD_LENGTH) {
                continue;
            }
            String term = terms.get(0);
            if (known(searcher, term, filter)) {
                continue;
            }
            String best = cache.correction(searcher.getIndexReader(), filter, term,
                    () -> bestVisibleCandidate(searcher, term, filter));
            if (best != null) {
                corrections.put(word, best);
            }
        }
        return corrections.isEmpty() ? null : query.render(w -> corrections.getOrDefault(w, w));
    }

    /** Whether a visible document has {@code term}; asked once per reader, filter and word. */
    private boolean known(IndexSearcher searcher, String term, Query filter) throws IOException {
        // the "answer" of a known word is the word itself, of an unknown one nothing
        return cache.known(searcher.getIndexReader(), filter, term,
                () -> visibleCount(searcher, term, filter, 1) > 0 ? term : null);
    }

    private String bestVisibleCandidate(IndexSearcher searcher, String term, Query filter) throws IOException {
        String best = bestVisibleCandidate(oneEdit, searcher, term, filter);
        return best != null ? best : bestVisibleCandidate(twoEdits, searcher, term, filter);
    }

    private static String bestVisibleCandidate(DirectSpellChecker checker, IndexSearcher searcher, String term,
            Query filter) throws IOException {
        // DirectSpellChecker holds only its settings; each call builds its own terms enumeration, so concurrent
        // searches need not queue here (typo queries are the expensive ones under load)
        SuggestWord[] candidates = checker.suggestSimilar(new Term(Fields.SPELL, term), CANDIDATES,
                searcher.getIndexReader(), SuggestMode.SUGGEST_ALWAYS);
        String best = null;
        float bestScore = -1;
        int bestCount = 0;
        for (SuggestWord candidate : candidates) {
            int count = visibleCount(searcher, candidate.string, filter, TIE_BREAK_COUNT);
            // closeness first; among equally close words, the one more visible documents use
            if (count > 0 && (candidate.score > bestScore || (candidate.score == bestScore && count > bestCount))) {
                best = candidate.string;
                bestScore = candidate.score;
                bestCount = count;
            }
        }
        return best;
    }

    /**
     * Visible documents containing {@code term}, counted up to {@code cap}: whether a word is known needs one, and
     * telling two equally close candidates apart needs no exact count. A full count walked every posting of a common
     * word (a hundred thousand variables use "edad") once per candidate.
     */
    static int visibleCount(IndexSearcher searcher, String term, Query filter, int cap) throws IOException {
        Term t = new Term(Fields.SPELL, term);
        if (searcher.getIndexReader().docFreq(t) == 0) {
            return 0;
        }
        Query q = new BooleanQuery.Builder().add(new TermQuery(t), Occur.MUST).add(filter, Occur.FILTER).build();
        Weight weight = searcher.createWeight(searcher.rewrite(q), ScoreMode.COMPLETE_NO_SCORES, 1f);
        int count = 0;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            DocIdSetIterator it = scorer.iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if ((live == null || live.get(doc)) && ++count >= cap) {
                    return count;
                }
            }
        }
        return count;
    }
}
