package io.archivo.bench.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.archivo.bench.http.GcPauses;
import io.archivo.bench.http.KeepAliveClient;
import io.archivo.search.index.LuceneIndex;
import io.archivo.search.relevance.RelevanceRun;
import io.archivo.search.service.SearchService;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Search benchmark: relevance (nDCG@10) on the demo catalogue and the DDI corpus, then a synthetic catalogue of
 * 10,000 studies and 1,000,000 variables indexed into the application's own index, searched over HTTP on loopback
 * with 1 and 16 concurrent clients, side by side with PostgreSQL full-text search on the same records and queries.
 * <p>
 * {@code ./mvnw -B test -Pbench -Dtest=SearchBenchmark} (see docs/search.md, "Benchmark"). Sizes and durations:
 * {@code -Dbench.studies=10000 -Dbench.variablesPerStudy=100 -Dbench.seconds=30 -Dbench.warmup=10}.
 * {@code -Dbench.scale=quick} is a tenth of the catalogue (1,000 studies, 100,000 variables, 1,000 background studies
 * for relevance, 5,000 distinct requests) for iterating on the code; reported figures use the full scale.
 * The service, the HTTP clients and the JDBC clients share this JVM and its 2 cores: the figures include the clients'
 * own CPU, so they are conservative for the service. The HTTP clients are {@link KeepAliveClient}s (a kept-alive
 * connection per client thread); {@code -Dbench.client=jdk} uses the JDK HttpClient instead, as runs before
 * 2026-12-03 did.
 */
@QuarkusTest
@TestProfile(BenchProfile.class)
@Tag("benchmark")
class SearchBenchmark {

    private static final long SEED = 20_240_601L;
    /** {@code quick}: a tenth of the reported scale, for iterating; explicit sizes still win. */
    private static final boolean QUICK = "quick".equals(System.getProperty("bench.scale"));
    private static final int STUDIES = Integer.getInteger("bench.studies", QUICK ? 1_000 : 10_000);
    private static final int VARIABLES_PER_STUDY = Integer.getInteger("bench.variablesPerStudy", 100);
    private static final double SECONDS = Double.parseDouble(System.getProperty("bench.seconds", "30"));
    private static final double WARMUP = Double.parseDouble(System.getProperty("bench.warmup", "10"));
    private static final int INDEX_THREADS = Integer.getInteger("bench.indexThreads", 2);
    /** Studies per {@code upsertStudies} call; 1 means one {@code upsertStudy} (and one refresh) per study. */
    private static final int BATCH = Integer.getInteger("bench.batch", 50);
    private static final boolean POSTGRES = Boolean.parseBoolean(System.getProperty("bench.postgres", "true"));

    /** Distinct requests in the query log, and the Zipf exponent of their repetition. */
    private static final int DISTINCT_QUERIES = Integer.getInteger("bench.distinctQueries", QUICK ? 5_000 : 20_000);
    private static final double ZIPF = Double.parseDouble(System.getProperty("bench.zipf", "1.0"));
    /** Generated studies around the judged ones in the relevance run. */
    private static final int RELEVANCE_BACKGROUND = Integer.getInteger("bench.relevanceStudies", QUICK ? 1_000 : 10_000);
    /** Draws of the query log for the in-process engine cost (CPU time and allocations per query). */
    private static final int ENGINE_QUERIES = Integer.getInteger("bench.engineQueries", 3_000);
    private static final boolean JFR = Boolean.parseBoolean(System.getProperty("bench.jfr", "true"));
    /**
     * {@code -Dbench.engineOnly=true}: index, print the engine cost, profile the engine-cost loop in process (JFR)
     * and stop: no relevance, HTTP or PostgreSQL phases. For iterating on the engine's CPU per query.
     */
    private static final boolean ENGINE_ONLY = Boolean.getBoolean("bench.engineOnly");
    private static final Map<String, String> PROFILE_LABELS = profileLabels();

    private final List<String> lines = new ArrayList<>();

