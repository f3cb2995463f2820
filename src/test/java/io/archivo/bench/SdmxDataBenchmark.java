package io.archivo.bench;

import static io.archivo.bench.http.Latencies.percentileMs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archivo.bench.http.KeepAliveClient;
import io.archivo.bench.http.ServerTimes;
import io.archivo.bench.search.JfrProfile;
import io.archivo.sdmx.data.DataflowCatalog;
import io.archivo.sdmx.data.DataflowStructure;
import io.archivo.sdmx.model.DataAttribute;
import io.archivo.sdmx.model.Dimension;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * SDMX data at scale (issue 13): N observations ({@code -Dbench.sdmx.observations}, default 1,000,000) in one
 * dataflow, as series of 1,000 monthly observations (1940-01 … 2023-04), loaded, queried and exported.
 * <ol>
 * <li>Load: plain-CSV tables of {@code -Dbench.sdmx.chunk} rows (default 100,000) POSTed by the department's editor
 * to {@code /api/v1/processes/SAL-01/data?action=Append} — the product's load path (parsing, validation against the
 * DSD, one transaction per table); load time and rows/s.</li>
 * <li>Key query: {@code GET /sdmx/rest/data/SAL-01/{one full series key}} (1,000 observations; the key drawn at
 * random among the loaded series) in SDMX-CSV 1.0 and SDMX-ML 2.1 GenericData, p50/p99 at 1 and 16 clients,
 * against the same selection in plain SQL over JDBC on the same table (every column the product reads, every row
 * read).</li>
 * <li>Full export: every observation of the dataflow in SDMX-CSV 1.0 over HTTP, against the same rows written by
 * the database itself: PostgreSQL {@code COPY (SELECT …) TO STDOUT (FORMAT csv)} through the JDBC CopyManager; on
 * H2 (which has no COPY to a stream) a plain JDBC select written as CSV. The heap used after a GC is sampled at
 * each quarter of the export to show the answer streams in constant memory.</li>
 * </ol>
 * Mode: server and client share one JVM (-Xmx1g); HTTP/1.1 clients on kept-alive connections (KeepAliveClient;
 * {@code -Dbench.client=jdk}: the JDK HttpClient); on H2 the embedded <b>file</b> database of
 * the default configuration (a fresh one under target/test-data-sdmx-bench every run), not the test suite's
 * in-memory one. Figures are printed and written to {@code target/benchmarks/sdmx-data.txt}; with
 * {@code -Dbench.jfr=true} (default) an extra, unreported 16-client key-query phase and an extra export are
 * recorded with JFR and summarised; {@code -Dbench.sdmx.reuse=true} keeps the observations of a previous run of the
 * same size (H2 file or PostgreSQL database) and only queries. Run:
 * {@code ./mvnw -B test -Pbench -Dtest=SdmxDataBenchmark [-Dbench.sdmx.observations=10000000]}, for PostgreSQL add
 * {@code -Ppostgresql -Darchivo.test.jdbc-url=jdbc:postgresql://127.0.0.1:5432/DB}.
 */
@QuarkusTest
@TestProfile(SdmxDataBenchmark.FileDatabase.class)
@Tag("benchmark")
class SdmxDataBenchmark {

    static final Path DATA_DIR = Path.of("target/test-data-sdmx-bench").toAbsolutePath();

    /** The demo catalogue (for its dataflow SAL-01); on H2 the default embedded file database, created afresh. */
    public static class FileDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new LinkedHashMap<>();
            config.put("archivo.demo", "true");
            config.put("archivo.data-dir", DATA_DIR.toString());
            if (!"postgresql".equals(System.getProperty("quarkus.datasource.db-kind"))) {
                if (!REUSE) {
                    BenchFiles.deleteRecursively(DATA_DIR);
                }
                // the production URL of application.properties, on the benchmark's data directory
                config.put("quarkus.datasource.jdbc.url", "jdbc:h2:file:" + DATA_DIR + "/db/archivo;MODE=PostgreSQL;"
                        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000;WRITE_DELAY=0");
            }
            return config;
        }
    }

    static final String FLOW = "SAL-01";
    static final long OBSERVATIONS = Long.getLong("bench.sdmx.observations", 1_000_000L);
    static final int PER_SERIES = 1000;
    static final int CHUNK = Integer.getInteger("bench.sdmx.chunk", 100_000);
    static final double WARMUP = Double.parseDouble(System.getProperty("bench.sdmx.warmup", "3"));
    static final double SECONDS = Double.parseDouble(System.getProperty("bench.sdmx.seconds", "10"));
    /** Keep the observations a previous run loaded (same count) and skip the load: for repeating the queries. */
    static final boolean REUSE = Boolean.getBoolean("bench.sdmx.reuse");
    /** Timed export rounds (HTTP, then the database's own CSV), for a median ratio. */
    static final int EXPORTS = Integer.getInteger("bench.sdmx.exports", 3);
    static final boolean JFR = Boolean.parseBoolean(System.getProperty("bench.jfr", "true"));
    static final String CSV10 = "application/vnd.sdmx.data+csv;version=1.0.0";
    static final String GENERIC = "application/vnd.sdmx.genericdata+xml;version=2.1";
    static final String EDITOR = "Basic " + Base64.getEncoder()
            .encodeToString("editor-salud:editor-test-password".getBytes(StandardCharsets.UTF_8));

    @TestHTTPResource("/")
    URI base;

    @Inject
    DataSource db;

    @Inject
    DataflowCatalog catalog;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final List<String> report = new ArrayList<>();
    private boolean postgres;

    @Test
    void loadQueryAndExport() throws Exception {
        String product;
        try (Connection c = db.getConnection()) {
            product = c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion();
            postgres = product.startsWith("PostgreSQL");
            report(String.format(Locale.ROOT, "database %s (%s); %d processors, max heap %d MB", product,
                    c.getMetaData().getURL(), Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().maxMemory() >> 20));
        }
        DataflowStructure s = catalog.find(null, FLOW, "latest").get(0);
        Series series = new Series(s, (int) (OBSERVATIONS / PER_SERIES));
        boolean reuse = REUSE && stored(series) == (long) series.count * PER_SERIES;
        if (!reuse) {
            clean(series);
        }
        try {
            if (reuse) {
                report(String.format(Locale.ROOT, "load skipped: %,d observations kept from a previous run", stored(series)));
            } else if (JFR) {
                // the load is recorded while measured: JFR's default settings cost about 1 %
                Path file = Path.of("target/benchmarks/sdmx-data-load.jfr");
                try (JfrProfile profile = new JfrProfile(file)) {
                    load(s, series);
                    profile.close();
                    profile.summary(labels(), 15).forEach(l -> report("profile (load, recorded while measured) " + l));
                }
            } else {
                load(s, series);
            }
            keyQueries(series);
            export();
        } finally {
            if (postgres && !REUSE) {
                clean(series); // the PostgreSQL database outlives the run; the H2 file is recreated by the next
            }
            Files.createDirectories(Path.of("target/benchmarks"));
            Files.write(Path.of("target/benchmarks/sdmx-data.txt"), report);
        }
    }

    // --- 1. load ---------------------------------------------------------------------------------------------

    private void load(DataflowStructure s, Series series) throws Exception {
        long t0 = System.nanoTime();
        long cpu0 = cpuNanos();
        long rows = 0;
        int loads = 0;
        int seriesPerChunk = Math.max(1, CHUNK / PER_SERIES);
        for (int first = 0; first < series.count; first += seriesPerChunk) {
            byte[] table = series.table(first, Math.min(series.count, first + seriesPerChunk));
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("api/v1/processes/" + FLOW
                    + "/data?action=Append&publish=true")).header("Authorization", EDITOR)
                    .header("Content-Type", "text/csv; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(table)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), r.body());
            rows += (long) (Math.min(series.count, first + seriesPerChunk) - first) * PER_SERIES;
            loads++;
            if (loads % 10 == 0) {
                System.out.printf(Locale.ROOT, "[sdmx-benchmark] loaded %,d rows in %.0f s%n", rows,
                        (System.nanoTime() - t0) / 1e9);
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        report(String.format(Locale.ROOT, "load: %,d observations (%d series x %d months, %d columns) in %d POSTed"
                + " tables of %,d rows: %.1f s = %,.0f observations/s; JVM CPU %.1f s; %s", rows, series.count,
                PER_SERIES, series.header.split(",").length, loads, CHUNK, seconds, rows / seconds,
                (cpuNanos() - cpu0) / 1e9, load()));
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select count(*) from sdmx_observation where dataflow = ?")) {
            ps.setString(1, FLOW);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                report(String.format(Locale.ROOT, "stored observations of %s: %,d", FLOW, rs.getLong(1)));
            }
        }
    }

    // --- 2. one series key, 1,000 observations ---------------------------------------------------------------

    private void keyQueries(Series series) throws Exception {
        String key = series.key(series.count / 2);
        HttpResponse<String> csv = get("sdmx/rest/data/" + FLOW + "/" + key, CSV10);
        assertEquals(200, csv.statusCode(), csv.body());
        assertEquals(PER_SERIES + 1, csv.body().split("\r\n").length, "header + one row per observation");
        HttpResponse<String> xml = get("sdmx/rest/data/" + FLOW + "/" + key, GENERIC);
        assertEquals(PER_SERIES, xml.body().split("<generic:Obs>", -1).length - 1);
        assertEquals(PER_SERIES, sqlKeyQuery(key));
        perRequestCost(series);
        Map<String, Call> calls = new LinkedHashMap<>();
        calls.put("HTTP SDMX-CSV 1.0", k -> drain("sdmx/rest/data/" + FLOW + "/" + k, CSV10));
        calls.put("HTTP SDMX-ML 2.1 generic", k -> drain("sdmx/rest/data/" + FLOW + "/" + k, GENERIC));
        calls.put("plain SQL (JDBC)", this::sqlKeyQuery);
        Map<String, Stats> p99 = new LinkedHashMap<>();
        for (int clients : new int[] { 1, 16 }) {
            for (Map.Entry<String, Call> e : calls.entrySet()) {
                Stats st = run(clients, series, e.getValue());
                p99.put(e.getKey() + "/" + clients, st);
                report(String.format(Locale.ROOT, "key query (1,000 obs) %-26s clients=%2d  %s; %s", e.getKey(),
                        clients, st, load()));
            }
        }
        for (int clients : new int[] { 1, 16 }) {
            Stats sql = p99.get("plain SQL (JDBC)/" + clients);
            for (String f : List.of("HTTP SDMX-CSV 1.0", "HTTP SDMX-ML 2.1 generic")) {
                Stats h = p99.get(f + "/" + clients);
                report(String.format(Locale.ROOT, "key query %s / plain SQL, %2d clients: p50 %.1f x, p99 %.1f x%s", f,
                        clients, h.p50 / sql.p50, h.p99 / sql.p99,
                        clients == 16 ? String.format(Locale.ROOT, " (goal p99 < 50 ms: %s)", h.p99 < 50 ? "met" : "not met")
                                : ""));
            }
        }
        if (JFR) {
            Path file = Path.of("target/benchmarks/sdmx-data-key.jfr");
            try (JfrProfile profile = new JfrProfile(file)) {
                run(16, series, calls.get("HTTP SDMX-CSV 1.0"));
                profile.close();
                profile.summary(labels(), 15).forEach(l -> report("profile (extra 16-client SDMX-CSV key phase, not a figure) " + l));
            }
        }
    }

    /**
     * What one SDMX-CSV key query costs, whatever the load: the JVM's CPU time per request (server and client share
     * the JVM) and, on PostgreSQL, the table scans per request by table from {@code pg_stat_user_tables} (a statement
     * scans one table or more; the counters reach the view within 10 s of a session going idle, hence the pauses).
     */
    private void perRequestCost(Series series) throws Exception {
        // enough requests that the JVM's background CPU (JIT, GC of the load's garbage) is spread thin
        int n = 2000;
        Random random = new Random(42);
        for (int i = 0; i < 500; i++) {
            drain("sdmx/rest/data/" + FLOW + "/" + series.key(random.nextInt(series.count)), CSV10);
        }
        Thread.sleep(11_000); // PostgreSQL 15 flushes an idle session's counters within 10 s
        Map<String, Long> before = postgres ? tableScans() : Map.of();
        long transactions0 = postgres ? transactions() : 0;
        long[] gc0 = gcPauses();
        long cpu0 = cpuNanos();
        long[] allocated0 = allocatedBytes();
        for (int i = 0; i < n; i++) {
            drain("sdmx/rest/data/" + FLOW + "/" + series.key(random.nextInt(series.count)), CSV10);
        }
        long[] allocated1 = allocatedBytes();
        double allocatedKb = (allocated1[0] - allocated0[0]) / 1024.0 / n;
        double serverKb = (allocated1[1] - allocated0[1]) / 1024.0 / n;
        double cpuMs = (cpuNanos() - cpu0) / 1e6 / n;
        long[] gc1 = gcPauses();
        report(String.format(Locale.ROOT, "key query SDMX-CSV 1.0, %d sequential requests: JVM CPU %.2f ms per request;"
                + " allocated %.0f KiB per request (server threads %.0f KiB, the rest the client's); GC %d pauses, %d ms"
                + " in all; %s", n, cpuMs, allocatedKb, serverKb, gc1[0] - gc0[0], gc1[1] - gc0[1], load()));
        if (postgres) {
            Thread.sleep(11_000); // PostgreSQL 15 flushes an idle session's counters within 10 s
            Map<String, Long> after = tableScans();
            List<String> parts = new ArrayList<>();
            double total = 0;
            for (Map.Entry<String, Long> e : after.entrySet()) {
                long d = e.getValue() - before.getOrDefault(e.getKey(), 0L);
                if (d > 0) {
                    parts.add(String.format(Locale.ROOT, "%s %.2f", e.getKey(), (double) d / n));
                    total += (double) d / n;
                }
            }
            report(String.format(Locale.ROOT, "key query SDMX-CSV 1.0: %.2f table scans per request (%s)", total,
                    String.join(", ", parts)));
            // each of the product's statements runs in a transaction of its own (the stream: one statement and its
            // fetches), so transactions per request count its statements; the two reads of the counters add 2 / n
            report(String.format(Locale.ROOT, "key query SDMX-CSV 1.0: %.2f transactions (statements) per request",
                    (transactions() - transactions0) / (double) n));
        }
    }

    /** Committed and rolled back transactions of this database so far (PostgreSQL). */
    private long transactions() throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select xact_commit + xact_rollback from pg_stat_database where datname = current_database()")) {
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Sequential and index scans so far, by table (PostgreSQL). */
    private Map<String, Long> tableScans() throws Exception {
        Map<String, Long> out = new java.util.TreeMap<>();
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select relname, coalesce(seq_scan, 0) + coalesce(idx_scan, 0) from pg_stat_user_tables")) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return out;
    }

    /** Every column the product reads, every row read, for the same selection as the HTTP query. */
    private int sqlKeyQuery(String key) throws Exception {
        // the product's columns since feat/sdmxtail (it no longer reads d1..d10; updated_at it never read)
        String sql = ("select series_key, period, period_start, obs_value, obs_status, attributes from sdmx_observation"
                + " where dataflow = ? and published = true and series_key = ? order by dataflow, series_key, period_start");
        int n = 0;
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, FLOW);
            ps.setString(2, key);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    for (int i = 1; i <= 6; i++) {
                        if (i == 3) {
                            rs.getTimestamp(i);
                        } else if (i == 4) {
                            rs.getDouble(i);
                        } else {
                            rs.getString(i);
                        }
                    }
                    n++;
                }
            }
        }
        return n;
    }

    // --- 3. full export --------------------------------------------------------------------------------------

    private void export() throws Exception {
        String path = "sdmx/rest/data/" + FLOW;
        // the first export samples the heap at each quarter (the GCs slow it: it is not timed) and warms up
        long[] heap = new long[5];
        long[] first = exportOverHttp(path, heap);
        report(String.format(Locale.ROOT, "full export SDMX-CSV: heap used after GC (MB) at 0/25/50/75/100%% of"
                + " %,d rows: %d / %d / %d / %d / %d (max heap %d MB)", first[0], heap[0] >> 20, heap[1] >> 20,
                heap[2] >> 20, heap[3] >> 20, heap[4] >> 20, Runtime.getRuntime().maxMemory() >> 20));
        String how = postgres ? "PostgreSQL COPY (SELECT ...) TO STDOUT (FORMAT csv)" : "H2 JDBC select written as CSV";
        exportInDatabase(); // warm-up
        // HTTP and the database in turns, EXPORTS times: on a busy machine one pair is a coin toss, the median less so
        double[] ratios = new double[EXPORTS];
        for (int round = 0; round < EXPORTS; round++) {
            long t = System.nanoTime();
            long cpu0 = cpuNanos();
            long[] http = exportOverHttp(path, null);
            double httpSeconds = (System.nanoTime() - t) / 1e9;
            double httpCpu = (cpuNanos() - cpu0) / 1e9;
            report(String.format(Locale.ROOT, "full export HTTP SDMX-CSV 1.0: %,d rows, %.1f MB in %.2f s = %,.0f rows/s;"
                    + " JVM CPU %.2f s; %s", http[0] - 1, http[1] / 1e6, httpSeconds, (http[0] - 1) / httpSeconds,
                    httpCpu, load()));
            t = System.nanoTime();
            long[] dbRows = exportInDatabase();
            double dbSeconds = (System.nanoTime() - t) / 1e9;
            report(String.format(Locale.ROOT, "full export %s: %,d rows, %.1f MB in %.2f s = %,.0f rows/s; %s", how,
                    dbRows[0], dbRows[1] / 1e6, dbSeconds, dbRows[0] / dbSeconds, load()));
            ratios[round] = httpSeconds / dbSeconds;
        }
        Arrays.sort(ratios);
        double median = ratios[EXPORTS / 2];
        report(String.format(Locale.ROOT, "full export HTTP / %s = %.2f x, median of %d rounds (%s; goal <= 1.5 x: %s)",
                postgres ? "COPY" : "H2 select", median, EXPORTS, Arrays.stream(ratios)
                        .mapToObj(r -> String.format(Locale.ROOT, "%.2f", r)).collect(java.util.stream.Collectors.joining(", ")),
                median <= 1.5 ? "met" : "not met"));
        if (JFR) {
            Path file = Path.of("target/benchmarks/sdmx-data-export.jfr");
            try (JfrProfile profile = new JfrProfile(file)) {
                exportOverHttp(path, null);
                profile.close();
                profile.summary(labels(), 15).forEach(l -> report("profile (extra export, not a figure) " + l));
            }
        }
    }

    /** Rows (lines, header included) and bytes of a full SDMX-CSV export; samples the heap when asked. */
    private long[] exportOverHttp(String path, long[] heap) throws Exception {
        long expected = OBSERVATIONS;
        HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(base.resolve(path)).header("Accept", CSV10)
                .GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, r.statusCode());
        long lines = 0;
        long bytes = 0;
        int quarter = 0;
        if (heap != null) {
            heap[quarter++] = usedAfterGc();
        }
        byte[] buf = new byte[1 << 16];
        try (InputStream in = r.body()) {
            for (int n; (n = in.read(buf)) > 0;) {
                bytes += n;
                for (int i = 0; i < n; i++) {
                    if (buf[i] == '\n') {
                        lines++;
                    }
                }
                if (heap != null && quarter < 4 && lines >= expected * quarter / 4) {
                    heap[quarter++] = usedAfterGc();
                }
            }
        }
        if (heap != null) {
            while (quarter < 5) {
                heap[quarter++] = usedAfterGc();
            }
        }
        assertTrue(lines > OBSERVATIONS, "every observation exported: " + lines);
        return new long[] { lines, bytes };
    }

    /** The same rows and columns as the SDMX-CSV export, written as CSV by the database (or the driver on H2). */
    private long[] exportInDatabase() throws Exception {
        String select = "select '" + FLOW + "', d1, d2, d3, d4, d5, d6, d7, period, obs_value, obs_status, attributes"
                + " from sdmx_observation where dataflow = '" + FLOW + "' and published = true"
                + " order by dataflow, series_key, period_start"; // as the product orders it (the series index)
        CountingStream out = new CountingStream();
        long rows;
        try (Connection c = db.getConnection()) {
            if (postgres) {
                c.setAutoCommit(true);
                rows = c.unwrap(org.postgresql.PGConnection.class).getCopyAPI()
                        .copyOut("COPY (" + select + ") TO STDOUT (FORMAT csv)", out);
            } else {
                rows = 0;
                c.setAutoCommit(false);
                // rows as they are fetched, as the product reads them (H2 otherwise computes the whole result first)
                c.createStatement().execute("SET LAZY_QUERY_EXECUTION TRUE");
                try (PreparedStatement ps = c.prepareStatement(select)) {
                    ps.setFetchSize(1000);
                    Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            for (int i = 1; i <= 12; i++) {
                                if (i > 1) {
                                    w.write(',');
                                }
                                String v = rs.getString(i);
                                if (v != null) {
                                    w.write(v);
                                }
                            }
                            w.write("\r\n");
                            rows++;
                        }
                    }
                    w.flush();
                }
                c.commit();
                c.createStatement().execute("SET LAZY_QUERY_EXECUTION FALSE");
                c.setAutoCommit(true);
            }
        }
        return new long[] { rows, out.count };
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    /** The benchmark's series: FREQ=M (else the first code) and the first N combinations of the other codes. */
    static final class Series {
        final int count;
        final List<List<String>> codes = new ArrayList<>();
        final String header;
        final List<String> attributeValues = new ArrayList<>();

        Series(DataflowStructure s, int count) {
            this.count = count;
            long combinations = 1;
            StringBuilder h = new StringBuilder();
            for (Dimension d : s.dimensions()) {
                List<String> c = new ArrayList<>(new TreeSet<>(s.codesOf(d.id())));
                if (d.id().equals("FREQ")) {
                    c = List.of(c.contains("M") ? "M" : c.get(0));
                }
                codes.add(c);
                combinations *= c.size();
                h.append(d.id()).append(',');
            }
            assertTrue(combinations >= count, "the DSD has " + combinations + " series keys, fewer than " + count);
            h.append("TIME_PERIOD,OBS_VALUE");
            for (DataAttribute a : s.dsd().attributes()) {
                if (a.mandatory() || a.id().equals("OBS_STATUS")) {
                    h.append(',').append(a.id());
                    var allowed = s.codesOf(a.id());
                    attributeValues.add(allowed == null || allowed.isEmpty() ? "benchmark"
                            : allowed.contains("A") ? "A" : new TreeSet<>(allowed).first());
                }
            }
            header = h.toString();
        }

        /** The i-th series key (mixed radix over the code lists, the last dimension fastest). */
        String key(int i) {
            String[] parts = new String[codes.size()];
            long rest = i;
            for (int d = codes.size() - 1; d >= 0; d--) {
                List<String> c = codes.get(d);
                parts[d] = c.get((int) (rest % c.size()));
                rest /= c.size();
            }
            return String.join(".", parts);
        }

        /** A plain CSV table of the series [from, to), 1,000 months each. */
        byte[] table(int from, int to) {
            StringBuilder b = new StringBuilder((to - from) * PER_SERIES * 60);
            b.append(header).append('\n');
            String tail = attributeValues.isEmpty() ? "" : "," + String.join(",", attributeValues);
            for (int i = from; i < to; i++) {
                String dims = key(i).replace('.', ',');
                for (int m = 0; m < PER_SERIES; m++) {
                    b.append(dims).append(',');
                    int year = 1940 + m / 12;
                    int month = m % 12 + 1;
                    b.append(year).append(month < 10 ? "-0" : "-").append(month).append(',');
                    b.append((i * 31L + m * 7L) % 100_003 / 10.0).append(tail).append('\n');
                }
            }
            return b.toString().getBytes(StandardCharsets.UTF_8);
        }
    }

    interface Call {
        int run(String key) throws Exception;
    }

    /** Client-observed figures, then the server's own (HTTP phases) and the GC pauses of the measured window. */
    record Stats(long requests, long errors, double p50, double p99, double max, double rps, String server,
            String gc) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "requests %5d errors %d  p50 %7.2f ms  p99 %7.2f ms  max %7.1f ms  %6.1f req/s"
                    + "; %s; %s", requests, errors, p50, p99, max, rps, server, gc);
        }
    }

    /** Closed loop: each client sends requests for random series keys, warm-up first, then SECONDS measured. */
    private Stats run(int clients, Series series, Call call) throws InterruptedException {
        long[][] latencies = new long[clients][];
        int[] counts = new int[clients];
        AtomicLong errors = new AtomicLong();
        AtomicReference<Exception> firstError = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(clients);
        long start = System.nanoTime();
        long measureFrom = start + (long) (WARMUP * 1e9);
        long end = measureFrom + (long) (SECONDS * 1e9);
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread t = new Thread(() -> {
                long[] mine = new long[1 << 12];
                int n = 0;
                Random random = new Random(7_919L * (client + 1));
                try {
                    while (true) {
                        long t0 = System.nanoTime();
                        if (t0 >= end) {
                            break;
                        }
                        try {
                            int rows = call.run(series.key(random.nextInt(series.count)));
                            if (rows <= 0) {
                                throw new IllegalStateException("empty answer");
                            }
                        } catch (Exception e) {
                            errors.incrementAndGet();
                            firstError.compareAndSet(null, e);
                            continue;
                        }
                        long t1 = System.nanoTime();
                        if (t0 >= measureFrom) {
                            if (n == mine.length) {
                                mine = Arrays.copyOf(mine, n * 2);
                            }
                            mine[n++] = t1 - t0;
                        }
                    }
                } finally {
                    latencies[client] = mine;
                    counts[client] = n;
                    done.countDown();
                }
            }, "sdmx-bench-client-" + c);
            t.setDaemon(true);
            t.start();
        }
        long untilMeasured = measureFrom - System.nanoTime();
        if (untilMeasured > 0) {
            Thread.sleep(untilMeasured / 1_000_000, (int) (untilMeasured % 1_000_000));
        }
        ServerTimes.start(uri -> uri.startsWith("/sdmx/rest/data/") ? "data" : null);
        long[] gc0 = gcPauses();
        done.await();
        long[] server = ServerTimes.stop().get("data");
        long[] gc1 = gcPauses();
        String gc = String.format(Locale.ROOT, "GC %d pauses, %d ms in all", gc1[0] - gc0[0], gc1[1] - gc0[1]);
        if (firstError.get() != null) {
            System.out.println("[sdmx-benchmark] first error: " + firstError.get());
        }
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int k = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(latencies[c], 0, all, k, counts[c]);
            k += counts[c];
        }
        Arrays.sort(all);
        return new Stats(total, errors.get(), percentileMs(all, 0.5), percentileMs(all, 0.99), total == 0 ? 0 : all[total - 1] / 1e6,
                total / SECONDS, ServerTimes.summary(server), gc);
    }

    /** Collections and their accumulated time (ms) so far, over the JVM's collectors (G1: pauses only). */
    private static long[] gcPauses() {
        long n = 0;
        long ms = 0;
        for (var b : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (b.getName().contains("Concurrent")) {
                continue; // G1's concurrent cycles run beside the application: not pauses
            }
            n += Math.max(0, b.getCollectionCount());
            ms += Math.max(0, b.getCollectionTime());
        }
        return new long[] { n, ms };
    }

    /**
     * Bytes allocated so far by the JVM's live threads: [0] all of them, [1] the server's (Quarkus' worker threads,
     * where the resources and the streams run, and the Vert.x event loops); the rest is the client's and the JVM's.
     */
    private static long[] allocatedBytes() {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long[] ids = threads.getAllThreadIds();
        long[] bytes = threads.getThreadAllocatedBytes(ids);
        java.lang.management.ThreadInfo[] infos = threads.getThreadInfo(ids);
        long all = 0;
        long server = 0;
        for (int i = 0; i < ids.length; i++) {
            long b = Math.max(0, bytes[i]);
            all += b;
            String name = infos[i] == null ? "" : infos[i].getThreadName();
            if (name.startsWith("executor-thread") || name.startsWith("vert.x-eventloop")) {
                server += b;
            }
        }
        return new long[] { all, server };
    }


    private HttpResponse<String> get(String path, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Each client thread's kept-alive connection per {@code Accept} header: KeepAliveClient does the exchange on
     * the calling thread, where the JDK HttpClient's hand-offs between threads took about half the JVM's CPU per
     * request from the service in WebBenchmark. {@code -Dbench.client=jdk} keeps the JDK HttpClient, for comparison.
     */
    private final ThreadLocal<Map<String, KeepAliveClient>> connections = ThreadLocal.withInitial(HashMap::new);

    /** Reads the whole body; returns its length (so that an empty answer counts as an error). */
    private int drain(String path, String accept) throws Exception {
        if (!KeepAliveClient.JDK_CLIENT_ASKED) {
            KeepAliveClient client = connections.get().get(accept);
            if (client == null) {
                client = new KeepAliveClient(base.toURL(), "Accept: " + accept);
                connections.get().put(accept, client);
            }
            KeepAliveClient.Response r = client.get(base.getPath() + path);
            if (r.status() != 200) {
                throw new IllegalStateException("HTTP " + r.status());
            }
            return (int) r.bodyBytes();
        }
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(base.resolve(path)).header("Accept", accept).GET()
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + r.statusCode());
        }
        return r.body().length;
    }

    /** The benchmark's observations stored (those of its FREQ code). */
    private long stored(Series series) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select count(*) from sdmx_observation where dataflow = ? and d1 = ?")) {
            ps.setString(1, FLOW);
            ps.setString(2, series.codes.get(0).get(0));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private void clean(Series series) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(
                "delete from sdmx_observation where dataflow = ? and d1 = ?")) {
            ps.setString(1, FLOW);
            ps.setString(2, series.codes.get(0).get(0));
            ps.executeUpdate();
        }
    }

    private static Map<String, String> labels() {
        Map<String, String> l = new LinkedHashMap<>();
        l.put("io.archivo.sdmx.data.store.ObservationStore.stream", "ObservationStore.stream (JDBC read + row mapping)");
        l.put("io.archivo.sdmx.data.store.ObservationStore.row", "ObservationStore.row (row mapping)");
        l.put("io.archivo.sdmx.data.query.DataStreamer", "DataStreamer (series cutting, attributes)");
        l.put("io.archivo.sdmx.data.format", "format writers");
        l.put("io.archivo.sdmx.data.query.DataQueryService.prepare", "DataQueryService.prepare (flow, ETag)");
        l.put("io.archivo.sdmx.data.query.DataQueryService.dataflow", "DataQueryService.dataflow (catalogue)");
        l.put("io.archivo.sdmx.data.query.DataQueryService.hasResults", "DataQueryService.hasResults");
        l.put("io.archivo.sdmx.data.load.ObservationTableReader", "ObservationTableReader (parse, validate)");
        l.put("io.archivo.sdmx.data.store.ObservationStore.apply", "ObservationStore.apply (insert)");
        l.put("org.apache.commons.csv", "Commons CSV");
        l.put("java.util.regex", "java.util.regex");
        l.put("io.archivo.sdmx.data.DataflowCatalog", "DataflowCatalog");
        l.put("org.h2", "H2");
        l.put("org.postgresql", "PostgreSQL driver");
        l.put("jdk.internal.net.http", "JDK HTTP client (benchmark side)");
        l.put("io.vertx", "Vert.x");
        return l;
    }

    private void report(String line) {
        System.out.println("[sdmx-benchmark] " + line);
        report.add(line);
    }

    private static String load() {
        return String.format(Locale.ROOT, "load average %.1f", ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage());
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long usedAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Counts the bytes written and throws them away. */
    static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
