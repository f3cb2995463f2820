package io.archivo.search.service;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * How many searches the engine computes at once; the others wait their turn, first come first served, as
 * Elasticsearch's fixed-size search thread pool queues them.
 * <p>
 * A search is CPU work on a memory-mapped index. Sixteen of them on two cores share the cores: each takes eight
 * times its own CPU time, so a 10-ms query is in flight for 80 ms, and the memory of sixteen searches is in use at
 * once. With a few admitted at a time, each runs near full speed and the rest wait in arrival order: the slowest
 * answers come much sooner. The price is some throughput in a saturated closed loop, where sharing had let short
 * searches overtake long ones (measured in docs/search.md). Results from the result cache never wait.
 */
final class SearchAdmission {

    private final Semaphore permits;
    private final int limit;
    private final LongAdder queued = new LongAdder();

    /** At most {@code limit} searches at once; 0 or less admits every search at once. */
    SearchAdmission(int limit) {
        this.limit = limit;
        this.permits = limit > 0 ? new Semaphore(limit, true) : null;
    }

    /**
     * The default limit: one and a half searches per processor the JVM may use, plus one (Elasticsearch's size for its
     * search thread pool), 4 on two cores. Exactly one per core measured worse: the cores also serve HTTP, and a
     * search preempted while it holds its turn leaves a core without one (docs/search.md, "Admission").
     */
    static int defaultLimit() {
        return Runtime.getRuntime().availableProcessors() * 3 / 2 + 1;
    }

    int limit() {
        return limit;
    }

    /** Searches that found every permit taken and waited for a turn, since start. */
    long queued() {
        return queued.sum();
    }

    <T> T run(Supplier<T> search) {
        if (permits == null) {
            return search.get();
        }
        if (permits.availablePermits() == 0) {
            queued.increment(); // a statistic: a permit released at this instant makes it count a search that did not wait
        }
        // acquire() keeps the fair order (tryAcquire would barge ahead of the queue); not interruptible, as a search
        // waiting its turn has no one to hand an interrupt to
        permits.acquireUninterruptibly();
        try {
            return search.get();
        } finally {
            permits.release();
        }
    }
}
