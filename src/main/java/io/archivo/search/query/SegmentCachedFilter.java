package io.archivo.search.query;

import io.archivo.search.index.PerSegment;

import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * A filter whose matching documents are computed once per index segment and kept as a bit set for the segment's
 * lifetime. The visibility rule and the kind of document are the same for millions of searches and only change when a
 * segment does; Lucene's own query cache decides by usage statistics whether to cache, and never caches term queries,
 * so every search paid for re-intersecting the postings of {@code published}, {@code access} and {@code kind}.
 * <p>
 * The filter stays inside every query (it is a clause, not a post-filter): only the work of evaluating it is shared.
 * Deleted documents are excluded by the searcher as usual; the bits only say what the filter matches.
 */
public final class SegmentCachedFilter extends Query {

    /** segment core → filter key → bits. Entries go when the segment is closed (merged away). */
    private static final PerSegment<Map<String, SegmentBits>> BITS = new PerSegment<>();

    private static final int MAX_FILTERS_PER_SEGMENT = 64;

    private final String key;
    private final Query filter;

    /** The bits and their count, which the iterator's cost needs and which took a pass over the bits per query. */
    private record SegmentBits(FixedBitSet bits, int cardinality) {
    }

    /**
     * @param key    identifies {@code filter} among cached filters; equal keys must mean equal filters
     * @param filter the non-scoring restriction to evaluate per segment
     */
    public SegmentCachedFilter(String key, Query filter) {
        this.key = Objects.requireNonNull(key, "key");
        this.filter = Objects.requireNonNull(filter, "filter");
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public Scorer scorer(LeafReaderContext context) throws IOException {
                SegmentBits bits = bits(searcher, context);
                if (bits.cardinality() == 0) {
                    return null;
                }
                return new ConstantScoreScorer(this, score(), scoreMode, new BitSetIterator(bits.bits(), bits.cardinality()));
            }

            @Override
            public boolean isCacheable(LeafReaderContext ctx) {
                return false; // cached here already
            }
        };
    }

    private SegmentBits bits(IndexSearcher searcher, LeafReaderContext context) throws IOException {
        Map<String, SegmentBits> ofSegment = BITS.get(context.reader(), segment -> new ConcurrentHashMap<>());
        SegmentBits bits = ofSegment.get(key);
        if (bits == null) {
            bits = compute(searcher, context);
            // bounded: editors of many department sets must not grow this without limit
            if (ofSegment.size() < MAX_FILTERS_PER_SEGMENT) {
                ofSegment.put(key, bits);
            }
        }
        return bits;
    }

    private SegmentBits compute(IndexSearcher searcher, LeafReaderContext context) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(filter), ScoreMode.COMPLETE_NO_SCORES, 1f);
        FixedBitSet bits = new FixedBitSet(context.reader().maxDoc());
        Scorer scorer = weight.scorer(context);
        if (scorer != null) {
            DocIdSetIterator it = scorer.iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                bits.set(doc);
            }
        }
        return new SegmentBits(bits, bits.cardinality());
    }

    /** Segments currently holding cached bits (for tests). */
    static int cachedSegments() {
        return BITS.size();
    }

    @Override
    public String toString(String field) {
        return "cached(" + key + ")";
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && key.equals(((SegmentCachedFilter) other).key);
    }

    @Override
    public int hashCode() {
        return classHash() * 31 + key.hashCode();
    }
}
