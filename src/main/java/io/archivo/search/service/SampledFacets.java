package io.archivo.search.service;

import java.io.IOException;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * The matches of a query for facet counting, without scores, stopping after {@code limit} documents. A broad query
 * (a variable search for "comuna" matches a quarter of a million variables) is counted on its first matches instead of
 * all of them; {@link #truncated()} says so.
 */
record SampledFacets(MatchSample sample, boolean truncated) {

    static SampledFacets collect(IndexSearcher searcher, Query query, int limit) throws IOException {
        MatchSample sample = new MatchSample(limit);
        searcher.search(query, new Limit(sample));
        return new SampledFacets(sample, !sample.complete());
    }

    private record Limit(MatchSample sample) implements Collector {

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) {
            int segment = context.ord;
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(int doc) {
                    if (!sample.add(segment, doc)) {
                        throw new CollectionTerminatedException();
                    }
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
