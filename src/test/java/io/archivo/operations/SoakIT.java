package io.archivo.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archivo.bench.SyntheticCodebooks;
import io.archivo.testsupport.PackagedService;
import io.archivo.testsupport.Zips;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Soak (issue 16): the packaged service, on its own data directory (H2 file, index on disk, production settings),
 * serves 16 search clients and 2 writers at once for {@code -Darchivo.soak.seconds} (600). The writers upload new
 * versions of published studies and publish them; the searchers run study and variable searches, with facets, as
 * anonymous callers. Passes with 0 errors (any status other than the expected one, or an I/O failure) and a heap
 * after a full GC (jcmd GC.run) at the end no more than 25% (and 32 MiB) above the one at the start. Figures go to
 * {@code target/benchmarks/soak.txt}. Run: {@code ./mvnw -B verify -Pservice-bench -Dit.test=SoakIT
 * [-Darchivo.soak.seconds=60]}.
 */
@Tag("benchmark")
class SoakIT {

    private static final int SECONDS = Integer.getInteger("archivo.soak.seconds", 600);
    private static final int SEARCHERS = Integer.getInteger("archivo.soak.searchers", 16);
    private static final int WRITERS = Integer.getInteger("archivo.soak.writers", 2);
    private static final int STUDIES = 300;
    private static final String ADMIN_PASSWORD = "soak-admin-password";
    private static final String[] QUERIES = {"vivienda", "salud", "movilidad", "empleo", "seguridad", "cultura",
        "encuesta percepción", "servicios públicos", "medio ambiente", "participación ciudadana", "comuna",
        "satisfecho", "estrato", "hogares", "Santiago de Cali", "educación"};
    private static final Pattern USED = Pattern.compile("used (\\d+)K");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void sixteenSearchersAndTwoWritersRunWithoutErrorsOnAFlatHeap() throws Exception {
        Path dataDir = Path.of("target", "soak", "run-" + System.currentTimeMillis(), "data");
        try (PackagedService service = new PackagedService(dataDir, Map.of("ARCHIVO_DEMO", "false",
                "ARCHIVO_ADMIN_PASSWORD", ADMIN_PASSWORD))) {
            service.start();
            seed(service);
            List<String> figures = new ArrayList<>();
            figures.add(String.format(Locale.ROOT, "%d s, %d searchers, %d writers, %d studies; heap after a full GC (jcmd GC.run) "
                    + "of the service (-Xmx384m)", SECONDS, SEARCHERS, WRITERS, STUDIES));
            long heapStart = heapAfterGc(service);
            figures.add("heap after GC at the start   " + heapStart / 1024 + " MiB");

            AtomicLong searches = new AtomicLong();
            AtomicLong writes = new AtomicLong();
            ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
            long[] searchMicros = new long[4_000_000];
            AtomicLong searchIndex = new AtomicLong();
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
            ExecutorService pool = Executors.newFixedThreadPool(SEARCHERS + WRITERS);
            List<Future<?>> running = new ArrayList<>();
            for (int s = 0; s < SEARCHERS; s++) {
                int seed = s;
                running.add(pool.submit(() -> search(service, seed, end, searches, errors, searchMicros, searchIndex)));
            }
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                running.add(pool.submit(() -> write(service, writer, end, writes, errors)));
            }
            Thread.sleep(TimeUnit.SECONDS.toMillis(SECONDS) / 2);
            long heapMiddle = heapAfterGc(service);
            for (Future<?> f : running) {
                f.get(SECONDS + 120, TimeUnit.SECONDS);
            }
            pool.shutdown();
            long heapEnd = heapAfterGc(service);
            figures.add("heap after GC in the middle  " + heapMiddle / 1024 + " MiB (under load)");
            figures.add("heap after GC at the end     " + heapEnd / 1024 + " MiB");
            int n = (int) Math.min(searchIndex.get(), searchMicros.length);
            long[] lat = Arrays.copyOf(searchMicros, n);
            Arrays.sort(lat);
            figures.add(String.format(Locale.ROOT, "searches %d (%.1f/s), p50 %.1f ms, p99 %.1f ms; writes (upload + publish) %d "
                    + "(%.2f/s); errors %d", searches.get(), searches.get() / (double) SECONDS, pct(lat, 0.50) / 1000.0,
                    pct(lat, 0.99) / 1000.0, writes.get(), writes.get() / (double) SECONDS, errors.size()));
            errors.stream().limit(10).forEach(e -> figures.add("error: " + e));
            String text = String.join("\n", figures) + "\n";
            System.out.print(text.replaceAll("(?m)^", "[soak] "));
            Path out = Path.of("target", "benchmarks", "soak.txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, text);

            assertEquals(List.of(), List.copyOf(errors).subList(0, Math.min(10, errors.size())), "no errors");
            assertTrue(searches.get() > 0 && writes.get() > 0, "both kinds of client got work done");
            assertTrue(heapEnd <= Math.max(heapStart * 5 / 4, heapStart + 32 * 1024),
                    "the heap stays flat: " + heapStart + " KiB at the start, " + heapEnd + " KiB at the end");
        }
    }

