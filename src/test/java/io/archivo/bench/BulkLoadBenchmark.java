package io.archivo.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.archivo.bench.search.JfrProfile;
import io.archivo.ddi.DdiSchema;
import io.archivo.ddi.ValidationReport;
import io.archivo.search.indexing.StudyIndexer;
import io.archivo.testsupport.Api;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The bulk-load benchmark (docs/benchmarks.md, "Bulk load"): loads {@code bench.bulk.count} generated Spanish DDI 2.5
 * codebooks of {@code bench.bulk.variables} variables through the API twice, once as ZIP imports
 * ({@code POST /api/v1/imports}, {@code bench.bulk.zip-files} files per ZIP, all ZIPs submitted at once) and once as
 * single uploads ({@code POST /api/v1/studies}) from {@code bench.bulk.clients} concurrent clients; then publishes the
 * imported studies in lists of 1,000 ({@code POST /api/v1/studies/publish}). For each phase it prints studies/s,
 * variables/s, the time until the search index holds them all, and heap after GC and RSS before and after.
 *
 * <p>Asserts correctness only: every file created, every upload 201, the index consistent with the database at the
 * end. Settings: {@code -Dbench.bulk.count} (10000; {@code -Dbench.bulk.count=1000} for a quick run),
 * {@code bench.bulk.variables} (100), {@code bench.bulk.clients} (4), {@code bench.bulk.zip-files} (2000),
 * {@code bench.bulk.publish} (true), {@code bench.bulk.import-publish} (false: true publishes with the import,
 * {@code ?publish=true}, instead of a bulk publication after it), {@code bench.bulk.jfr} (false: with true the phases are recorded to
 * {@code target/benchmarks/bulk-load-*.jfr}). The report goes to {@code target/benchmarks/bulk-load.txt}.
 * On H2 the database is a file with {@code WRITE_DELAY=0}, as in the embedded default, not the in-memory test
 * database: 10,000 studies would not fit the heap, and memory would not be flat by construction.
 */
@QuarkusTest
@TestProfile(BulkLoadBenchmark.Profile.class)
@Tag("benchmark")
class BulkLoadBenchmark {

    static final Path WORK = Path.of("target", "bench-bulk");

