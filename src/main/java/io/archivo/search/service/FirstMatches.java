package io.archivo.search.service;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.ScoreMode;

/**
 * Wraps the page's top-N collector so that the same pass over the index also records the first {@code limit} matches
 * (in index order) for facet counting. The top-N collector keeps its own score mode, so past its
 * {@code totalHitsThreshold} Lucene still skips what cannot enter the page; up to that threshold it sees every match,
 * so when {@link MatchSample#complete()} the recorded matches are all the matches and the facet counts are exact. Before, facets
 * took a second, non-scoring pass that evaluated the whole query again over up to 10,000 matches: a quarter of the
 * cost of an uncached search.
 */
final class FirstMatches<T> implements CollectorManager<FirstMatches.Recording, T> {

    private final CollectorManager<? extends Collector, T> page;
    private final int limit;
    private final List<Recording> recordings = new ArrayList<>();

    private FirstMatches(CollectorManager<? extends Collector, T> page, int limit) {
        this.page = page;
        this.limit = limit;
    }

    static <T> FirstMatches<T> of(CollectorManager<? extends Collector, T> page, int limit) {
        return new FirstMatches<>(page, limit);
    }

    @Override
    public Recording newCollector() throws IOException {
        if (!recordings.isEmpty()) {
            throw new IllegalStateException("one collector per search: the searcher runs without an executor");
        }
        Recording recording = new Recording(page.newCollector(), limit);
        recordings.add(recording);
        return recording;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T reduce(Collection<Recording> collectors) throws IOException {
        List<Collector> inner = new ArrayList<>(collectors.size());
        collectors.forEach(c -> inner.add(c.page));
        return ((CollectorManager<Collector, T>) page).reduce(inner);
    }

    /** The recorded matches, for {@link FacetOrdinals#count}. */
    MatchSample matches() {
        return recordings.get(0).matches;
    }

    static final class Recording implements Collector {
        private final Collector page;
        private final MatchSample matches;

        Recording(Collector page, int limit) {
            this.page = page;
            this.matches = new MatchSample(limit);
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            LeafCollector pageLeaf = page.getLeafCollector(context);
            int segment = context.ord;
            return new FilterLeafCollector(pageLeaf) {
                @Override
                public void collect(int doc) throws IOException {
                    super.collect(doc);
                    matches.add(segment, doc); // once full, refused, and the sample says it is incomplete
                }

                @Override
                public org.apache.lucene.search.DocIdSetIterator competitiveIterator() throws IOException {
                    // a sorted page skips non-competitive documents only after its hits threshold, so the recorded
                    // matches stay complete up to there
                    return in.competitiveIterator();
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return page.scoreMode();
        }
    }
}
