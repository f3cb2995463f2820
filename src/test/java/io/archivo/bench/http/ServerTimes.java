package io.archivo.bench.http;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;

/**
 * The server's own time for each request of a benchmark: from the moment Vert.x hands the parsed request to the
 * router (before security, RESTEasy and the wait for a worker thread, so that waiting counts) until the response's
 * last bytes are handed to the connection. Unlike the time a client in the same JVM observes, it leaves out the
 * client's own CPU and scheduling: the "server time" of a target. Exact (every request, no buckets). Off, at one
 * volatile read per request, unless a benchmark {@link #start starts} it; test code only.
 */
@ApplicationScoped
public class ServerTimes {

    private record Recording(Function<String, String> labelOf, Map<String, ConcurrentLinkedQueue<Long>> times) {
    }

    private static volatile Recording recording;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            Recording r = recording;
            String label = r == null ? null : r.labelOf().apply(ctx.request().uri());
            if (label != null) {
                ConcurrentLinkedQueue<Long> times = r.times().computeIfAbsent(label, l -> new ConcurrentLinkedQueue<>());
                long t0 = System.nanoTime();
                ctx.addEndHandler(done -> times.add(System.nanoTime() - t0));
            }
            ctx.next();
        });
    }

    /**
     * Records from now on every request whose URI (path and query) {@code labelOf} names (null: not recorded), under
     * that name; earlier records are dropped.
     */
    public static void start(Function<String, String> labelOf) {
        recording = new Recording(labelOf, new ConcurrentHashMap<>());
    }

    /** Stops recording: the sorted nanoseconds per name (requests still in flight may add none). */
    public static Map<String, long[]> stop() {
        Recording r = recording;
        recording = null;
        Map<String, long[]> out = new TreeMap<>();
        if (r != null) {
            r.times().forEach((label, q) -> out.put(label, q.stream().mapToLong(Long::longValue).sorted().toArray()));
        }
        return out;
    }


    /** "server time p50 … ms, p99 … ms (n requests)". */
    public static String summary(long[] sorted) {
        return String.format(Locale.ROOT, "server time p50 %.2f ms  p99 %.2f ms  (%d requests)", Latencies.percentileMs(sorted, 0.5),
                Latencies.percentileMs(sorted, 0.99), sorted == null ? 0 : sorted.length);
    }
}
