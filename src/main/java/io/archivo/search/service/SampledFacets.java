package io.archivo.search.service;

import java.io.IOException;

import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;

/**
 * The matches of a query for facet counting, without scores, stopping after {@code limit} documents. A broad query
 * (a variable search for "comuna" matches a quarter of a million variables) is counted on its first matches instead of
 * all of them; {@link #truncated()} says so, and then {@link #collected()} is a lower bound of the total.
 */
record SampledFacets(FacetsCollector collector, long collected, boolean truncated) {

    static SampledFacets collect(IndexSearcher searcher, Query query, int limit) throws IOException {
        FacetsCollector facets = new FacetsCollector(false);
        Limit limited = new Limit(facets, limit);
        searcher.search(query, limited);
        return new SampledFacets(facets, limited.count, limited.truncated);
    }

    private static final class Limit implements Collector {
        private final FacetsCollector delegate;
        private final int limit;
        private long count;
        private boolean truncated;

        Limit(FacetsCollector delegate, int limit) {
            this.delegate = delegate;
            this.limit = limit;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            // the facets collector must see every segment (an empty list of matches past the limit): with a single
            // list, SortedSetDocValuesFacetCounts reads segment ordinals as global ones and counts the wrong values
            return new FilterLeafCollector(delegate.getLeafCollector(context)) {
                @Override
                public void collect(int doc) throws IOException {
                    if (count >= limit) {
                        truncated = true;
                        throw new CollectionTerminatedException();
                    }
                    count++;
                    super.collect(doc);
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
