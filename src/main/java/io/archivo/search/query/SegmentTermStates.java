package io.archivo.search.query;

import io.archivo.search.index.BoundedMemo;
import io.archivo.search.index.PerSegment;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexReaderContext;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Where each term of a query sits in each segment's term dictionary, looked up once per segment and kept for the
 * segment's lifetime.
 * <p>
 * A word becomes a term in every weighted field of the target (up to 17 for studies), and Lucene looks every such
 * term up in the dictionary of every segment for each query, creating a terms enumeration each time: that was about
 * a quarter of an uncached search's CPU, more than scoring. People's words repeat far more than their queries do,
 * so the lookups are kept per segment (like the visibility bits of {@link SegmentCachedFilter}): a query binds its
 * term queries to the kept states ({@link #bind}), and only words new to a segment are looked up. Absent terms are
 * kept too: most (field, word) pairs of a query are not in most segments. Segments are immutable, so a kept state is
 * never stale; entries go when the segment is closed (merged away). Statistics for scoring are summed from the
 * per-segment entries exactly as Lucene sums them, so scores are unchanged. A term no segment holds becomes a
 * {@link MatchNoDocsQuery}, and is left out of its disjunction-max. The bound form of each clause (a word's
 * disjunction-max over fields) is kept per reader as well, found by the clause's identity: with
 * {@link TextQueryFactory} handing out one instance per word, a word seen before costs one lookup instead of
 * some 35 new query objects.
 */
public final class SegmentTermStates {

    /** segment core → term → where it is (or {@link #ABSENT}). */
    private static final PerSegment<Map<Term, Entry>> SEGMENTS = new PerSegment<>();
    /** Per segment; past it the segment's entries are dropped and relearned (bounded memory, no LRU bookkeeping). */
    static final int MAX_TERMS_PER_SEGMENT = 50_000;

    private record Entry(TermState state, int docFreq, long totalTermFreq) {
    }

    private static final Entry ABSENT = new Entry(null, 0, 0);

    private SegmentTermStates() {
    }

    /**
     * {@code query} with each of its term queries (inside boolean, disjunction-max, boost and constant-score queries)
     * carrying the states of its term in {@code searcher}'s segments. Other queries (phrases) are left as they are.
     * The result is only valid for this searcher.
     */
    public static Query bind(Query query, IndexSearcher searcher) throws IOException {
        return bind(query, searcher, readerStates(searcher));
    }

    private static Query bind(Query query, IndexSearcher searcher, ReaderStates reader) throws IOException {
        if (query instanceof TermQuery term) {
            TermStates states = states(searcher, reader, term.getTerm());
            // a term no segment has matches nothing: said once here instead of by a weight and a scorer per segment
            // (e.g. the English and other-language fields of a catalogue written in Spanish)
            return states.docFreq() == 0 ? NO_MATCH : new TermQuery(term.getTerm(), states);
        }
        if (query instanceof BoostQuery boost) {
            Query inner = bind(boost.getQuery(), searcher, reader);
            return inner instanceof MatchNoDocsQuery ? inner
                    : inner == boost.getQuery() ? boost : new BoostQuery(inner, boost.getBoost());
        }
        if (query instanceof ConstantScoreQuery constant) {
            Query inner = bind(constant.getQuery(), searcher, reader);
            return inner == constant.getQuery() ? constant : new ConstantScoreQuery(inner);
        }
        if (query instanceof DisjunctionMaxQuery dismax) {
            // the clause of a word seen before, bound before on this reader: TextQueryFactory hands out the same
            // instance for the same word, so identity finds it without hashing the clause's terms
            Same key = new Same(dismax);
            Query bound = reader.clauses.get(key);
            if (bound == null) {
                bound = bindDisjuncts(dismax, searcher, reader);
                BoundedMemo.put(reader.clauses, key, bound, MAX_KEPT_CLAUSES);
            }
            return bound;
        }
        if (query instanceof BooleanQuery bool) {
            BooleanQuery.Builder out = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
            boolean changed = false;
            for (BooleanClause clause : bool.clauses()) {
                Query bound = bind(clause.getQuery(), searcher, reader);
                changed |= bound != clause.getQuery();
                out.add(bound, clause.getOccur());
            }
            return changed ? out.build() : bool;
        }
        return query;
    }

    private static Query bindDisjuncts(DisjunctionMaxQuery dismax, IndexSearcher searcher, ReaderStates reader)
            throws IOException {
        // a disjunct that matches nothing adds nothing to the best field's score: left out
        List<Query> disjuncts = new ArrayList<>(dismax.getDisjuncts().size());
        for (Query q : dismax.getDisjuncts()) {
            Query bound = bind(q, searcher, reader);
            if (!(bound instanceof MatchNoDocsQuery)) {
                disjuncts.add(bound);
            }
        }
        return disjuncts.isEmpty() ? NO_MATCH : new DisjunctionMaxQuery(disjuncts, dismax.getTieBreakerMultiplier());
    }

    /** Queries are immutable: one instance serves every term that no segment holds. */
    private static final Query NO_MATCH = new MatchNoDocsQuery();
    /** Bound clauses kept per reader; past this many the reader's are emptied and relearned. */
    static final int MAX_KEPT_CLAUSES = 20_000;

    /** A query by identity: equal only to itself, hashed without visiting its terms. */
    private record Same(Query query) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Same same && same.query == query;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(query);
        }
    }

    /**
     * The term's states in every segment of {@code searcher}. Assembled from the per-segment entries once per reader
     * (a refresh brings a new reader but keeps most segments), then reused: a built {@link TermStates} is only read.
     */
    static TermStates states(IndexSearcher searcher, Term term) throws IOException {
        return states(searcher, readerStates(searcher), term);
    }

    private static ReaderStates readerStates(IndexSearcher searcher) {
        ReaderStates current = readerStates;
        IndexReader reader = searcher.getIndexReader();
        if (current == null || current.reader != reader) {
            current = new ReaderStates(reader);
            readerStates = current;
        }
        return current;
    }

    private static TermStates states(IndexSearcher searcher, ReaderStates current, Term term) throws IOException {
        TermStates states = current.states.get(term);
        if (states == null) {
            states = assemble(searcher, term);
            BoundedMemo.put(current.states, new Term(term.field(), BytesRef.deepCopyOf(term.bytes())), states,
                    MAX_TERMS_PER_SEGMENT);
        }
        return states;
    }

    /** The assembled states of the newest reader searched (only the current reader is worth keeping). */
    private static volatile ReaderStates readerStates;

    private record ReaderStates(IndexReader reader, Map<Term, TermStates> states, Map<Same, Query> clauses) {
        ReaderStates(IndexReader reader) {
            this(reader, new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
        }
    }

    private static TermStates assemble(IndexSearcher searcher, Term term) throws IOException {
        IndexReaderContext top = searcher.getTopReaderContext();
        TermStates states = new TermStates(top);
        for (LeafReaderContext leaf : top.leaves()) {
            Entry entry = entry(leaf, term);
            if (entry != ABSENT) {
                states.register(entry.state(), leaf.ord, entry.docFreq(), entry.totalTermFreq());
            }
        }
        return states;
    }

    private static Entry entry(LeafReaderContext leaf, Term term) throws IOException {
        Map<Term, Entry> ofSegment = SEGMENTS.get(leaf.reader(), segment -> new ConcurrentHashMap<>());
        Entry entry = ofSegment.get(term);
        if (entry == null) {
            entry = lookUp(leaf, term);
            // a key of its own: a query's term may share its bytes with an analyzer's reused buffer
            BoundedMemo.put(ofSegment, new Term(term.field(), BytesRef.deepCopyOf(term.bytes())), entry,
                    MAX_TERMS_PER_SEGMENT);
        }
        return entry;
    }

    private static Entry lookUp(LeafReaderContext leaf, Term term) throws IOException {
        Terms terms = leaf.reader().terms(term.field());
        if (terms == null) {
            return ABSENT;
        }
        TermsEnum it = terms.iterator();
        if (!it.seekExact(term.bytes())) {
            return ABSENT;
        }
        return new Entry(it.termState(), it.docFreq(), it.totalTermFreq());
    }

    /** Segments currently holding kept entries (for tests). */
    static int segments() {
        return SEGMENTS.size();
    }
}
