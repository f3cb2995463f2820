package io.archivo.search.query;

import io.archivo.geo.AreaMatcher;
import io.archivo.geo.CaliPlaces;
import io.archivo.search.index.AnalysisProbe;
import io.archivo.search.index.Analyzers;
import io.archivo.search.index.BoundedMemo;
import io.archivo.search.index.Fields;
import io.archivo.search.index.Folding;
import io.archivo.search.index.TextFamily;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.TermQuery;
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

    /** Weight of a related term from the thesaurus, relative to the words typed. */
    static final float RELATED_WEIGHT = 0.5f;
    /** At most this many words or runs of a query are expanded, and with at most this many related terms each. */
    private static final int MAX_EXPANDED_TERMS = 3;
    private static final int MAX_RELATED = 8;
    /** Score a study gets for covering a place the query names (of the order of a title word's score). */
    static final float PLACE_BOOST = 30f;
    private static final AreaMatcher.Found EMPTY_PLACES = new AreaMatcher.Found(List.of(), java.util.Set.of());

    /** Past this many kept clauses the memo is emptied and relearned (bounded memory, no LRU bookkeeping). */
    static final int MAX_KEPT_CLAUSES = 20_000;

    private final Thesaurus thesaurus = Thesaurus.standard();
    /**
     * Word clauses already built, by target and word (or run of words the thesaurus knows). A clause depends only
     * on them (analyzers, fields and thesaurus are fixed), is immutable, and people's words repeat far more than
     * their queries: building one takes a term and a boost query per field (some 35 objects for the 17 fields of a
     * study search), each paying Lucene's per-instance reflection check, and binding as many again: together a tenth
     * of an uncached search's CPU. The same instance also lets {@link SegmentTermStates}
     * keep its bound form per reader.
     */
    private final Map<ClauseKey, Optional<Query>> keptClauses = new ConcurrentHashMap<>();

    private record ClauseKey(SearchTarget target, ClauseKind kind, String text) {
    }

    private enum ClauseKind { WORD, THESAURUS_RUN, EXACT_WORD, PHRASE }

    private final Analyzer analyzer = Analyzers.perField();
    private final QueryBuilder builder = new QueryBuilder(analyzer);

    /** The query for {@code query}; everything matches when there are no positive terms. */
    public Query build(UserQuery query, SearchTarget target) {
        BooleanQuery.Builder root = new BooleanQuery.Builder();
        List<Query> required = new ArrayList<>();
        // places are recognised for studies only: variables carry no geographic coverage of their own
        AreaMatcher.Found places = target == SearchTarget.STUDIES ? CaliPlaces.matcher().inWords(folded(query.words()))
                : EMPTY_PLACES;
        List<String> words = new ArrayList<>();
        for (int i = 0; i < query.words().size(); i++) {
            if (!places.words().contains(i)) {
                words.add(query.words().get(i));
            }
        }
        List<String> meaningful = words.stream().filter(w -> !isStopWord(w)).toList();
        boolean onlyStopWords = meaningful.isEmpty() && query.phrases().isEmpty() && places.isEmpty();
        List<Query> wordClauses = onlyStopWords ? exactWordClauses(words, target) : wordClauses(meaningful, target);
        for (String phrase : query.phrases()) {
            Query clause = phraseQuery(phrase, target);
            if (clause != null) {
                required.add(clause);
            }
        }
        if (wordClauses.size() <= 3) {
            required.addAll(wordClauses);
        } else {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            wordClauses.forEach(w -> any.add(w, Occur.SHOULD));
            any.setMinimumNumberShouldMatch(wordClauses.size() - wordClauses.size() / 4);
            required.add(any.build());
        }
        if (!places.isEmpty()) {
            // a place alone must match; with a subject, the subject must match and the place ranks first the studies
            // that cover it (a city-wide study still answers "delitos en la comuna 13", after the comuna's own)
            Query place = placeQuery(places);
            if (required.isEmpty()) {
                required.add(place);
            } else {
                root.add(new BoostQuery(place, PLACE_BOOST), Occur.SHOULD);
            }
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

    /**
     * One clause per word, except that a word or run of words the {@link Thesaurus} knows becomes one clause that
     * also accepts its related terms, at {@link #RELATED_WEIGHT} of the typed words' weight.
     */
    private List<Query> wordClauses(List<String> words, SearchTarget target) {
        List<String> stems = new ArrayList<>(words.size());
        for (String w : words) {
            List<String> analysed = AnalysisProbe.terms(Analyzers.spanish(), "", w);
            stems.add(analysed.size() == 1 ? analysed.get(0) : "\u0000" + w);
        }
        List<Query> clauses = new ArrayList<>();
        int expanded = 0;
        for (int i = 0; i < words.size(); ) {
            Thesaurus.Match match = expanded < MAX_EXPANDED_TERMS ? thesaurus.longestAt(stems, i) : null;
            if (match == null) {
                Query clause = wordQuery(words.get(i), target);
                if (clause != null) {
                    clauses.add(clause);
                }
                i++;
                continue;
            }
            List<String> run = words.subList(match.start(), match.start() + match.length());
            clauses.add(kept(target, ClauseKind.THESAURUS_RUN, String.join(" ", run),
                    () -> relatedClause(run, match, target)));
            expanded++;
            i += match.length();
        }
        return clauses;
    }

    /** A run of words the thesaurus knows: the typed words, or one of their related terms at a lower weight. */
    private Query relatedClause(List<String> run, Thesaurus.Match match, SearchTarget target) {
        List<Query> alternatives = new ArrayList<>();
        BooleanQuery.Builder typed = new BooleanQuery.Builder();
        for (String word : run) {
            Query clause = wordQuery(word, target);
            if (clause != null) {
                typed.add(clause, Occur.MUST);
            }
        }
        alternatives.add(typed.build());
        for (String related : match.related().subList(0, Math.min(MAX_RELATED, match.related().size()))) {
            Query clause = wordQuery(related, target);
            if (clause != null) {
                alternatives.add(new BoostQuery(clause, RELATED_WEIGHT));
            }
        }
        return new DisjunctionMaxQuery(alternatives, target.tieBreaker());
    }

    /** The kept clause of this kind for {@code text}, built once. */
    private Query kept(SearchTarget target, ClauseKind kind, String text, Supplier<Query> build) {
        ClauseKey clauseKey = new ClauseKey(target, kind, text);
        Optional<Query> clause = keptClauses.get(clauseKey);
        if (clause == null) {
            clause = Optional.ofNullable(build.get());
            BoundedMemo.put(keptClauses, clauseKey, clause, MAX_KEPT_CLAUSES);
        }
        return clause.orElse(null);
    }

    private List<Query> exactWordClauses(List<String> words, SearchTarget target) {
        List<Query> clauses = new ArrayList<>();
        for (String word : words) {
            Query clause = exactWordQuery(word, target);
            if (clause != null) {
                clauses.add(clause);
            }
        }
        return clauses;
    }

    private static Query placeQuery(AreaMatcher.Found places) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String code : places.codes()) {
            any.add(new TermQuery(new Term(Fields.PLACE, code)), Occur.SHOULD);
        }
        return new ConstantScoreQuery(any.build());
    }

    private static List<String> folded(List<String> words) {
        return words.stream().map(w -> Folding.fold(w).toLowerCase(java.util.Locale.ROOT)).toList();
    }

    /** A Spanish or English stop word, or something with no indexable characters at all. */
    public boolean isStopWord(String word) {
        return AnalysisProbe.terms(Analyzers.spanish(), "", word).isEmpty()
                || AnalysisProbe.terms(Analyzers.english(), "", word).isEmpty();
    }

    private Query wordQuery(String word, SearchTarget target) {
        return kept(target, ClauseKind.WORD, word, () -> buildWordQuery(word, target));
    }

    private Query buildWordQuery(String word, SearchTarget target) {
        List<Query> perField = new ArrayList<>();
        // a word is analysed once per analyzer, not once per field: the 17 fields of a study search share three
        Map<Analyzer, Optional<Query>> analysed = new HashMap<>(4);
        for (SearchTarget.Weighted weighted : target.fields()) {
            TextFamily family = weighted.family();
            for (String field : family.languageFields()) {
                Analyzer fieldAnalyzer = field.equals(family.spanish()) ? Analyzers.spanish()
                        : field.equals(family.english()) ? Analyzers.english() : Analyzers.folding();
                Optional<Query> first = analysed.get(fieldAnalyzer);
                Query query;
                if (first == null) {
                    query = builder.createBooleanQuery(field, word, Occur.MUST);
                    analysed.put(fieldAnalyzer, Optional.ofNullable(query));
                } else {
                    query = first.map(q -> inField(q, field)).orElse(null);
                    if (query == null && first.isPresent()) {
                        query = builder.createBooleanQuery(field, word, Occur.MUST); // a shape not re-fielded below
                    }
                }
                addBoosted(perField, query, weighted.boost());
            }
        }
        return perField.isEmpty() ? null : new DisjunctionMaxQuery(perField, target.tieBreaker());
    }

    /** The same term query or conjunction of term queries in another field; null for any other shape. */
    private static Query inField(Query query, String field) {
        if (query instanceof TermQuery term) {
            return new TermQuery(new Term(field, term.getTerm().bytes()));
        }
        if (query instanceof BooleanQuery bool && bool.getMinimumNumberShouldMatch() == 0) {
            BooleanQuery.Builder out = new BooleanQuery.Builder();
            for (org.apache.lucene.search.BooleanClause clause : bool.clauses()) {
                Query moved = inField(clause.getQuery(), field);
                if (moved == null) {
                    return null;
                }
                out.add(moved, clause.getOccur());
            }
            return out.build();
        }
        return null;
    }

    private Query exactWordQuery(String word, SearchTarget target) {
        return kept(target, ClauseKind.EXACT_WORD, word, () -> buildExactWordQuery(word, target));
    }

    private Query buildExactWordQuery(String word, SearchTarget target) {
        List<Query> perField = new ArrayList<>();
        for (SearchTarget.Weighted weighted : target.fields()) {
            addBoosted(perField, builder.createBooleanQuery(weighted.family().exact(), word, Occur.MUST), weighted.boost());
        }
        return perField.isEmpty() ? null : new DisjunctionMaxQuery(perField, target.tieBreaker());
    }

    private Query phraseQuery(String phrase, SearchTarget target) {
        return kept(target, ClauseKind.PHRASE, phrase, () -> buildPhraseQuery(phrase, target));
    }

    private Query buildPhraseQuery(String phrase, SearchTarget target) {
        List<Query> perField = new ArrayList<>();
        for (SearchTarget.Weighted weighted : target.fields()) {
            TextFamily family = weighted.family();
            addBoosted(perField, builder.createPhraseQuery(family.exact(), phrase), weighted.boost());
            for (String field : family.languageFields()) {
                addBoosted(perField, builder.createPhraseQuery(field, phrase), weighted.boost());
            }
        }
        return perField.isEmpty() ? null : new DisjunctionMaxQuery(perField, target.tieBreaker());
    }

    private static void addBoosted(List<Query> into, Query query, float boost) {
        if (query != null) {
            into.add(new BoostQuery(query, boost));
        }
    }
}
