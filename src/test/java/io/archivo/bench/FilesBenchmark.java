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
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
        Path file = random(DIR.resolve("blob-" + mb + "mb.bin"), mb, mb);
        Path warm = random(DIR.resolve("warm-16mb.bin"), 16, 16);
        long size = Files.size(file);
        shell("cat " + file + " > /dev/null"); // warm the page cache for everyone alike
        Timed sha = timed("sha256sum " + file + " > " + DIR.resolve("sha.txt"));
        String expected = Files.readString(DIR.resolve("sha.txt")).split("\\s+")[0];
        Timed cat = timed("cat " + file + " > /dev/null");
        Timed pipe = timed("cat " + file + " | cat > /dev/null");
        Timed cp = timed("cp " + file + " " + DIR.resolve("copy.bin") + " && sync " + DIR.resolve("copy.bin"));
        Files.deleteIfExists(DIR.resolve("copy.bin"));

        ensureProcess("SAL-FILES", "salud", "Salud");
        admin().contentType("application/xml").body(variant("/archive/encuesta-movilidad-2025.xml",
                "CALI-TEST-EMC-2025", STUDY)).post("/api/v1/studies?process=SAL-FILES");
        admin().post("/api/v1/studies/" + STUDY + "/publish");
        String files = base.toURI().resolve("/api/v1/studies/" + STUDY + "/files").toString();
        // warm-up: the first upload and download compile the hot paths (C2); the figures are for a running server
        String warmId = upload(files, warm, "warm.bin", null).id;
        download(files, warmId, DIR.resolve("warm.out"));

        Server up = upload(files, file, "blob.bin", expected);
        Path out = DIR.resolve("download.out");
        Server down = download(files, up.id, out);
        assertEquals(size, Files.size(out));
        Files.deleteIfExists(out);
        Server toNull = download(files, up.id, Path.of("/dev/null"));
        say(String.format(Locale.ROOT, "%d MiB baselines (wall / CPU): sha256sum %s, cat > /dev/null %s,"
                + " cat | cat > /dev/null %s, cp + sync %s", mb, sha, cat, pipe, cp));
        say(String.format(Locale.ROOT, "upload (curl, raw body): %s, server CPU %.2f s; %.2f x sha256sum wall, %.2f x its CPU",
                up.client, up.serverCpu, up.client.wall / sha.wall, up.serverCpu / sha.cpu()));
        say(String.format(Locale.ROOT, "download to /dev/null (curl): %s, server CPU %.2f s; %.2f x cat wall,"
                + " %.2f x cat | cat", toNull.client, toNull.serverCpu, toNull.client.wall / cat.wall,
                toNull.client.wall / pipe.wall));
        say(String.format(Locale.ROOT, "download to a file (curl): %s, server CPU %.2f s; %.2f x cp + sync",
                down.client, down.serverCpu, down.client.wall / cp.wall));
    }

    private static Path random(Path file, int mb, long seed) throws IOException {
        if (!Files.exists(file) || Files.size(file) != mb * 1048576L) {
            Random r = new Random(seed);
            byte[] chunk = new byte[1 << 20];
            try (OutputStream out = Files.newOutputStream(file)) {
                for (int i = 0; i < mb; i++) {
                    r.nextBytes(chunk);
                    out.write(chunk);
                }
            }
        }
        return file;
    }

    /** One request's client time (curl, a separate process like the shell baselines) and this JVM's CPU meanwhile. */
    private record Server(String id, Timed client, double serverCpu) {
    }

    private static final String AUTH = "editor-salud:editor-test-password";

    private static Server upload(String files, Path file, String name, String expectedSha) throws Exception {
        Path body = DIR.resolve("upload.json");
        double cpu0 = processCpu();
        Timed t = timed("curl -sS -f -u " + AUTH + " -H 'Content-Type: application/octet-stream' -H 'Content-Disposition:"
                + " attachment; filename=\"" + name + "\"' -X POST -T " + file + " -o " + body + " " + files);
        double cpu = processCpu() - cpu0;
        String json = Files.readString(body);
        if (expectedSha != null) {
            assertEquals(true, json.contains("\"sha256\":\"" + expectedSha + "\""), json);
        }
        return new Server(json.replaceAll("^\\{\"id\":(\\d+),.*$", "$1"), t, cpu);
    }

    private static Server download(String files, String id, Path to) throws Exception {
        double cpu0 = processCpu();
        Timed t = timed("curl -sS -f -o " + to + " " + files + "/" + id + "/content");
        return new Server(id, t, processCpu() - cpu0);
    }

    private static double processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    /** Wall, user and system seconds of a shell command (bash's time). */
    record Timed(double wall, double user, double sys) {
        double cpu() {
            return user + sys;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.3f s / %.3f s", wall, cpu());
        }
    }

    private static Timed timed(String command) throws IOException, InterruptedException {
        Path times = DIR.resolve("time.txt");
        Process p = new ProcessBuilder("bash", "-c", "TIMEFORMAT='%R %U %S'; { time { " + command + " ; } ; } 2> "
                + times).inheritIO().start();
        assertEquals(0, p.waitFor(), command);
        String[] f = Files.readString(times).strip().split("\\s+");
        return new Timed(Double.parseDouble(f[f.length - 3]), Double.parseDouble(f[f.length - 2]),
                Double.parseDouble(f[f.length - 1]));
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