    @Inject
    LuceneIndex index;
    @Inject
    SearchService search;

    @TestHTTPResource("/")
    URL base;

    @Test
    void benchmark() throws Exception {
        long started = System.nanoTime();
        report(String.format(Locale.ROOT, "%d cores, max heap %d MB, Java %s (%s); %,d studies × %d variables; %.0f s per phase; assertions %s",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.version"), GcPauses.collectors(), STUDIES, VARIABLES_PER_STUDY, SECONDS,
                EngineCost.assertions()));

        // 1. relevance: the demo catalogue over HTTP, then the judged catalogue at scale (own fixtures, no ../shared)
        List<String> relevance = ENGINE_ONLY ? List.of() : RelevanceRun.all(index, RELEVANCE_BACKGROUND);
        relevance.forEach(this::report);
        index.deleteAll();

        // 2. index the synthetic catalogue into the service's own index
        BenchCatalogue catalogue = new BenchCatalogue(SEED);
        indexSynthetic(catalogue);
        report(String.format(Locale.ROOT, "RSS after indexing: %d MB; index on disk %d MB in %d segments", LoadDriver.rssMb(),
                directorySize(BenchProfile.DATA_DIR.resolve("index")) >> 20, index.segmentCount()));
        awaitIdleMerge();

        // 3. Archivo over HTTP on loopback
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(4)).connectTimeout(Duration.ofSeconds(5)).build();
        URI root = base.toURI();
        // each client thread on its own kept-alive connection, the exchange on its own thread (KeepAliveClient): the
        // JDK HttpClient's hand-offs between threads cost the shared cores more than the service's own work
        Map<Integer, KeepAliveClient> connections = new ConcurrentHashMap<>();
        LoadDriver.Call archivo = KeepAliveClient.JDK_CLIENT_ASKED ? (client, q) -> {
            HttpRequest request = HttpRequest.newBuilder(root.resolve(q.path())).timeout(Duration.ofSeconds(30)).GET().build();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + response.statusCode());
            }
        } : (client, q) -> {
            int status = connections.computeIfAbsent(client, c -> new KeepAliveClient(base)).get(q.path()).status();
            if (status != 200) {
                throw new IllegalStateException("HTTP " + status);
            }
        };
        printTotals(http, root);

        QueryLog log = QueryLog.generate(SEED, DISTINCT_QUERIES, ZIPF);
        QueryLog studies = log.only(q -> !q.variables());
        QueryLog variables = log.only(BenchQuery::variables);
        report(String.format(Locale.ROOT, "query log: %,d distinct requests (%,d study, %,d variable), Zipf exponent %.2f;"
                + " share of repeats in 20,000 draws: %.1f %% (the best a cache could hit)", log.distinct(),
                studies.distinct(), variables.distinct(), ZIPF, 100 * log.repeatShare(1, 20_000)));

        // 3a. the engine itself: result cache off (the headline)
        search.resizeResultCache(0);
        // CPU time and allocations per query, one thread, no HTTP: comparable across runs on a busy machine
        EngineCost.measure(search, log, ENGINE_QUERIES, SEED).forEach(this::report);
        if (ENGINE_ONLY) {
            if (JFR) {
                Path jfr = Path.of("target/benchmarks/search-engine.jfr");
                JfrProfile profile = new JfrProfile(jfr, Duration.ofMillis(2)); // one thread: sample densely
                try {
                    EngineCost.measure(search, log, ENGINE_QUERIES, SEED + 1); // profiled only, not reported
                } finally {
                    profile.close();
                }
                profile.summary(PROFILE_LABELS, 25).forEach(l -> report("profile (engine-cost loop, not a figure) " + l));
            }
            return;
        }
        report("Archivo, result cache OFF; warm-up " + WARMUP + " s (16 clients)");
        LoadDriver.run("Archivo", 16, 0, WARMUP, log, archivo);
        List<LoadDriver.Stats> off = new ArrayList<>();
        for (int clients : new int[] {1, 16}) {
            off.add(measure("study/off", clients, studies, archivo));
            off.add(measure("variable/off", clients, variables, archivo));
        }
        LoadDriver.Stats mixedOff1 = measure("mixed/off", 1, log, archivo);
        // the headline is measured without JFR: with the "profile" recording on, 16 clients fell from hundreds of
        // requests per second to a few, and the phases after it stayed slow; the profile is taken at the end
        LoadDriver.Stats mixedOff = measure("mixed/off", 16, log, archivo);
        SearchService.AdmissionStats admission = search.admissionStats();
        report(String.format(Locale.ROOT, "  admission: at most %s searches computed at once (archivo.search.max-concurrent);"
                + " %,d searches so far waited for a turn", admission.maxConcurrent() > 0 ? admission.maxConcurrent() : "unlimited",
                admission.queued()));
        // the same phase under other limits (0: every request computes at once, as before admission existed)
        for (String limit : System.getProperty("bench.admissionCompare", "0").split(",")) {
            search.limitConcurrentSearches(Integer.parseInt(limit.strip()));
            measure("mixed/off, at most " + limit.strip() + " at once", 16, log, archivo);
        }
        search.limitConcurrentSearches(admission.maxConcurrent());

        // 3b. with the result cache (default size), on the same long-tailed stream
        int cacheSize = Integer.getInteger("bench.cacheSize", 1024);
        List<LoadDriver.Stats> on = new ArrayList<>();
        for (int clients : new int[] {1, 16}) {
            search.resizeResultCache(cacheSize);
            LoadDriver.Stats s = measure("mixed/on", clients, log, archivo);
            SearchService.CacheStats stats = search.cacheStats();
            report(String.format(Locale.ROOT, "  result cache (%d entries), %d clients: hit rate %.1f %% (%,d hits, %,d misses)",
                    cacheSize, clients, 100 * stats.hitRate(), stats.hits(), stats.misses()));
            on.add(s);
        }
        search.resizeResultCache(0);
        perQuery(archivo);
        // last of the Archivo phases, so that the recording cannot slow the measured ones
        if (JFR) {
            Path jfr = Path.of("target/benchmarks/search-cache-off.jfr");
            JfrProfile profile = new JfrProfile(jfr);
            try {
                LoadDriver.run("Archivo", 16, 1, SECONDS, log, archivo); // profiled only, not reported
            } finally {
                profile.close(); // once: stops the recording and writes the file the summary reads
            }
            profile.summary(PROFILE_LABELS, 15).forEach(l -> report("profile (extra 16-client run, not a figure) " + l));
        }

        // 4. PostgreSQL full-text search on the same records and the same query stream
        List<LoadDriver.Stats> pgStats = new ArrayList<>();
        if (POSTGRES && PostgresFts.available()) {
            long t0 = System.nanoTime();
            PostgresFts.load(catalogue, STUDIES, VARIABLES_PER_STUDY);
            report(String.format(Locale.ROOT, "PostgreSQL loaded in %.0f s (%s)", (System.nanoTime() - t0) / 1e9, PostgresFts.URL));
            try (PostgresFts pg = new PostgresFts(16)) {
                LoadDriver.run("PostgreSQL", 16, 0, WARMUP, log, pg::search);
                for (int clients : new int[] {1, 16}) {
                    LoadDriver.Stats s = LoadDriver.run("PostgreSQL", clients, 1, SECONDS, log, pg::search);
                    report("mixed      " + s.line());
                    pgStats.add(s);
                }
            }
            List<LoadDriver.Stats> archivoMixed = List.of(mixedOff1, mixedOff);
            for (int i = 0; i < 2; i++) {
                LoadDriver.Stats a = archivoMixed.get(i);
                LoadDriver.Stats p = pgStats.get(i);
                report(String.format(Locale.ROOT, "ratio PostgreSQL/Archivo (cache off), %2d clients: p50 %.1fx, p99 %.1fx, throughput %.1fx",
                        a.clients(), p.p50Ms() / a.p50Ms(), p.p99Ms() / a.p99Ms(), a.rps() / p.rps()));
            }
        } else {
            report("PostgreSQL comparison skipped (bench.postgres=false or no server at " + PostgresFts.URL + ")");
        }

        report("summary (HTTP on loopback, clients in the same JVM on " + (KeepAliveClient.JDK_CLIENT_ASKED ? "the JDK HttpClient"
                : "KeepAliveClient, a kept-alive connection each") + "; goals: cache off, 16 clients p99 < 20 ms and >= 2,000 req/s; 1 client p50 < 1 ms)");
        off.forEach(s -> report("  cache off " + s.line()));
        report("  cache off " + mixedOff1.line() + "  (mixed)");
        report("  cache off " + mixedOff.line() + "  (mixed)");
        on.forEach(s -> report("  cache on  " + s.line() + "  (mixed)"));
        pgStats.forEach(s -> report("  postgres  " + s.line() + "  (mixed)"));
        relevance.stream().filter(l -> l.startsWith("nDCG")).forEach(l -> report("  " + l));
        report(String.format(Locale.ROOT, "total benchmark time %.0f s", (System.nanoTime() - started) / 1e9));
        Path out = Path.of("target/benchmarks/search.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, lines);
        System.out.println("BENCH written to " + out.toAbsolutePath());
    }

    private LoadDriver.Stats measure(String label, int clients, QueryLog log, LoadDriver.Call call) throws InterruptedException {
        GcPauses gc = GcPauses.start();
        LoadDriver.Stats s = LoadDriver.run("Archivo", clients, 1, SECONDS, log, call);
        report(String.format(Locale.ROOT, "%-12s %s  RSS=%d MB  %s", label, s.line(), LoadDriver.rssMb(), gc.summary()));
        return s;
    }

    private void report(String line) {
        System.out.println("BENCH " + line);
        lines.add(line);
    }

    private static long directorySize(Path dir) throws java.io.IOException {
        try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    /**
     * Waits for the service's own merge of the quiet index (IdleMerge), which follows any bulk load: the figures are
     * those of the catalogue as it settles. {@code -Dbench.idleMerge=0s} turns the merge off (the index as loaded).
     */
    private void awaitIdleMerge() throws InterruptedException, java.io.IOException {
        if (System.getProperty("bench.idleMerge", "5s").matches("0+[a-z]*")) {
            report("idle merge off (-Dbench.idleMerge=0s): measuring the index as loaded");
            return;
        }
        long t0 = System.nanoTime();
        while (index.segmentCount() > 1 || index.merging()) {
            Thread.sleep(500);
        }
        report(String.format(Locale.ROOT, "idle merge (the service's own, 5 s after the last write): done %.0f s after"
                + " indexing; index on disk %d MB in %d segment(s); RSS %d MB", (System.nanoTime() - t0) / 1e9,
                directorySize(BenchProfile.DATA_DIR.resolve("index")) >> 20, index.segmentCount(), LoadDriver.rssMb()));
    }

    private void indexSynthetic(BenchCatalogue catalogue) throws Exception {
        System.out.printf(Locale.ROOT, "BENCH indexing %,d studies × %d variables with %d threads, %d studies per refresh…%n",
                STUDIES, VARIABLES_PER_STUDY, INDEX_THREADS, BATCH);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(INDEX_THREADS);
        List<Future<?>> jobs = new ArrayList<>();
        for (int t = 0; t < INDEX_THREADS; t++) {
            jobs.add(pool.submit(() -> {
                int first;
                while ((first = next.getAndAdd(BATCH)) < STUDIES) {
                    List<LuceneIndex.StudyBlock> blocks = new ArrayList<>(BATCH);
                    for (int i = first; i < Math.min(STUDIES, first + BATCH); i++) {
                        BenchCatalogue.Record r = catalogue.record(i, VARIABLES_PER_STUDY);
                        blocks.add(new LuceneIndex.StudyBlock(r.study(), r.variables()));
                    }
                    if (BATCH == 1) {
                        index.upsertStudy(blocks.get(0).study(), blocks.get(0).variables());
                    } else {
                        index.upsertStudies(blocks);
                    }
                    int before = done.getAndAdd(blocks.size());
                    int n = before + blocks.size();
                    if (n / 1000 != before / 1000) {
                        double s = (System.nanoTime() - t0) / 1e9;
                        System.out.printf(Locale.ROOT, "BENCH indexed %,d/%,d studies (%.0f s, %.0f studies/s)%n", n, STUDIES, s, n / s);
                    }
                }
                return null;
            }));
        }
        for (Future<?> job : jobs) {
            job.get();
        }
        pool.shutdown();
        double indexSeconds = (System.nanoTime() - t0) / 1e9;
        long t1 = System.nanoTime();
        index.commit();
        double commitSeconds = (System.nanoTime() - t1) / 1e9;
        long variables = (long) STUDIES * VARIABLES_PER_STUDY;
        report(String.format(Locale.ROOT, "indexing: %.1f s + commit %.1f s: %.0f studies/s, %.0f variables/s (%.0f documents/s)",
                indexSeconds, commitSeconds, STUDIES / (indexSeconds + commitSeconds), variables / (indexSeconds + commitSeconds),
                (STUDIES + variables) / (indexSeconds + commitSeconds)));
    }

    private void printTotals(HttpClient http, URI root) throws Exception {
        for (BenchQuery q : BenchQuery.MIX) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(root.resolve(q.path())).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), q.path());
            String body = r.body();
            String total = body.replaceFirst("(?s)^.*?\"total\":(\\d+).*$", "$1");
            String fuzzy = body.contains("\"fuzzy\":true") ? " fuzzy" : "";
            report(String.format(Locale.ROOT, "  %-10s %-60s total=%s%s", q.kind(), q.path(), total, fuzzy));
        }
    }

    private static Map<String, String> profileLabels() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("io.archivo.search.service.SearchService.search", "SearchService.search (the whole engine)");
        m.put("io.archivo.search.service.FacetedSearcher.run", "  page + facets (FacetedSearcher.run)");
        m.put("org.apache.lucene.search.TopScoreDocCollector", "    top-N collection and scoring");
        m.put("org.apache.lucene.search.IndexSearcher.search", "    the page pass over the index (scoring, top-N, recording the facet sample)");
        m.put("io.archivo.search.service.SampledFacets.collect", "    sideways passes of filtered facets");
        m.put("org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts", "    facet counting");
        m.put("io.archivo.search.query.SegmentCachedFilter", "    visibility bits per segment");
        m.put("io.archivo.search.service.Snippets.of", "  snippets");
        m.put("io.archivo.search.service.SpellingSuggester", "  spelling (typo fallback)");
        m.put("io.archivo.search.service.HitReader.read", "  stored fields of the page");
        m.put("io.archivo.search.query.TextQueryFactory.build", "  building the query");
        m.put("io.archivo.search.query.UserQueryParser", "  parsing people's syntax");
        m.put("com.fasterxml.jackson", "JSON (Jackson)");
        m.put("io.vertx", "HTTP server (Vert.x)");
        m.put("jdk.internal.net.http", "benchmark HTTP clients (same JVM)");
        m.put("java.net.http", "benchmark HTTP clients (same JVM)");
        return m;
    }

    /** One client, each query of the mix alone: where the time goes. */
    private void perQuery(LoadDriver.Call call) throws Exception {
        for (BenchQuery q : BenchQuery.MIX) {
            long[] t = new long[15];
            for (int i = 0; i < t.length; i++) {
                long t0 = System.nanoTime();
                call.run(0, q);
                t[i] = System.nanoTime() - t0;
            }
            java.util.Arrays.sort(t);
            report(String.format(Locale.ROOT, "  single %-10s %-60s median %.2f ms", q.kind(), q.path(), t[t.length / 2] / 1e6));
        }
    }
}
