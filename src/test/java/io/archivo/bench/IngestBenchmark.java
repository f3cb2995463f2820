package io.archivo.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.archivo.access.Caller;
import io.archivo.archive.service.IngestOutcome;
import io.archivo.archive.service.IngestRequest;
import io.archivo.archive.service.StudyIngestService;
import io.archivo.ddi.DdiReadResult;
import io.archivo.ddi.DdiReader;
import io.archivo.ddi.DdiSchema;
import io.archivo.ddi.ValidationReport;
import io.archivo.ddi.model.Variable;
import io.archivo.testsupport.Api;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import javax.sql.DataSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The ingest benchmark (see docs/benchmarks.md): uploads the DANE GEIH codebook repeatedly, and a batch of
 * generated DDI 2.5 codebooks, over HTTP on loopback and in process, and sets the times beside bare schema
 * validation ({@link DdiSchema#validateOnly}) of the very same bytes. The goal: ingest ≤ 1.5 × bare validation.
 *
 * <p>Asserts correctness only (every upload 201 / created, 760 variables for GEIH, generated codebooks valid);
 * never timing. Sizes are in MB = 10^6 bytes; MB/s is size / p50. Settings (system properties, passed through
 * by Maven with {@code -D}): {@code bench.warmup} (5), {@code bench.geih.uploads} (30),
 * {@code bench.synthetic.count} (100), {@code bench.synthetic.variables} (200). The table is also written to
 * {@code target/benchmarks/ingest-<db>.txt}.
 */
@QuarkusTest
@TestProfile(IngestBenchmark.Profile.class)
@Tag("benchmark")
class IngestBenchmark {

    /** The test configuration plus the benchmark-only {@link BenchSinkResource}. */
    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("archivo.bench.sink", "true");
        }
    }

    private static final double GOAL = 1.5;
    private static final String GEIH_FILE = "dane-geih_2024_ddi.xml";
    private static final String GEIH_IDNO = "DANE-DIMPE-GEIH-2024";
    private static final int GEIH_VARIABLES = 760;
    private static final Pattern GEIH_IDNO_ELEMENT = Pattern.compile("(<IDNo>\\s*)" + GEIH_IDNO + "(\\s*</IDNo>)");
    private static final Caller BENCH = new Caller("bench", Set.of(Caller.ADMIN), Set.of());

    private final int warmup = Integer.getInteger("bench.warmup", 5);
    private final int geihUploads = Integer.getInteger("bench.geih.uploads", 30);
    private final int syntheticCount = Integer.getInteger("bench.synthetic.count", 100);
    private final int syntheticVariables = Integer.getInteger("bench.synthetic.variables", 200);

    @TestHTTPResource("/api/v1/studies")
    URI studies;
    @TestHTTPResource("/bench/sink")
    URI sink;

    @Inject
    Optional<DdiSchema> schema;
    @Inject
    DdiReader reader;
    @Inject
    StudyIngestService ingest;
    @Inject
    ObjectMapper json;
    @Inject
    DataSource dataSource;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String authorization = "Basic " + Base64.getEncoder()
            .encodeToString(("admin:" + Api.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
    private final StringBuilder report = new StringBuilder();

    @Test
    void ingest() throws Exception {
        Path geihPath = Api.sharedDir().resolve("ddi-corpus").resolve(GEIH_FILE);
        boolean geihPresent = Files.isRegularFile(geihPath);
        byte[] geih = geihPresent ? Files.readAllBytes(geihPath) : null;

        header();
        List<Row> rows = new ArrayList<>();
        List<String> breakdown = new ArrayList<>();

        if (geihPresent) {
            IntFunction<byte[]> http = i -> geihVariant(geih, 'H', i);
            IntFunction<byte[]> local = i -> geihVariant(geih, 'L', i);
            rows.addAll(dataset("DANE GEIH 2024", geihUploads, http, local, GEIH_VARIABLES, breakdown));
        } else {
            line("DANE GEIH: SKIPPED, " + geihPath.toAbsolutePath().normalize()
                    + " not found (set -Darchivo.shared.dir to the shared material)");
        }

        IntFunction<byte[]> synHttp = i -> SyntheticCodebooks.codebook(i, SyntheticCodebooks.idno("BENCH-SYN-H", i),
                syntheticVariables);
        IntFunction<byte[]> synLocal = i -> SyntheticCodebooks.codebook(i, SyntheticCodebooks.idno("BENCH-SYN-L", i),
                syntheticVariables);
        checkSyntheticIsValid(synHttp.apply(0));
        rows.addAll(dataset("Generated DDI 2.5 (" + syntheticVariables + " var)", syntheticCount, synHttp, synLocal,
                syntheticVariables, breakdown));

        table(rows);
        if (geihPresent) {
        }
        line("");
        line("Where the time goes (p50 of each step, ms; same documents as above):");
        breakdown.forEach(this::line);
        line("");
        line("heap after run: " + mb(Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory())
                + " MiB used of " + mb(Runtime.getRuntime().maxMemory()) + " MiB max");
        save();
        assumeTrue(geihPresent, "DANE GEIH codebook not found at " + geihPath.toAbsolutePath().normalize()
                + ": only the generated codebooks were measured");
    }

    // ------------------------------------------------------------------------------------------------------------

    /**
     * One dataset: the HTTP uploads, the same bytes through bare validation and through the reader, then other
     * documents of the same size (different IDNos, so they are new studies too) through the ingest service in
     * process, and the JSON and SHA-256 steps of the store on their own.
     */
    private List<Row> dataset(String name, int count, IntFunction<byte[]> httpDocs, IntFunction<byte[]> localDocs,
            int expectedVariables, List<String> breakdown) throws Exception {
        // Rounds: round i < warmup warms up; the measured ones are warmup .. warmup + count - 1. Every round runs
        // every step on document i, so that all steps see the same conditions on a shared, noisy machine.
        long bytesMeasured = 0;
        long responseBytes = 0;
        int findings = -1;
        Phase httpPhase = new Phase(count);
        Phase sinkPhase = new Phase(count);
        Phase validatePhase = schema.isPresent() ? new Phase(count) : null;
        Phase readPhase = new Phase(count);
        Phase readPlainPhase = new Phase(count);
        Phase localPhase = new Phase(count);
        Phase answerPhase = new Phase(count);
        Phase jsonPhase = new Phase(count);
        Phase shaPhase = new Phase(count);
        DdiReader plain = new DdiReader(null);
        for (int i = 0; i < warmup + count; i++) {
            boolean measured = i >= warmup;
            byte[] doc = httpDocs.apply(i);

            // 1. the upload over HTTP, client-side wall time
            long t0 = System.nanoTime();
            HttpResponse<String> response = http.send(post(studies, doc), HttpResponse.BodyHandlers.ofString());
            long t1 = System.nanoTime();
            checkCreated(response, expectedVariables);
            if (measured) {
                httpPhase.add(t1 - t0);
                bytesMeasured += doc.length;
                responseBytes += response.body().getBytes(StandardCharsets.UTF_8).length;
            }

            // 2. the same bytes to an endpoint that only reads the body: the HTTP layer alone
            t0 = System.nanoTime();
            response = http.send(post(sink, doc), HttpResponse.BodyHandlers.ofString());
            t1 = System.nanoTime();
            assertEquals(200, response.statusCode(), response.body());
            assertEquals(doc.length, json.readTree(response.body()).path("bytes").asInt());
            if (measured) {
                sinkPhase.add(t1 - t0);
            }

            // 3. bare schema validation of the same bytes
            if (validatePhase != null) {
                t0 = System.nanoTime();
                ValidationReport report = schema.get().validateOnly(doc);
                t1 = System.nanoTime();
                assertTrue(report.schemaAvailable());
                findings = report.findingCount();
                if (measured) {
                    validatePhase.add(t1 - t0);
                }
            }

            // 4. the reader (the first step of ingest), with and without the schema
            List<Variable> variables = new ArrayList<>();
            t0 = System.nanoTime();
            DdiReadResult result = reader.read(new ByteArrayInputStream(doc), variables::add);
            t1 = System.nanoTime();
            plain.read(new ByteArrayInputStream(doc), v -> { });
            long t2 = System.nanoTime();
            assertEquals(expectedVariables, result.variableCount());
            if (measured) {
                readPhase.add(t1 - t0);
                readPlainPhase.add(t2 - t1);
            }

            // 5. the CPU steps of the store that are not database work: JSON of every variable, SHA-256
            t0 = System.nanoTime();
            long chars = json.writeValueAsString(result.study()).length()
                    + json.writeValueAsString(result.validation()).length();
            for (Variable v : variables) {
                chars += json.writeValueAsString(v).length();
            }
            t1 = System.nanoTime();
            MessageDigest.getInstance("SHA-256").digest(doc);
            t2 = System.nanoTime();
            assertTrue(chars > 0);
            if (measured) {
                jsonPhase.add(t1 - t0);
                shaPhase.add(t2 - t1);
            }

            // 6. the ingest service in process, on a document differing only in its IDNo (a new study too),
            // then what the resource does after ingest: Jackson writes the version view the ingest answered
            byte[] local = localDocs.apply(i);
            t0 = System.nanoTime();
            IngestOutcome outcome = ingest.ingest(new IngestRequest(local, null, null, false, null, BENCH));
            t1 = System.nanoTime();
            String answer = json.writeValueAsString(outcome.view());
            t2 = System.nanoTime();
            assertEquals(IngestOutcome.Kind.CREATED, outcome.kind(), "in-process ingest #" + i);
            assertTrue(answer.length() > 0);
            if (measured) {
                localPhase.add(t1 - t0);
                answerPhase.add(t2 - t1);
            }
        }

        long size = bytesMeasured / count; // the mean size; the in-process documents differ only in the IDNo
        List<Row> rows = List.of(new Row(name, "HTTP", count, size, httpPhase, validatePhase),
                new Row(name, "in-process", count, size, localPhase, validatePhase),
                new Row(name, "read only", count, size, readPhase, validatePhase));

        double store = localPhase.p50() - readPhase.p50();
        breakdown.add(String.format(Locale.ROOT, "  %s (%.2f MB, %d variables, %s schema findings, HTTP answer "
                + "%.1f KB):", name, size / 1e6, expectedVariables, findings < 0 ? "?" : findings,
                responseBytes / count / 1e3));
        if (validatePhase != null) {
            breakdown.add(String.format(Locale.ROOT, "    bare validateOnly                       %8.1f", validatePhase.p50()));
        }
        breakdown.add(String.format(Locale.ROOT, "    reader without schema (parse + model)   %8.1f", readPlainPhase.p50()));
        breakdown.add(String.format(Locale.ROOT, "    reader with schema (one SAX pass)       %8.1f", readPhase.p50()));
        breakdown.add(String.format(Locale.ROOT, "    store = in-process ingest - read        %8.1f  of which JSON %.1f, SHA-256 %.1f, "
                + "database (persist, flush, commit) ~%.1f", store, jsonPhase.p50(), shaPhase.p50(),
                store - jsonPhase.p50() - shaPhase.p50()));
        breakdown.add(String.format(Locale.ROOT, "    HTTP = HTTP ingest - in-process ingest  %8.1f  of which the answer "
                + "(VersionView JSON) %.1f", httpPhase.p50() - localPhase.p50(), answerPhase.p50()));
        breakdown.add(String.format(Locale.ROOT, "    same upload to a sink endpoint          %8.1f  (transfer, auth, routing, "
                + "BoundedBody copy; nothing else)", sinkPhase.p50()));
        httpPhase.end();
        breakdown.add(String.format(Locale.ROOT, "    GC during the measured rounds (collections / ms): %s", httpPhase.gc()));
        return rows;
    }


    private HttpRequest post(URI uri, byte[] doc) {
        return HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/xml")
                .header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofByteArray(doc))
                .build();
    }

    private static byte[] geihVariant(byte[] geih, char kind, int index) {
        String text = new String(geih, StandardCharsets.UTF_8);
        Matcher m = GEIH_IDNO_ELEMENT.matcher(text);
        if (!m.find()) {
            fail(GEIH_FILE + " has no <IDNo>" + GEIH_IDNO + "</IDNo>");
        }
        // the same length for every upload, e.g. DANE-DIMPE-GEIH-2024-H0007
        String idno = String.format(Locale.ROOT, "%s-%c%04d", GEIH_IDNO, kind, index);
        return (text.substring(0, m.start()) + m.group(1) + idno + m.group(2) + text.substring(m.end()))
                .getBytes(StandardCharsets.UTF_8);
    }

    private void checkCreated(HttpResponse<String> response, int expectedVariables) throws IOException {
        if (response.statusCode() != 201) {
            fail("upload answered " + response.statusCode() + ", expected 201: " + response.body());
        }
        JsonNode body = json.readTree(response.body());
        assertEquals("created", body.path("result").asText(), response.body());
        assertEquals(expectedVariables, body.path("version").path("variableCount").asInt(), "variableCount");
    }

    private void checkSyntheticIsValid(byte[] doc) {
        if (schema.isEmpty()) {
            line("Generated codebooks: NOT checked against the schema (no schema installed)");
            return;
        }
        ValidationReport report = schema.get().validateOnly(doc);
        if (report.findingCount() != 0) {
            fail("The generated DDI 2.5 codebook is not schema-valid (" + report.findingCount() + " findings): "
                    + report);
        }
        line("Generated codebooks: sample checked, schema-valid (0 findings)");
    }

    // --- output -------------------------------------------------------------------------------------------------

    private void header() {
        var runtime = ManagementFactory.getRuntimeMXBean();
        var config = ConfigProvider.getConfig();
        line("");
        line("=== Archivo ingest benchmark, " + OffsetDateTime.now().withNano(0) + " ===");
        line("JVM: " + runtime.getVmName() + " " + runtime.getVmVersion() + " (" + System.getProperty("java.vendor")
                + "), " + Runtime.getRuntime().availableProcessors() + " CPUs, heap max "
                + mb(Runtime.getRuntime().maxMemory()) + " MiB, args " + runtime.getInputArguments().stream()
                        .filter(a -> a.startsWith("-X")).toList());
        line("Database: " + config.getOptionalValue("quarkus.datasource.db-kind", String.class).orElse("?") + " "
                + config.getOptionalValue("quarkus.datasource.jdbc.url", String.class).orElse("")
                + ", statement-batch-size "
                + config.getOptionalValue("quarkus.hibernate-orm.jdbc.statement-batch-size", String.class).orElse("?"));
        line("Schema validation: " + schema.map(s -> "ACTIVE, " + s.label() + " from " + s.entry())
                .orElse("NOT ACTIVE (no DDI schema installed): uploads are not validated, no ratio is computed"));
        line("Warm-up " + warmup + " per phase; GEIH uploads " + geihUploads + "; generated codebooks "
                + syntheticCount + " x " + syntheticVariables + " variables");
    }

    private void table(List<Row> rows) {
        line("");
        line("Per upload; MB = 10^6 bytes; MB/s = size / p50; ratio = ingest p50 / validateOnly p50; goal ratio <= "
                + GOAL);
        String format = "%-28s %-10s %7s %7s | %9s %9s %8s | %9s %9s %8s | %6s %s";
        line(String.format(Locale.ROOT, format, "dataset", "path", "uploads", "MB", "ingest50", "ingest99", "MB/s",
                "valid50", "valid99", "MB/s", "ratio", "goal"));
        line("-".repeat(130));
        for (Row r : rows) {
            Phase v = r.validate();
            double ratio = v == null ? Double.NaN : r.ingest().p50() / v.p50();
            String verdict = v == null ? "n/a (no schema)" : ratio <= GOAL ? "PASS" : "FAIL";
            if (r.path().equals("read only")) {
                verdict += " (reader alone)";
            }
            line(String.format(Locale.ROOT, format, r.dataset(), r.path(), r.uploads(),
                    String.format(Locale.ROOT, "%.2f", r.size() / 1e6),
                    ms(r.ingest().p50()), ms(r.ingest().p99()), mbs(r.size(), r.ingest().p50()),
                    v == null ? "-" : ms(v.p50()), v == null ? "-" : ms(v.p99()),
                    v == null ? "-" : mbs(r.size(), v.p50()),
                    v == null ? "-" : String.format(Locale.ROOT, "%.2f", ratio), verdict));
        }
    }

    private void line(String s) {
        System.out.println("[ingest-benchmark] " + s);
        report.append(s).append('\n');
    }

    private void save() throws IOException {
        String db = ConfigProvider.getConfig().getOptionalValue("quarkus.datasource.db-kind", String.class).orElse("db");
        Path out = Path.of("target", "benchmarks", "ingest-" + db + ".txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println("[ingest-benchmark] written to " + out.toAbsolutePath());
    }

    private static String ms(double ms) {
        return String.format(Locale.ROOT, "%.1f", ms);
    }

    private static String mbs(long bytes, double ms) {
        return String.format(Locale.ROOT, "%.1f", bytes / 1e6 / (ms / 1e3));
    }

    private static long mb(long bytes) {
        return bytes >> 20;
    }

    private record Row(String dataset, String path, int uploads, long size, Phase ingest, Phase validate) {
    }

    /** The wall times of one measured phase, and the GC work that happened during it. */
    private static final class Phase {
        private final long[] nanos;
        private int n;
        private long gcCount0;
        private long gcMillis0;
        private long gcCount;
        private long gcMillis;

        Phase(int count) {
            nanos = new long[count];
        }

        /** The first measured time starts the GC accounting: warm-up work is left out. */
        void add(long t) {
            if (n == 0) {
                gcCount0 = gcCount();
                gcMillis0 = gcMillis();
            }
            nanos[n++] = t;
        }

        void end() {
            gcCount = gcCount() - gcCount0;
            gcMillis = gcMillis() - gcMillis0;
        }

        /** Nearest-rank percentile, in ms. */
        double percentile(double p) {
            long[] sorted = Arrays.copyOf(nanos, n);
            Arrays.sort(sorted);
            int rank = (int) Math.ceil(p / 100.0 * n);
            return sorted[Math.max(0, rank - 1)] / 1e6;
        }

        double p50() {
            return percentile(50);
        }

        double p99() {
            return percentile(99);
        }

        String gc() {
            return gcCount + "/" + gcMillis;
        }

        private static long gcCount() {
            return ManagementFactory.getGarbageCollectorMXBeans().stream()
                    .mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
        }

        private static long gcMillis() {
            return ManagementFactory.getGarbageCollectorMXBeans().stream()
                    .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
        }
    }
}