    /** Limits of the embedded default (1 GiB expanded, 10,000 files per ZIP), a data directory of its own. */
    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            BenchFiles.deleteRecursively(WORK);
            Map<String, String> config = new HashMap<>(Map.of(
                    "archivo.data-dir", WORK.resolve("data").toString(),
                    "archivo.imports.max-expanded-bytes", "1073741824",
                    "archivo.imports.max-entries", "10000",
                    "quarkus.log.category.\"io.archivo\".level", "WARN"));
            if ("h2".equals(System.getProperty("quarkus.datasource.db-kind", "h2"))) {
                config.put("quarkus.datasource.jdbc.url", "jdbc:h2:file:" + WORK.toAbsolutePath().resolve("db/archivo")
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000;WRITE_DELAY=0");
            }
            return config;
        }
    }

    private final int count = Integer.getInteger("bench.bulk.count", 10_000);
    private final int variables = Integer.getInteger("bench.bulk.variables", 100);
    private final int clients = Integer.getInteger("bench.bulk.clients", 4);
    private final int zipFiles = Integer.getInteger("bench.bulk.zip-files", 2_000);
    private final boolean publish = Boolean.parseBoolean(System.getProperty("bench.bulk.publish", "true"));
    /** Publish with the import ({@code POST /imports?publish=true}) instead of a bulk publication afterwards. */
    private final boolean importPublish = Boolean.parseBoolean(System.getProperty("bench.bulk.import-publish", "false"));
    private final boolean jfr = Boolean.parseBoolean(System.getProperty("bench.bulk.jfr", "false"));

    /** Where a phase's CPU goes, by the code on the stack (inclusive shares). */
    private static final Map<String, String> PROFILE_LABELS = profileLabels();

    private static Map<String, String> profileLabels() {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        m.put("io.archivo.ddi.DdiReader.read", "DDI read + schema validation (one SAX pass)");
        m.put("com.sun.org.apache.xerces.internal.jaxp.validation", "  of which the schema validator");
        m.put("io.archivo.archive.service.StudyIngestService.store", "store (the ingest transaction)");
        m.put("io.archivo.archive.service.StoredDescriptions.write", "  JSON of description, report, variables");
        m.put("io.archivo.archive.domain.StudyVariableRepository.insertAll", "  variable rows (JDBC batch)");
        m.put("io.archivo.archive.imports.ImportService", "ImportService (the import worker)");
        m.put("io.archivo.search.indexing.StudyIndexer.write", "indexing: one study read and written");
        m.put("io.archivo.archive.catalogue.StudyCatalogue.indexable", "  reading the study back (catalogue)");
        m.put("io.archivo.search.indexing.StudyDocumentFactory", "  building the index documents");
        m.put("org.apache.lucene.index.IndexWriter.updateDocuments", "  Lucene updateDocuments");
        m.put("org.apache.lucene.search.ReferenceManager.maybeRefreshBlocking", "  Lucene refresh (NRT reopen)");
        m.put("org.apache.lucene.index.ConcurrentMergeScheduler", "Lucene merges");
        m.put("io.archivo.harvest", "OAI-PMH records (harvest)");
        m.put("io.archivo.archive.service.StudyPublicationService", "publication");
        m.put("io.archivo.access", "access (auth, policy)");
        m.put("org.h2", "H2 database");
        m.put("org.postgresql", "PostgreSQL driver");
        m.put("org.hibernate", "Hibernate");
        m.put("com.fasterxml.jackson", "Jackson (all)");
        m.put("io.vertx", "Vert.x (HTTP)");
        m.put("jdk.internal.net.http", "the benchmark's HTTP clients");
        return m;
    }

    @TestHTTPResource("/api/v1/")
    URI api;
    @Inject
    Optional<DdiSchema> schema;
    @Inject
    StudyIndexer indexer;
    @Inject
    ObjectMapper json;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String authorization = "Basic " + Base64.getEncoder()
            .encodeToString(("admin:" + Api.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
    private final StringBuilder report = new StringBuilder();

    @Test
    void bulkLoad() throws Exception {
        header();
        checkSyntheticIsValid();
        Path zips = Files.createDirectories(WORK.resolve("zips"));
        Path singles = Files.createDirectories(WORK.resolve("singles"));
        long t0 = System.nanoTime();
        List<Path> zipList = writeZips(zips);
        List<Path> singleList = writeSingles(singles);
        line(String.format(Locale.ROOT, "generated %,d + %,d codebooks (%.1f MB as files, ZIPs %.1f MB) in %.1f s",
                count, count, size(singleList) / 1e6, size(zipList) / 1e6, (System.nanoTime() - t0) / 1e9));
        line("");
        line(String.format(Locale.ROOT, "%-34s %8s %9s %10s %12s %10s | %-22s %-22s", "phase", "studies", "seconds",
                "studies/s", "variables/s", "indexed s", "heap after GC MiB", "RSS MiB"));
        line("-".repeat(140));

        Memory start = Memory.now();
        line(String.format(Locale.ROOT, "%-34s %8s %9s %10s %12s %10s | %-22s %-22s", "start", "", "", "", "", "",
                start.heap(), start.rss()));

        List<String> imported = measure("ZIP import (" + zipList.size() + " ZIPs" + (importPublish ? ", publish=true" : "")
                + ")", "zip", () -> importZips(zipList));
        if (publish && !importPublish) {
            measure("bulk publish (lists of 1000)", "publish", () -> publishAll(imported));
        }
        measure("single uploads (" + clients + " clients)", "uploads", () -> uploadAll(singleList));

        Memory end = Memory.now();
        line("");
        line(String.format(Locale.ROOT, "heap after GC %d → %d MiB, RSS %d → %d MiB (max heap %d MiB)", start.heap(),
                end.heap(), start.rss(), end.rss(), Runtime.getRuntime().maxMemory() >> 20));
        StudyIndexer.Consistency consistency = indexer.consistency(5);
        line("index against the database at the end: " + consistency);
        assertTrue(consistency.consistent(), consistency.toString());
        save();
        BenchFiles.deleteRecursively(zips);
        BenchFiles.deleteRecursively(singles);
    }

    // --- phases -------------------------------------------------------------------------------------------------

    @FunctionalInterface
    private interface Phase {
        List<String> run() throws Exception;
    }

    /** Runs a phase, then waits until the index holds what it changed; one report line. */
    private List<String> measure(String name, String file, Phase phase) throws Exception {
        JfrProfile profile = jfr ? new JfrProfile(Path.of("target", "benchmarks", "bulk-load-" + file + ".jfr")) : null;
        long gc0 = gcMillis();
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        List<String> idnos = phase.run();
        long t1 = System.nanoTime();
        awaitIndex();
        long t2 = System.nanoTime();
        long cpu = processCpuNanos() - cpu0;
        long gc = gcMillis() - gc0;
        if (profile != null) {
            profile.close();
        }
        Memory memory = Memory.now();
        List<String> summary = profile == null ? List.of() : profile.summary(PROFILE_LABELS, 25);
        double seconds = (t1 - t0) / 1e9;
        line(String.format(Locale.ROOT, "%-34s %,8d %9.1f %10.1f %,12.0f %10.1f | %-22s %-22s", name, idnos.size(),
                seconds, idnos.size() / seconds, (double) idnos.size() * variables / seconds, (t2 - t0) / 1e9,
                memory.heap(), memory.rss()));
        line(String.format(Locale.ROOT, "    (GC %d ms; searchable after %.1f s = %.1f studies/s; process CPU %.1f ms per "
                + "study until searchable, the load-robust figure on a shared machine)", gc, (t2 - t0) / 1e9,
                idnos.size() / ((t2 - t0) / 1e9), cpu / 1e6 / idnos.size()));
        summary.forEach(l -> line("    " + l));
        return idnos;
    }

    /** Submits every ZIP, then polls the jobs until all are done; the IDNos of the studies they created. */
    private List<String> importZips(List<Path> zipList) throws Exception {
        List<String> jobs = new ArrayList<>();
        for (Path zip : zipList) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(api.resolve(
                    importPublish ? "imports?publish=true" : "imports"))
                    .header("Content-Type", "application/zip").header("Authorization", authorization)
                    .POST(HttpRequest.BodyPublishers.ofFile(zip)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(202, response.statusCode(), response.body());
            jobs.add(json.readTree(response.body()).path("id").asText());
        }
        List<String> idnos = new ArrayList<>();
        for (String job : jobs) {
            JsonNode done = awaitJob(job);
            assertEquals("done", done.path("state").asText(), done.toString());
            for (JsonNode file : done.path("files")) {
                if (!"created".equals(file.path("result").asText())
                        || importPublish != file.path("published").asBoolean(false)) {
                    fail("import file not created: " + file);
                }
                idnos.add(file.path("idno").asText());
            }
        }
        assertEquals(count, idnos.size());
        return idnos;
    }

    private JsonNode awaitJob(String id) throws Exception {
        while (true) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(api.resolve("imports/" + id))
                    .header("Authorization", authorization).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response.body());
            JsonNode job = json.readTree(response.body());
            if (List.of("done", "failed", "interrupted").contains(job.path("state").asText())) {
                return job;
            }
            Thread.sleep(200);
        }
    }

    private List<String> publishAll(List<String> idnos) throws Exception {
        for (int from = 0; from < idnos.size(); from += 1000) {
            List<String> list = idnos.subList(from, Math.min(idnos.size(), from + 1000));
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(api.resolve("studies/publish"))
                    .header("Content-Type", "application/json").header("Authorization", authorization)
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("idnos", list))))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response.body());
        }
        return idnos;
    }

    /** {@code clients} threads, each uploading the next file until none is left. */
    private List<String> uploadAll(List<Path> files) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                results.add(pool.submit(() -> {
                    List<String> mine = new ArrayList<>();
                    for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
                        HttpResponse<String> response = http.send(HttpRequest.newBuilder(api.resolve("studies"))
                                .header("Content-Type", "application/xml").header("Authorization", authorization)
                                .POST(HttpRequest.BodyPublishers.ofFile(files.get(i))).build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() != 201) {
                            fail("upload " + files.get(i) + " answered " + response.statusCode() + ": " + response.body());
                        }
                        JsonNode body = json.readTree(response.body());
                        assertEquals(variables, body.path("version").path("variableCount").asInt());
                        mine.add(body.path("idno").asText());
                    }
                    return mine;
                }));
            }
            List<String> idnos = new ArrayList<>();
            for (Future<List<String>> r : results) {
                idnos.addAll(r.get());
            }
            assertEquals(count, idnos.size());
            return idnos;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Until every study is in the index at its current revision (drafts are indexed in the background). */
    private void awaitIndex() throws InterruptedException {
        long deadline = System.nanoTime() + 600_000_000_000L;
        while (!indexer.consistency(0).consistent()) {
            if (System.nanoTime() > deadline) {
                fail("index not consistent after 10 minutes: " + indexer.consistency(5));
            }
            // each check reads every study's revision from the index and the database: not too often
            Thread.sleep(1000);
        }
    }

    // --- documents ----------------------------------------------------------------------------------------------

    private List<Path> writeZips(Path dir) throws IOException {
        List<Path> zips = new ArrayList<>();
        for (int from = 0; from < count; from += zipFiles) {
            Path zip = dir.resolve(String.format(Locale.ROOT, "bulk-%05d.zip", from));
            try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
                for (int i = from; i < Math.min(count, from + zipFiles); i++) {
                    String idno = SyntheticCodebooks.idno("BULK-ZIP", i);
                    out.putNextEntry(new ZipEntry(idno + ".xml"));
                    out.write(SyntheticCodebooks.codebook(i, idno, variables));
                    out.closeEntry();
                }
            }
            zips.add(zip);
        }
        return zips;
    }

    private List<Path> writeSingles(Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String idno = SyntheticCodebooks.idno("BULK-UP", i);
            Path file = dir.resolve(idno + ".xml");
            try (OutputStream out = Files.newOutputStream(file)) {
                out.write(SyntheticCodebooks.codebook(i, idno, variables));
            }
            files.add(file);
        }
        return files;
    }

    private void checkSyntheticIsValid() {
        if (schema.isEmpty()) {
            line("Generated codebooks: NOT checked against the schema (no schema installed, uploads not validated)");
            return;
        }
        ValidationReport report = schema.get().validateOnly(SyntheticCodebooks.codebook(0, "BULK-CHECK", variables));
        if (report.findingCount() != 0) {
            fail("The generated codebook is not schema-valid (" + report.findingCount() + " findings): " + report);
        }
        line("Generated codebooks: sample checked, schema-valid (0 findings); schema validation ACTIVE");
    }

    // --- output -------------------------------------------------------------------------------------------------

    private void header() {
        var runtime = ManagementFactory.getRuntimeMXBean();
        var config = ConfigProvider.getConfig();
        line("");
        line("=== Archivo bulk-load benchmark, " + OffsetDateTime.now().withNano(0) + " ===");
        line("JVM: " + runtime.getVmName() + " " + runtime.getVmVersion() + ", "
                + Runtime.getRuntime().availableProcessors() + " CPUs, heap max "
                + (Runtime.getRuntime().maxMemory() >> 20) + " MiB; load average "
                + String.format(Locale.ROOT, "%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        line("Database: " + config.getOptionalValue("quarkus.datasource.db-kind", String.class).orElse("?") + " "
                + config.getOptionalValue("quarkus.datasource.jdbc.url", String.class).orElse(""));
        line(String.format(Locale.ROOT, "%,d codebooks x %d variables per path; %d files per ZIP; %d upload clients; "
                + "publish %s (with the import: %s); JFR %s", count, variables, zipFiles, clients, publish, importPublish, jfr));
    }

    private void line(String s) {
        System.out.println("[bulk-load] " + s);
        report.append(s).append('\n');
    }

    private void save() throws IOException {
        line("load average at the end: " + String.format(Locale.ROOT, "%.1f",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        Path out = Path.of("target", "benchmarks", "bulk-load.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println("[bulk-load] written to " + out.toAbsolutePath());
    }

    private static long size(List<Path> files) throws IOException {
        long total = 0;
        for (Path f : files) {
            total += Files.size(f);
        }
        return total;
    }

    /** CPU time of the whole JVM (service, database and clients), which a busy machine does not inflate much. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    /** Heap used after a full GC, and the resident set size of the process, both in MiB. */
    private record Memory(long heap, long rss) {
        static Memory now() {
            System.gc();
            System.gc();
            long used = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
            return new Memory(used >> 20, rssMb());
        }

        private static long rssMb() {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                    if (line.startsWith("VmRSS:")) {
                        return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                    }
                }
            } catch (IOException e) {
                // not Linux
            }
            return -1;
        }
    }
}
