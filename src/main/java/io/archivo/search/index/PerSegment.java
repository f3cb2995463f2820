package io.archivo.search.index;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;

/**
 * A value kept per index segment for the segment's lifetime: segments are immutable, so what is computed from one
 * (filter bits, term lookups, facet ordinals) never goes stale, and it is dropped when the segment is closed (merged
 * away). The one place the search code ties a cache to a segment's core. Thread safe.
 */
public final class PerSegment<V> {

    /** Computes a segment's value. */
    @FunctionalInterface
    public interface Loader<V> {
        V load(LeafReader segment) throws IOException;
    }

    private final Map<IndexReader.CacheKey, V> values = new ConcurrentHashMap<>();

    /**
     * The value of {@code segment}, computed by {@code loader} the first time (outside any lock: two threads may both
     * compute it, and the first one kept wins). A reader without a core cache key gets a fresh value every time.
     */
    public V get(LeafReader segment, Loader<V> loader) throws IOException {
        IndexReader.CacheHelper helper = segment.getCoreCacheHelper();
        if (helper == null) {
            return loader.load(segment);
        }
        V value = values.get(helper.getKey());
        if (value != null) {
            return value;
        }
        value = loader.load(segment);
        V kept = values.putIfAbsent(helper.getKey(), value);
        if (kept != null) {
            return kept;
        }
        helper.addClosedListener(values::remove);
        return value;
    }

    /** Segments currently holding a value (for tests). */
    public int size() {
        return values.size();
    }
}
