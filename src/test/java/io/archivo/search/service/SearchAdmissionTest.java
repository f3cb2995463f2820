package io.archivo.search.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SearchAdmissionTest {

    @Test
    void computesNoMoreSearchesAtOnceThanItsLimitAndTheOthersWaitTheirTurn() throws Exception {
        SearchAdmission admission = new SearchAdmission(2);
        int[] observed = runConcurrently(admission, 8);
        assertEquals(2, observed[0], "at most two searches computed at once");
        assertEquals(8, observed[1], "every search was computed");
        assertTrue(admission.queued() > 0, "searches that found both permits taken were counted");
    }

    @Test
    void withoutALimitEverySearchRunsAtOnce() throws Exception {
        SearchAdmission admission = new SearchAdmission(0);
        int[] observed = runConcurrently(admission, 8);
        assertEquals(8, observed[0]);
        assertEquals(0, admission.queued());
    }

    @Test
    void aFailingSearchGivesItsTurnBack() {
        SearchAdmission admission = new SearchAdmission(1);
        for (int i = 0; i < 3; i++) {
            try {
                admission.run(() -> {
                    throw new IllegalStateException("engine failure");
                });
            } catch (IllegalStateException expected) {
                // the permit must be released, or the next search would wait for ever
            }
        }
        assertEquals("ok", admission.run(() -> "ok"));
    }

    /**
     * Starts {@code n} searches that each hold their turn until all n have started or 300 ms have passed; returns
     * the most that were inside at once and how many completed.
     */
    private static int[] runConcurrently(SearchAdmission admission, int n) throws Exception {
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(n);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<Integer>> searches = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                searches.add(pool.submit(() -> {
                    started.countDown();
                    return admission.run(() -> {
                        most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                        try {
                            // hold the turn long enough for every other search to arrive
                            started.await(300, TimeUnit.MILLISECONDS);
                            Thread.sleep(20);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        inside.decrementAndGet();
                        return 1;
                    });
                }));
            }
            int completed = 0;
            for (Future<Integer> search : searches) {
                completed += search.get(10, TimeUnit.SECONDS);
            }
            return new int[] {most.get(), completed};
        } finally {
            pool.shutdownNow();
        }
    }
}
