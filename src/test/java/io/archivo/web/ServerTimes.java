package io.archivo.web;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The server's own time for each request of a benchmark: from the moment Vert.x hands the parsed request to the
 * router (before any Quarkus or RESTEasy handler, so waiting for a worker thread counts) until the response's last
 * bytes are handed to the connection. Unlike the time a client in the same JVM observes, it leaves out the client's
 * own CPU and scheduling, which is what "server time" in the web pages' target means. Off (one volatile read per
 * request) unless a benchmark {@link #start starts} it; test code only.
 */
@ApplicationScoped
public class ServerTimes {

    /** Sorted nanoseconds per recorded request URI, or null when not recording. */
    private static volatile Map<String, ConcurrentLinkedQueue<Long>> recording;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            Map<String, ConcurrentLinkedQueue<Long>> sink = recording;
            if (sink != null) {
                ConcurrentLinkedQueue<Long> times = sink.get(ctx.request().uri());
                if (times != null) {
                    long t0 = System.nanoTime();
                    ctx.addEndHandler(done -> times.add(System.nanoTime() - t0));
                }
            }
            ctx.next();
        });
    }

    /** Records from now on the requests for exactly these URIs (path and query), dropping earlier records. */
    static void start(List<String> uris) {
        Map<String, ConcurrentLinkedQueue<Long>> sink = new ConcurrentHashMap<>();
        uris.forEach(u -> sink.put(u, new ConcurrentLinkedQueue<>()));
        recording = sink;
    }

    /** Stops recording; the sorted nanoseconds per URI, in the order given to {@link #start}. */
    static Map<String, long[]> stop(List<String> uris) {
        Map<String, ConcurrentLinkedQueue<Long>> sink = recording;
        recording = null;
        Map<String, long[]> out = new LinkedHashMap<>();
        for (String uri : uris) {
            ConcurrentLinkedQueue<Long> q = sink == null ? new ConcurrentLinkedQueue<>() : sink.get(uri);
            out.put(uri, q.stream().mapToLong(Long::longValue).sorted().toArray());
        }
        return out;
    }
}
