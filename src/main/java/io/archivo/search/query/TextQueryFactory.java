package io.archivo.search.query;

import io.archivo.search.index.AnalysisProbe;
import io.archivo.search.index.Analyzers;
import io.archivo.search.index.TextFamily;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
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

    private static final float TIE_BREAKER = 0.1f;

    private final Analyzer analyzer = Analyzers.perField();
    private final QueryBuilder builder = new QueryBuilder(analyzer);

    /** The query for {@code query}; everything matches when there are no positive terms. */
    public Query build(UserQuery query, SearchTarget target) {
        BooleanQuery.Builder root = new BooleanQuery.Builder();
        List<Query> required = new ArrayList<>();
        List<String> meaningful = query.words().stream().filter(w -> !isStopWord(w)).toList();
        boolean onlyStopWords = meaningful.isEmpty() && query.phrases().isEmpty();
        List<Query> wordClauses = new ArrayList<>();
        for (String word : onlyStopWords ? query.words() : meaningful) {
            Query clause = onlyStopWords ? exactWordQuery(word, target) : wordQuery(word, target);
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
            Query clause = isStopWord(word) ? null : wordQuery(word, target);
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

    /** A Spanish or English stop word, or something with no indexable characters at all. */
    public boolean isStopWord(String word) {
        return AnalysisProbe.terms(Analyzers.spanish(), "", word).isEmpty()
                || AnalysisProbe.terms(Analyzers.english(), "", word).isEmpty();
    }

    private Query wordQuery(String word, SearchTarget target) {
        List<Query> perField = new ArrayList<>();
        for (SearchTarget.Weighted weighted : target.fields()) {
            for (String field : weighted.family().languageFields()) {
                addBoosted(perField, builder.createBooleanQuery(field, word, Occur.MUST), weighted.boost());
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

    private static void addBoosted(List<Query> into, Query query, float boost) {
        if (query != null) {
            into.add(new BoostQuery(query, boost));
        }
    }
}
