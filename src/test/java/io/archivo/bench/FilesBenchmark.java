package io.archivo.bench;

import static io.archivo.testsupport.Api.admin;
import static io.archivo.testsupport.Api.ensureProcess;
import static io.archivo.testsupport.Api.variant;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.archivo.files.profile.TableProfile;
import io.archivo.files.profile.TableProfiler;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Data files (docs/files.md, docs/benchmarks.md): profiling time and heap of a large CSV, and upload/download
 * throughput over HTTP against sha256sum / cat / cp of the same bytes. Prints figures, asserts only correctness.
 * {@code -Dbench.files.rows} (1,000,000), {@code -Dbench.files.mb} (256).
 */
@QuarkusTest
@TestProfile(FilesBenchmark.Profile.class)
@Tag("benchmark")
class FilesBenchmark {

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("archivo.files.max-bytes", "4294967296", "quarkus.http.limits.max-body-size", "4G");
        }
    }

    static final String STUDY = "FILES-BENCH";
    static final Path DIR = Path.of("target/bench-files");
    private final List<String> report = new ArrayList<>();

    @TestHTTPResource("/")
    URL base;

    @Test
    void profilingAndThroughput() throws Exception {
        Files.createDirectories(DIR);
        int rows = Integer.getInteger("bench.files.rows", 1_000_000);
        int mb = Integer.getInteger("bench.files.mb", 256);
        say("mode: single JVM (-Xmx1g from surefire), H2, loopback HTTP; machine: " + Runtime.getRuntime()
                .availableProcessors() + " cores, shared");
        profiling(rows);
        throughput(mb);
        Files.createDirectories(Path.of("target/benchmarks"));
        Files.write(Path.of("target/benchmarks/files.txt"), report);
    }

    private void profiling(int rows) throws IOException {
        Path small = csv(DIR.resolve("rows-100k.csv"), 100_000);
        Path big = csv(DIR.resolve("rows-" + rows + ".csv"), rows);
        TableProfiler.csv(small); // warm-up
        for (Path p : List.of(small, big)) {
            Measured m = measure(() -> TableProfiler.csv(p));
            TableProfile profile = (TableProfile) m.result;
            assertEquals(Files.lines(p, StandardCharsets.ISO_8859_1).count() - 1, profile.rows());
            String bounded = p == big ? inSmallHeap(p) : "";
            say(String.format(Locale.ROOT, "profile %,d rows (%,d bytes, Latin-1, ';', decimal comma, 8 columns):"
                    + " %.2f s wall, %.2f s CPU (%.0f rows/s of CPU), heap peak above baseline %.1f MiB (garbage"
                    + " included)", profile.rows(), Files.size(p), m.seconds, m.cpuSeconds, profile.rows() / m.cpuSeconds,
                    m.peakHeap / 1048576.0) + bounded);
        }
    }

    static final String SMALL_HEAP = "-Xmx48m";

    /** Memory flat: the same profile in a separate JVM whose whole heap is {@value #SMALL_HEAP}. */
    private static String inSmallHeap(Path p) {
        try {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    SMALL_HEAP, "-cp", System.getProperty("java.class.path"), ProfileMain.class.getName(),
                    p.toString()).redirectErrorStream(true).start();
            String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return child.waitFor() == 0 ? "; in a JVM with " + SMALL_HEAP + ": " + out
                    : "; in a JVM with " + SMALL_HEAP + ": FAILED " + out;
        } catch (IOException | InterruptedException e) {
            return "; small-heap run not possible: " + e;
        }
    }

    /** Entry point of the small-heap run. */
    public static final class ProfileMain {
        public static void main(String[] args) throws IOException {
            long t0 = System.nanoTime();
            TableProfile p = TableProfiler.csv(Path.of(args[0]));
            System.out.printf(Locale.ROOT, "%,d rows in %.2f s wall, %.2f s CPU (profiling thread)%n", p.rows(),
                    (System.nanoTime() - t0) / 1e9, ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1e9);
        }
    }

    /** A Cali-shaped export: id, comuna, estrato, sexo, edad, ingreso (decimal comma), barrio, fecha. */
    static Path csv(Path p, int rows) throws IOException {
        if (Files.exists(p)) {
            return p;
        }
        Random r = new Random(12);
        try (BufferedWriter w = Files.newBufferedWriter(p, StandardCharsets.ISO_8859_1)) {
            w.write("id;comuna;estrato;sexo;edad;ingreso;barrio;fecha\n");
            for (int i = 1; i <= rows; i++) {
                w.write(i + ";" + (1 + r.nextInt(22)) + ";" + (1 + r.nextInt(6)) + ";" + (r.nextBoolean() ? "M" : "F")
                        + ";" + r.nextInt(100) + ";" + r.nextInt(9_000_000) + "," + r.nextInt(100) + ";Barrio Peñón "
                        + r.nextInt(300) + ";2024-" + String.format("%02d-%02d", 1 + r.nextInt(12), 1 + r.nextInt(28))
                        + "\n");
            }
        }
        return p;
    }

    private void throughput(int mb) throws Exception {
        Path file = DIR.resolve("blob-" + mb + "mb.bin");
        if (!Files.exists(file) || Files.size(file) != mb * 1048576L) {
            Random r = new Random(mb);
            byte[] chunk = new byte[1 << 20];
            try (OutputStream out = Files.newOutputStream(file)) {
                for (int i = 0; i < mb; i++) {
                    r.nextBytes(chunk);
                    out.write(chunk);
                }
            }
        }
        long size = Files.size(file);
        shell("cat " + file + " > /dev/null"); // warm the page cache for everyone alike
        double sha = shell("sha256sum " + file + " > " + DIR.resolve("sha.txt"));
        String expected = Files.readString(DIR.resolve("sha.txt")).split("\\s+")[0];
        double cat = shell("cat " + file + " > /dev/null");
        double cp = shell("cp " + file + " " + DIR.resolve("copy.bin") + " && sync " + DIR.resolve("copy.bin"));
        Files.deleteIfExists(DIR.resolve("copy.bin"));

        ensureProcess("SAL-FILES", "salud", "Salud");
        admin().contentType("application/xml").body(variant("/archive/encuesta-movilidad-2025.xml",
                "CALI-TEST-EMC-2025", STUDY)).post("/api/v1/studies?process=SAL-FILES");
        admin().post("/api/v1/studies/" + STUDY + "/publish");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String auth = "Basic " + Base64.getEncoder().encodeToString("editor-salud:editor-test-password".getBytes());
        URI files = base.toURI().resolve("/api/v1/studies/" + STUDY + "/files");
        long t0 = System.nanoTime();
        HttpResponse<String> up = http.send(HttpRequest.newBuilder(files).header("Authorization", auth)
                .header("Content-Type", "application/octet-stream")
                .header("Content-Disposition", "attachment; filename=\"blob.bin\"")
                .POST(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.ofString());
        double upload = (System.nanoTime() - t0) / 1e9;
        assertEquals(201, up.statusCode(), up.body());
        assertEquals(true, up.body().contains("\"sha256\":\"" + expected + "\""), up.body());
        String id = up.body().replaceAll("^\\{\"id\":(\\d+),.*$", "$1");
        t0 = System.nanoTime();
        HttpResponse<InputStream> down = http.send(HttpRequest.newBuilder(URI.create(files + "/" + id + "/content"))
                .GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        long n = 0;
        try (InputStream in = down.body()) {
            byte[] buf = new byte[1 << 16];
            int k;
            while ((k = in.read(buf)) > 0) {
                n += k;
            }
        }
        double download = (System.nanoTime() - t0) / 1e9;
        assertEquals(200, down.statusCode());
        assertEquals(size, n);
        say(String.format(Locale.ROOT, "%d MiB: sha256sum %.2f s (%.0f MiB/s), cat %.2f s (%.0f MiB/s), cp+sync %.2f s;"
                + " upload %.2f s (%.0f MiB/s, %.2f x sha256sum), download %.2f s (%.0f MiB/s, %.2f x cat)", mb, sha,
                mb / sha, cat, mb / cat, cp, upload, mb / upload, upload / sha, download, mb / download, download / cat));
    }

    private static double shell(String command) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder("sh", "-c", command).inheritIO().start();
        assertEquals(0, p.waitFor(), command);
        return (System.nanoTime() - t0) / 1e9;
    }

    private record Measured(Object result, double seconds, double cpuSeconds, long peakHeap) {
    }

    private interface Work {
        Object run() throws IOException;
    }

    /** Runs {@code work} while a sampler records the heap in use every 5 ms (after a GC for the baseline). */
    private static Measured measure(Work work) throws IOException {
        MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
        System.gc();
        long baseline = mem.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(baseline);
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                peak.accumulateAndGet(mem.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long t0 = System.nanoTime();
        long cpu0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        Object result = work.run();
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpu = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0) / 1e9;
        running.set(false);
        return new Measured(result, seconds, cpu, peak.get() - baseline);
    }

    private void say(String line) {
        System.out.println("[files-benchmark] " + line);
        report.add(line);
    }
}