    /** STUDIES published studies, through one bulk import and one bulk publication. */
    private void seed(PackagedService service) throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<String> idnos = new ArrayList<>();
        for (int i = 1; i <= STUDIES; i++) {
            String idno = SyntheticCodebooks.idno("SOAK", i);
            idnos.add(idno);
            files.put(idno + ".xml", SyntheticCodebooks.codebook(i, idno, 5));
        }
        String id = service.as("admin", ADMIN_PASSWORD).contentType("application/zip").body(Zips.zip(files))
                .post("/api/v1/imports").then().statusCode(202).extract().jsonPath().getString("id");
        assertEquals("done", Zips.awaitJob(() -> service.as("admin", ADMIN_PASSWORD), "/api/v1/imports/" + id, 900)
                .getString("state"));
        service.as("admin", ADMIN_PASSWORD).contentType("application/json").body(Map.of("idnos", idnos))
                .post("/api/v1/studies/publish").then().statusCode(200);
    }

    private void search(PackagedService service, int seed, long end, AtomicLong count, ConcurrentLinkedQueue<String> errors,
            long[] micros, AtomicLong index) {
        Random random = new Random(seed);
        while (System.nanoTime() < end) {
            String q = QUERIES[random.nextInt(QUERIES.length)];
            String type = random.nextInt(4) == 0 ? "variable" : "study";
            String uri = service.baseUri() + "/api/v1/search?type=" + type + "&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)
                    + "&page=" + (1 + random.nextInt(3)) + "&size=20";
            long t0 = System.nanoTime();
            call(HttpRequest.newBuilder(URI.create(uri)).GET().build(), 200, errors);
            long took = (System.nanoTime() - t0) / 1000;
            long i = index.getAndIncrement();
            if (i < micros.length) {
                micros[(int) i] = took;
            }
            count.incrementAndGet();
        }
    }

    /** A new version of a random study (the same codebook with a new comment), then its publication. */
    private void write(PackagedService service, int writer, long end, AtomicLong count, ConcurrentLinkedQueue<String> errors) {
        Random random = new Random(1000 + writer);
        String auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        long round = 0;
        while (System.nanoTime() < end) {
            int i = 1 + random.nextInt(STUDIES);
            String idno = SyntheticCodebooks.idno("SOAK", i);
            byte[] xml = (new String(SyntheticCodebooks.codebook(i, idno, 5), StandardCharsets.UTF_8)
                    + "<!-- writer " + writer + " round " + round++ + " -->\n").getBytes(StandardCharsets.UTF_8);
            if (call(HttpRequest.newBuilder(URI.create(service.baseUri() + "/api/v1/studies"))
                    .header("Authorization", auth).header("Content-Type", "application/xml")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(xml)).build(), 201, errors)) {
                call(HttpRequest.newBuilder(URI.create(service.baseUri() + "/api/v1/studies/" + idno + "/publish"))
                        .header("Authorization", auth).POST(HttpRequest.BodyPublishers.noBody()).build(), 200, errors);
            }
            count.incrementAndGet();
        }
    }

    private boolean call(HttpRequest request, int expected, ConcurrentLinkedQueue<String> errors) {
        try {
            HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != expected) {
                errors.add(request.method() + " " + request.uri() + " -> " + r.statusCode() + " "
                        + new String(r.body(), StandardCharsets.UTF_8).substring(0, Math.min(300, r.body().length)));
                return false;
            }
            return true;
        } catch (IOException e) {
            errors.add(request.method() + " " + request.uri() + " -> " + e);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** KiB of heap in use right after a full GC of the service, through jcmd. */
    private static long heapAfterGc(PackagedService service) throws Exception {
        jcmd(service.pid(), "GC.run");
        Matcher m = USED.matcher(jcmd(service.pid(), "GC.heap_info"));
        assertTrue(m.find(), "jcmd GC.heap_info names the heap in use");
        return Long.parseLong(m.group(1));
    }

    private static String jcmd(long pid, String command) throws Exception {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process p = new ProcessBuilder(jcmd.toString(), String.valueOf(pid), command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0, "jcmd " + command + ": " + out);
        return out;
    }

    private static long pct(long[] sorted, double q) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
    }
}
