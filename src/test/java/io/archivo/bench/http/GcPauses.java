package io.archivo.bench.http;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The garbage collections of this JVM since {@link #start()}: how many, their total and their longest duration. A
 * benchmark's tail is often made of collections (every request in flight waits for a pause), so the longest one says
 * more than the total. Counted from the collectors' notifications, which carry each collection's own duration.
 */
public final class GcPauses {

    private static final AtomicLong COUNT = new AtomicLong();
    private static final AtomicLong TOTAL_MS = new AtomicLong();
    private static final AtomicLong LONGEST_MS = new AtomicLong();
    private static volatile boolean listening;

    private final long count0;
    private final long total0;

    private GcPauses() {
        listen();
        LONGEST_MS.set(0); // phases run one after the other: the longest is that of the phase being measured
        this.count0 = COUNT.get();
        this.total0 = TOTAL_MS.get();
    }

    /** Starts counting (the longest pause is reset: one measured phase at a time). */
    public static GcPauses start() {
        return new GcPauses();
    }

    /** E.g. "GC 47× 366 ms, longest 14 ms". */
    public String summary() {
        return String.format(Locale.ROOT, "GC %d× %d ms, longest %d ms", COUNT.get() - count0, TOTAL_MS.get() - total0,
                LONGEST_MS.get());
    }

    /** The collectors this JVM runs, e.g. "G1 Young Generation, G1 Old Generation". */
    public static String collectors() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName)
                .collect(Collectors.joining(", "));
    }

    private static synchronized void listen() {
        if (listening) {
            return;
        }
        for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (bean instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((notification, handback) -> {
                    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                        return;
                    }
                    GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
                            .from((CompositeData) notification.getUserData());
                    if (info.getGcAction().contains("concurrent") && !info.getGcAction().contains("pause")) {
                        return; // a concurrent cycle's own time is not a pause
                    }
                    long ms = info.getGcInfo().getDuration();
                    COUNT.incrementAndGet();
                    TOTAL_MS.addAndGet(ms);
                    LONGEST_MS.accumulateAndGet(ms, Math::max);
                }, null, null);
            }
        }
        listening = true;
    }
}
