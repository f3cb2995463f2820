package io.archivo.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The rules of the per-catalogue-state models, without the application. */
class PageModelsTest {

    @Test
    void aModelIsComputedOncePerCatalogueState() {
        PageModels models = new PageModels();
        AtomicInteger computed = new AtomicInteger();
        assertEquals(1, (int) models.get("k", computed::incrementAndGet));
        assertEquals(1, (int) models.get("k", computed::incrementAndGet));
        models.changed();
        assertEquals(2, (int) models.get("k", computed::incrementAndGet));
        assertEquals(2, (int) models.get("k", computed::incrementAndGet));
        assertEquals(new PageModels.Stats(2, 2), models.stats());
    }

    @Test
    void aModelComputedWhileTheCatalogueChangesIsNotServedAfterTheChange() {
        PageModels models = new PageModels();
        // the change commits while the model is being read from the services: what was read may be the old state
        assertEquals("old", models.get("k", () -> {
            models.changed();
            return "old";
        }));
        assertEquals("new", models.get("k", () -> "new"));
        assertEquals("new", models.get("k", () -> "newer"));
    }

    @Test
    void concurrentRequestsWaitForTheOneComputation() throws Exception {
        PageModels models = new PageModels();
        AtomicInteger computed = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread first = new Thread(() -> models.get("k", () -> {
            started.countDown();
            await(release);
            return computed.incrementAndGet();
        }));
        first.start();
        started.await();
        AtomicInteger seen = new AtomicInteger();
        Thread second = new Thread(() -> seen.set(models.get("k", computed::incrementAndGet)));
        second.start();
        Thread.sleep(100);
        release.countDown();
        first.join();
        second.join();
        assertEquals(1, computed.get());
        assertEquals(1, seen.get());
        // a failed computation is not kept: the next request tries again
        assertThrows(IllegalStateException.class, () -> models.get("bad", () -> {
            throw new IllegalStateException("database down");
        }));
        assertEquals("ok", models.get("bad", () -> "ok"));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void switchedOffEveryRequestComputes() {
        PageModels models = new PageModels();
        AtomicInteger computed = new AtomicInteger();
        models.enable(false);
        models.get("k", computed::incrementAndGet);
        models.get("k", computed::incrementAndGet);
        assertEquals(2, computed.get());
        models.enable(true);
        models.get("k", computed::incrementAndGet);
        models.get("k", computed::incrementAndGet);
        assertEquals(3, computed.get());
    }

    @Test
    void keepsAtMostMaxEntriesTheLeastRecentlyUsedGoFirst() {
        PageModels models = new PageModels();
        AtomicInteger computed = new AtomicInteger();
        models.get("first", computed::incrementAndGet);
        for (int i = 0; i < PageModels.MAX_ENTRIES; i++) {
            models.get("first", computed::incrementAndGet); // kept recently used
            models.get("other-" + i, computed::incrementAndGet);
        }
        int before = computed.get();
        models.get("first", computed::incrementAndGet);
        assertEquals(before, computed.get(), "the recently used model is still kept");
        models.get("other-0", computed::incrementAndGet);
        assertEquals(before + 1, computed.get(), "the least recently used one was dropped");
    }
}
