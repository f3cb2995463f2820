package io.archivo.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archivo.testsupport.DemoCatalogueProfile;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The web pages over the demo catalogue (docs/web.md#benchmark): the bytes a browser transfers for each page type
 * with gzip (HTML + the stylesheet + the script), and the response time at 16 concurrent clients measured at the
 * client over loopback (an upper bound of the server time). Run with
 * {@code ./mvnw -B test -Pbench -Dtest=WebBenchmark}.
 */
@QuarkusTest
@TestProfile(DemoCatalogueProfile.class)
@Tag("benchmark")
class WebBenchmark {

    static final List<String> PAGES = List.of("/", "/buscar?q=salud", "/buscar?q=salud&department=Salud&orden=year",
            "/buscar?q=comuna&tipo=variables", "/estudios/CALI-BIE-01-2022", "/estudios/CALI-BIE-01-2022?vq=edad",
            "/procesos", "/procesos/SAL-01", "/dependencias/salud", "/transparencia", "/plan",
            "/plan?dependencia=salud");
    static final int CLIENTS = 16;
    static final double WARMUP_S = 5;
    static final double MEASURE_S = 15;

    @TestHTTPResource("/")
    URL base;

    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void pagesAreSmallAndFast() throws Exception {
        long assets = gzipBytes("/static/archivo.css") + gzipBytes("/static/archivo.js");
        Map<String, Long> sizes = new LinkedHashMap<>();
        for (String page : PAGES) {
            sizes.put(page, gzipBytes(page) + assets);
        }
        Map<String, ConcurrentLinkedQueue<Long>> times = new ConcurrentHashMap<>();
        PAGES.forEach(p -> times.put(p, new ConcurrentLinkedQueue<>()));
        long start = System.nanoTime();
        long measureFrom = start + (long) (WARMUP_S * 1e9);
        long end = measureFrom + (long) (MEASURE_S * 1e9);
        List<Thread> clients = new ArrayList<>();
        List<Throwable> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int offset = c;
            Thread t = new Thread(() -> {
                int i = offset;
                while (System.nanoTime() < end) {
                    String page = PAGES.get(i++ % PAGES.size());
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = http.send(request(page), HttpResponse.BodyHandlers.ofByteArray());
                        if (r.statusCode() != 200) {
                            throw new IllegalStateException(page + " answered " + r.statusCode());
                        }
                    } catch (Exception e) {
                        errors.add(e);
                        continue;
                    }
                    if (t0 >= measureFrom) {
                        times.get(page).add(System.nanoTime() - t0);
                    }
                }
            });
            clients.add(t);
            t.start();
        }
        for (Thread t : clients) {
            t.join();
        }
        assertEquals(List.of(), errors);
        long[] all = times.values().stream().flatMap(q -> q.stream()).mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "WEB benchmark mode: JVM, Quarkus test profile, demo catalogue on %s, %d cores; "
                + "times taken at the client over loopback (an upper bound of the server time), %.0f s warm-up%n",
                System.getProperty("quarkus.datasource.db-kind", "h2"), Runtime.getRuntime().availableProcessors(),
                WARMUP_S);
        System.out.printf(Locale.ROOT, "WEB benchmark: %d clients, %.0f s, %d requests (%.0f req/s), p50 %.1f ms, p99 %.1f ms%n",
                CLIENTS, MEASURE_S, all.length, all.length / MEASURE_S, pct(all, 0.50), pct(all, 0.99));
        for (String page : PAGES) {
            long[] mine = times.get(page).stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf(Locale.ROOT, "WEB %-45s %6.1f KiB gzip  p50 %6.1f ms  p99 %6.1f ms  (%d)%n", page,
                    sizes.get(page) / 1024.0, pct(mine, 0.50), pct(mine, 0.99), mine.length);
        }
        List<String> slow = PAGES.stream().filter(page -> pct(times.get(page).stream().mapToLong(Long::longValue)
                .sorted().toArray(), 0.99) >= 50).toList();
        // the time target is reported, not asserted: on a shared machine the tail measures the neighbours too
        System.out.println("WEB p99 < 50 ms target: " + (slow.isEmpty() ? "met on every page" : "NOT met on " + slow));
        sizes.forEach((page, bytes) -> assertTrue(bytes < 100 * 1024, page + " transfers " + bytes + " bytes"));
    }

    private long gzipBytes(String path) throws Exception {
        HttpResponse<byte[]> r = http.send(request(path), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode(), path);
        assertEquals("gzip", r.headers().firstValue("Content-Encoding").orElse(""), path + " is compressed");
        return r.body().length;
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
                .header("Accept-Encoding", "gzip").build();
    }

    private static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.max(0, Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1))] / 1e6;
    }
}
