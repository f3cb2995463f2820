package io.archivo.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A full OAI-PMH harvest, {@code ListRecords} in {@code oai_ddi25} over resumption tokens, of N studies
 * ({@code -Dbench.oai.studies}, default 10,000; each a synthetic DDI 2.5 codebook of
 * {@code -Dbench.oai.variables} variables, default 10, with its fileDscr and dataDscr). Reports records/s, MB/s,
 * records per CPU-second of the JVM (less sensitive to a busy machine than the wall time) and the heap (used after
 * a GC) at each quarter of the harvest, to show it stays flat.
 * <p>
 * Mode: the records are written straight into {@code harvest_record}, the table the endpoint reads, as the archive's
 * publication would leave them (the publication path itself is IngestBenchmark's subject); the harvest is plain
 * HTTP/1.1 from the JDK client against the running application, production page size (100 records), every body
 * read completely. Server and client share one JVM (-Xmx1g). Run with
 * {@code ./mvnw -B test -Pbench -Dtest=OaiHarvestBenchmark [-Dbench.oai.studies=2000]} (add
 * {@code -Ppostgresql -Darchivo.test.jdbc-url=…} for PostgreSQL).
 */
@QuarkusTest
@TestProfile(OaiHarvestBenchmark.ProductionPages.class)
@Tag("benchmark")
class OaiHarvestBenchmark {

    /** The production page sizes instead of the test suite's tiny ones. */
    public static class ProductionPages implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("archivo.harvest.page-size", "100", "archivo.harvest.identifiers-page-size", "500",
                    "archivo.data-dir", "target/test-data-oai-bench");
        }
    }

    private static final int STUDIES = Integer.getInteger("bench.oai.studies", 10_000);
    private static final int VARIABLES = Integer.getInteger("bench.oai.variables", 10);
    private static final String PREFIX = "BENCH-OAI";
    private static final Pattern TOKEN = Pattern.compile("<resumptionToken[^>]*>([^<]+)</resumptionToken>");
    private static final byte[] RECORD = "<record>".getBytes(StandardCharsets.US_ASCII);

    @TestHTTPResource("/")
    URI base;

    @Inject
    DataSource db;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void fullListRecordsHarvestInDdi() throws Exception {
        long seeded = seed();
        System.out.printf(Locale.ROOT, "[oai-benchmark] seeded %d records (%d variables each, %.1f MB of DDI)%n",
                STUDIES, VARIABLES, seeded / 1e6);
        try {
            harvest(); // warm-up: JIT, connection, caches
            long[] heap = new long[5];
            heap[0] = usedAfterGc();
            long cpu0 = cpuNanos();
            long t = System.nanoTime();
            long[] result = harvest(heap);
            double seconds = (System.nanoTime() - t) / 1e9;
            double cpu = (cpuNanos() - cpu0) / 1e9; // includes the five GCs of the heap samples
            System.out.printf(Locale.ROOT, "[oai-benchmark] ListRecords oai_ddi25, %d records in %d pages, %.1f MB: %.2f s"
                    + " = %.0f records/s, %.1f MB/s%n", result[0], result[1], result[2] / 1e6, seconds,
                    result[0] / seconds, result[2] / 1e6 / seconds);
            // on a shared machine the wall time depends on the load; the CPU time the JVM used (server and client
            // together) does much less
            System.out.printf(Locale.ROOT, "[oai-benchmark] CPU time of the JVM (server + client): %.2f s = %.0f records"
                    + " per CPU-second; load average %.1f%n", cpu, result[0] / cpu,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            System.out.printf(Locale.ROOT, "[oai-benchmark] heap used after GC (MB) at 0/25/50/75/100%% of the harvest:"
                    + " %d / %d / %d / %d / %d (max heap %d MB)%n", heap[0] >> 20, heap[1] >> 20, heap[2] >> 20,
                    heap[3] >> 20, heap[4] >> 20, Runtime.getRuntime().maxMemory() >> 20);
            System.out.printf(Locale.ROOT, "[oai-benchmark] database: %s; %d processors%n",
                    db.getConnection().getMetaData().getDatabaseProductName(), Runtime.getRuntime().availableProcessors());
            assertTrue(result[0] >= STUDIES);
        } finally {
            clean();
        }
    }

    private long[] harvest() throws Exception {
        return harvest(null);
    }

    /** Records, pages and bytes of one full harvest; samples the heap at each quarter when {@code heap} is given. */
    private long[] harvest(long[] heap) throws Exception {
        long records = 0;
        long pages = 0;
        long bytes = 0;
        int quarter = 1;
        String query = "verb=ListRecords&metadataPrefix=oai_ddi25";
        while (query != null) {
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(base.resolve("oai?" + query)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, r.statusCode());
            byte[] body = r.body();
            bytes += body.length;
            pages++;
            records += count(body);
            String text = new String(body, Math.max(0, body.length - 2048), Math.min(body.length, 2048),
                    StandardCharsets.UTF_8);
            Matcher m = TOKEN.matcher(text);
            query = m.find() ? "verb=ListRecords&resumptionToken=" + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8)
                    : null;
            if (heap != null && quarter <= 4 && records >= (long) STUDIES * quarter / 4) {
                heap[quarter++] = usedAfterGc();
            }
        }
        while (heap != null && quarter <= 4) {
            heap[quarter++] = usedAfterGc();
        }
        return new long[] { records, pages, bytes };
    }

    private static long count(byte[] body) {
        long n = 0;
        outer:
        for (int i = 0; i <= body.length - RECORD.length; i++) {
            for (int j = 0; j < RECORD.length; j++) {
                if (body[i + j] != RECORD[j]) {
                    continue outer;
                }
            }
            n++;
        }
        return n;
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long usedAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Writes the records in batches; returns the bytes of DDI written. */
    private long seed() throws Exception {
        clean();
        long t = System.nanoTime();
        long bytes = 0;
        Timestamp now = Timestamp.from(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement id = c.prepareStatement("select nextval('harvest_record_seq')");
                    PreparedStatement rec = c.prepareStatement("insert into harvest_record (id, idno, datestamp, deleted,"
                            + " fingerprint, ddi, dc) values (?, ?, ?, false, ?, ?, ?)");
                    PreparedStatement set = c.prepareStatement("insert into harvest_record_set (record_id, spec)"
                            + " values (?, ?)")) {
                for (int i = 0; i < STUDIES; i++) {
                    String idno = SyntheticCodebooks.idno(PREFIX, i);
                    String doc = new String(SyntheticCodebooks.codebook(i, idno, VARIABLES), StandardCharsets.UTF_8);
                    byte[] codeBook = doc.substring(doc.indexOf("?>") + 2).strip().getBytes(StandardCharsets.UTF_8);
                    bytes += codeBook.length;
                    long key;
                    try (var rs = id.executeQuery()) {
                        rs.next();
                        key = rs.getLong(1);
                    }
                    rec.setLong(1, key);
                    rec.setString(2, idno);
                    rec.setTimestamp(3, now);
                    rec.setString(4, "bench");
                    rec.setBytes(5, codeBook);
                    rec.setString(6, "<oai_dc:dc/>");
                    rec.addBatch();
                    set.setLong(1, key);
                    set.setString(2, "department:bench");
                    set.addBatch();
                    if (i % 500 == 499) {
                        rec.executeBatch();
                        set.executeBatch();
                        c.commit();
                    }
                }
                rec.executeBatch();
                set.executeBatch();
                c.commit();
            }
        }
        System.out.printf(Locale.ROOT, "[oai-benchmark] seeding took %.1f s%n", (System.nanoTime() - t) / 1e9);
        return bytes;
    }

    private void clean() throws Exception {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("delete from harvest_record_set where record_id in (select id from harvest_record"
                    + " where idno like '" + PREFIX + "-%')");
            s.executeUpdate("delete from harvest_record where idno like '" + PREFIX + "-%'");
        }
    }
}
