package io.archivo.sdmx.rest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Rendered SDMX answers for the current artefact set. Harvesters ask the same few big questions again and again
 * (the full structure set is hundreds of KiB); the answer only changes when the catalogue does, and then the
 * source hands out a new set object, which empties this cache.
 */
final class ResponseCache {

    /** The body and its ETag; a null answer (no results) is not cached. */
    record Rendered(String etag, byte[] body) {
    }

    private final int capacity;
    private Object currentSet;
    private final Map<String, Rendered> answers;

    ResponseCache(int capacity) {
        this.capacity = capacity;
        this.answers = new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Rendered> eldest) {
                return size() > ResponseCache.this.capacity;
            }
        };
    }

    Rendered get(Object set, String key, Supplier<Rendered> render) {
        synchronized (this) {
            if (set != currentSet) {
                answers.clear();
                currentSet = set;
            }
            Rendered cached = answers.get(key);
            if (cached != null) {
                return cached;
            }
        }
        // rendered outside the lock: two simultaneous first requests may both render, which is harmless
        Rendered rendered = render.get();
        if (rendered != null) {
            synchronized (this) {
                if (set == currentSet) {
                    answers.put(key, rendered);
                }
            }
        }
        return rendered;
    }
}
