package io.archivo.access;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Counts unproven Basic attempts per key (a user name, a client address) in fixed windows. An attempt counts from
 * the moment its password check starts, so that a burst of parallel guesses is cut off after {@code limit} hashes
 * rather than after all of them have run; a successful check takes its attempt back.
 */
final class FailureThrottle {

    private static final class Window {
        long start;
        int count;

        Window(long start) {
            this.start = start;
        }
    }

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final int limit;
    private final long windowMillis;
    private final int maxKeys;
    private final LongSupplier clock;

    FailureThrottle(int limit, long windowMillis, int maxKeys, LongSupplier clock) {
        this.limit = limit;
        this.windowMillis = windowMillis;
        this.maxKeys = maxKeys;
        this.clock = clock;
    }

    /** Milliseconds until {@code key} may try again, or 0 when it may try now. */
    long waitMillis(String key) {
        Window w = windows.get(key);
        if (w == null) {
            return 0;
        }
        synchronized (w) {
            long left = w.start + windowMillis - clock.getAsLong();
            return left > 0 && w.count >= limit ? left : 0;
        }
    }

    /** Counts one attempt of {@code key}; false (and nothing counted) when its window is already full. */
    boolean tryAcquire(String key) {
        long now = clock.getAsLong();
        if (windows.size() >= maxKeys) {
            windows.values().removeIf(w -> w.start + windowMillis <= now);
        }
        Window w = windows.computeIfAbsent(key, k -> new Window(now));
        synchronized (w) {
            if (w.start + windowMillis <= now) {
                w.start = now;
                w.count = 0;
            }
            if (w.count >= limit) {
                return false;
            }
            w.count++;
            return true;
        }
    }

    /** Takes back an attempt that turned out to be a valid credential. */
    void release(String key) {
        Window w = windows.get(key);
        if (w != null) {
            synchronized (w) {
                if (w.count > 0) {
                    w.count--;
                }
            }
        }
    }
}
