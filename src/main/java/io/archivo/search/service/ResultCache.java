package io.archivo.search.service;

import io.archivo.search.SearchRequest;
import io.archivo.search.SearchResult;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.index.IndexReader;

/**
 * Results of recent searches for the current point-in-time view of the index, like Solr's query result cache.
 * Popular catalogue questions repeat; a result is valid exactly as long as the reader it was computed on, so the
 * cache empties itself whenever a refresh (a publication, a new draft) brings a new reader. The request, which
 * includes the caller's visibility, is the key: no result can cross from one kind of caller to another.
 */
final class ResultCache {

    private volatile int capacity;
    private final java.util.concurrent.atomic.LongAdder hits = new java.util.concurrent.atomic.LongAdder();
    private final java.util.concurrent.atomic.LongAdder misses = new java.util.concurrent.atomic.LongAdder();
    private final Map<SearchRequest, SearchResult> results;
    private IndexReader reader;

    ResultCache(int capacity) {
        this.capacity = capacity;
        this.results = new LinkedHashMap<>(Math.max(16, capacity), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<SearchRequest, SearchResult> eldest) {
                return size() > ResultCache.this.capacity;
            }
        };
    }

    synchronized void resize(int newCapacity) {
        capacity = newCapacity;
        results.clear();
        hits.reset();
        misses.reset();
    }

    SearchService.CacheStats stats() {
        return new SearchService.CacheStats(hits.sum(), misses.sum(), capacity);
    }

    SearchResult get(IndexReader current, SearchRequest request, Supplier<SearchResult> compute) {
        if (capacity <= 0) {
            return compute.get();
        }
        synchronized (this) {
            if (current != reader) {
                results.clear();
                reader = current;
            }
            SearchResult cached = results.get(request);
            if (cached != null) {
                hits.increment();
                return cached;
            }
        }
        misses.increment();
        SearchResult computed = compute.get();
        synchronized (this) {
            if (current == reader) {
                results.put(request, computed);
            }
        }
        return computed;
    }
}
