package io.archivo.web;

import io.archivo.archive.service.StudyChanged;
import io.archivo.geo.FrameChanged;
import io.archivo.inventory.service.ProcessChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The pages' data that depends only on the catalogue's state (inventory lists, plan indicators and diagnostic,
 * transparency registers, the public view of a study), computed once per state and reused until something changes.
 *
 * <p>The state is a generation number that every committed change to a study (upload, publication, withdrawal,
 * classification, sensitive variables, data files: {@link StudyChanged}) or to a process ({@link ProcessChanged})
 * moves on. A model is kept under the generation read <em>before</em> it was computed, so a model computed from
 * data a concurrent change has just replaced is never served after that change: readers already ask for the next
 * generation. Only models that are the same for every caller, or the anonymous caller's view, are kept here (see
 * the callers); an editor's view is computed on every request. Like the search index, this follows the changes made
 * through this instance.
 */
@ApplicationScoped
public class PageModels {

    /** Bounds the number of models kept (per-study models are the many); the least recently used go first. */
    static final int MAX_ENTRIES = 512;

    private final AtomicLong generation = new AtomicLong();
    private final AtomicLong computed = new AtomicLong();
    private final AtomicLong reused = new AtomicLong();
    private final Map<Object, Entry> entries = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, Entry> eldest) {
            return size() > MAX_ENTRIES;
        }
    };
    private volatile boolean enabled = true;

    /** A model of one generation: being computed by the first request that asked for it, or done. */
    private record Entry(long generation, CompletableFuture<Object> model) {
    }

    /** Counters since start: models computed and models served again. */
    public record Stats(long computed, long reused) {
    }

    /**
     * The model under this key for the current catalogue state, computed when absent or older than the latest
     * change. Concurrent requests for a model being computed wait for that computation rather than repeat it (after
     * a change, 16 clients asking for the plan compute it once). Models depend on other models only in one direction
     * (a page's rows on the process list), so waiting cannot go round in a circle.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Supplier<T> compute) {
        if (!enabled) {
            computed.incrementAndGet();
            return compute.get();
        }
        long now = generation.get();
        Entry mine = null;
        Entry found;
        synchronized (entries) {
            found = entries.get(key);
            if (found == null || found.generation() < now) {
                mine = new Entry(now, new CompletableFuture<>());
                entries.put(key, mine);
            }
        }
        if (mine == null && found.generation() == now) {
            reused.incrementAndGet();
            try {
                return (T) found.model().join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        // ours to compute (or, rarely, a newer generation is already kept: computed for this request only)
        computed.incrementAndGet();
        T model;
        try {
            model = compute.get();
        } catch (RuntimeException | Error e) {
            if (mine != null) {
                mine.model().completeExceptionally(e);
                synchronized (entries) {
                    entries.remove(key, mine);
                }
            }
            throw e;
        }
        if (mine != null) {
            mine.model().complete(model);
        }
        return model;
    }

    void onStudyChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) StudyChanged change) {
        changed();
    }

    void onProcessChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProcessChanged change) {
        changed();
    }

    /** A study's areas are named from the current frame: a new frame version renames what pages show. */
    void onFrameChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) FrameChanged change) {
        changed();
    }

    /** Every kept model is now out of date (they go when next asked for, or as the least recently used). */
    void changed() {
        generation.incrementAndGet();
    }

    /** For the benchmark's "caches off" mode: compute every model on every request. */
    void enable(boolean on) {
        enabled = on;
        synchronized (entries) {
            entries.clear();
        }
    }

    public Stats stats() {
        return new Stats(computed.get(), reused.get());
    }
}
