package io.archivo.search.query;

import io.archivo.search.index.AnalysisProbe;
import io.archivo.search.index.Analyzers;
import io.archivo.search.index.TextFamily;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns a {@link UserQuery} into a Lucene query over the weighted fields of a {@link SearchTarget}.
 * <p>
 * Each word becomes a disjunction-max over fields (the best field counts, the others add a little), so "hogares
 * cali" may match "hogares" in the title and "Cali" in the coverage. Up to three words must all match; longer queries
 * need three quarters of them, which keeps recall for long natural-language questions. Phrases must match, in
 * the folded exact field or the stemmed field. Stop words are dropped from word matching (they would make every document
 * match) unless the query is nothing but stop words.
 */
public final class TextQueryFactory {

    /** Fuzzy matching applies to words at least this long: shorter words have too many neighbours. */
    public static final int FUZZY_MIN_LENGTH = 4;
    /** And at most this long: automata for huge "words" are expensive and such words are not typos anyway. */
    private static final int FUZZY_MAX_LENGTH = 30;
    /** Fuzzy queries get expensive; beyond this many words the fallback is not attempted. */
    public static final int FUZZY_MAX_WORDS = 6;
    private static final int FUZZY_MAX_EXPANSIONS = 8;
    /** Approximate matches count less than exact ones. */
    private static final float FUZZY_WEIGHT = 0.5f;
    private static final float TIE_BREAKER = 0.1f;

    private final Analyzer analyzer = Analyzers.perField();
    private final QueryBuilder builder = new QueryBuilder(analyzer);

    /** The query for {@code query}; everything matches when there are no positive terms. */
    public Query build(UserQuery query, SearchTarget target, boolean fuzzy) {
        BooleanQuery.Builder root = new BooleanQuery.Builder();
        List<Query> required = new ArrayList<>();
        List<String> meaningful = query.words().stream().filter(w -> !isStopWord(w)).toList();
        boolean onlyStopWords = meaningful.isEmpty() && query.phrases().isEmpty();
        List<Query> wordClauses = new ArrayList<>();
        for (String word : onlyStopWords ? query.words() : meaningful) {
            Query clause = onlyStopWords ? exactWordQuery(word, target) : wordQuery(word, target, fuzzy);
            if (clause != null) {
                wordClauses.add(clause);
            }
        }
        for (String phrase : query.phrases()) {
            Query clause = phraseQuery(phrase, target);
            if (clause != null) {
                required.add(clause);
            }
        }
        if (wordClauses.size() <= 3) {
            required.addAll(wordClauses);
        } else {
            BooleanQuery.Builder words = new BooleanQuery.Builder();
            wordClauses.forEach(w -> words.add(w, Occur.SHOULD));
            words.setMinimumNumberShouldMatch(wordClauses.size() - wordClauses.size() / 4);
            required.add(words.build());
        }
        if (required.isEmpty()) {
            root.add(new MatchAllDocsQuery(), Occur.MUST);
        } else {
            required.forEach(q -> root.add(q, Occur.MUST));
        }
        for (String word : query.excludedWords()) {
            Query clause = isStopWord(word) ? null : wordQuery(word, target, false);
            if (clause != null) {
                root.add(clause, Occur.MUST_NOT);
            }
        }
        for (String phrase : query.excludedPhrases()) {
            Query clause = phraseQuery(phrase, target);
            if (clause != null) {
                root.add(clause, Occur.MUST_NOT);
            }
        }
        return root.build();
    }

    /** Words worth trying approximately: long enough and few enough. */
    public boolean fuzzyApplies(UserQuery query) {
        return !query.words().isEmpty() && query.words().size() <= FUZZY_MAX_WORDS
                && query.words().stream().anyMatch(w -> fuzzyTerm(w) != null);
    }

    /** A Spanish or English stop word, or something with no indexable characters at all. */
    public boolean isStopWord(String word) {
        return AnalysisProbe.terms(Analyzers.spanish(), "", word).isEmpty()
                || AnalysisProbe.terms(Analyzers.english(), "", word).isEmpty();
    }

    private Query wordQuery(String word, SearchTarget target, boolean fuzzy) {
        List<Query> perField = new ArrayList<>();
        for (SearchTarget.Weighted weighted : target.fields()) {
            for (String field : weighted.family().languageFields()) {
                addBoosted(perField, builder.createBooleanQuery(field, word, Occur.MUST), weighted.boost());
            }
        }
        String fuzzyTerm = fuzzy ? fuzzyTerm(word) : null;
        if (fuzzyTerm != null) {
            int maxEdits = fuzzyTerm.length() <= 5 ? 1 : 2;
            for (SearchTarget.Weighted weighted : target.fields()) {
                Query approx = new FuzzyQuery(new Term(weighted.family().exact(), fuzzyTerm), maxEdits, 1,
                        FUZZY_MAX_EXPANSIONS, true);
                perField.add(new BoostQuery(approx, weighted.boost() * FUZZY_WEIGHT));
            }
        }
        return perField.isEmpty() ? null : new DisjunctionMaxQuery(perField, TIE_BREAKER);
    }

    private Query exactWordQuery(String word, SearchTarget target) {
        List<Query> perField = new ArrayList<>();
        for (SearchTarget.Weighted weighted : target.fields()) {
            addBoosted(perField, builder.createBooleanQuery(weighted.family().exact(), word, Occur.MUST), weighted.boost());
        }
        return perField.isEmpty() ? null : new DisjunctionMaxQuery(perField, TIE_BREAKER);
    }

    private Query phraseQuery(String phrase, SearchTarget target) {
        List<Query> perField = new ArrayList<>();
        for (SearchTarget.Weighted weighted : target.fields()) {
            TextFamily family = weighted.family();
            addBoosted(perField, builder.createPhraseQuery(family.exact(), phrase), weighted.boost());
            for (String field : family.languageFields()) {
                addBoosted(perField, builder.createPhraseQuery(field, phrase), weighted.boost());
            }
        }
        return perField.isEmpty() ? null : new DisjunctionMaxQuery(perField, TIE_BREAKER);
    }

    /** The folded single term of a word when it qualifies for fuzzy matching, else null. */
    private String fuzzyTerm(String word) {
        if (isStopWord(word)) {
            return null;
        }
        List<String> terms = AnalysisProbe.terms(Analyzers.folding(), "", word);
        if (terms.size() != 1) {
            return null;
        }
        String term = terms.get(0);
        boolean letters = term.codePoints().allMatch(Character::isLetter);
        return letters && term.length() >= FUZZY_MIN_LENGTH && term.length() <= FUZZY_MAX_LENGTH ? term : null;
    }

    private static void addBoosted(List<Query> into, Query query, float boost) {
        if (query != null) {
            into.add(new BoostQuery(query, boost));
        }
    }
}
