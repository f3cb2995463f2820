package io.archivo.bench.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.archivo.search.index.LuceneIndex;
import io.archivo.search.relevance.CatalogueRelevance;
import io.archivo.search.relevance.JudgedQueries;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * The service, the HTTP clients and the JDBC clients share this JVM and its 2 cores: the figures include the clients'
 * own CPU, so they are conservative for the service.
 */
@QuarkusTest
@TestProfile(BenchProfile.class)
@Tag("benchmark")
class SearchBenchmark {

    private static final long SEED = 20_240_601L;
    private static final int STUDIES = Integer.getInteger("bench.studies", 10_000);
    private static final int VARIABLES_PER_STUDY = Integer.getInteger("bench.variablesPerStudy", 100);
    private static final double SECONDS = Double.parseDouble(System.getProperty("bench.seconds", "30"));
    private static final double WARMUP = Double.parseDouble(System.getProperty("bench.warmup", "10"));
    private static final int INDEX_THREADS = Integer.getInteger("bench.indexThreads", 2);
    /** Studies per {@code upsertStudies} call; 1 means one {@code upsertStudy} (and one refresh) per study. */
    private static final int BATCH = Integer.getInteger("bench.batch", 50);
    private static final boolean POSTGRES = Boolean.parseBoolean(System.getProperty("bench.postgres", "true"));

    @Inject
    LuceneIndex index;

    @TestHTTPResource("/")
    URL base;

    @Test
    void benchmark() throws Exception {
        long started = System.nanoTime();
        System.out.printf(Locale.ROOT, "BENCH %d cores, max heap %d MB, Java %s%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"));

        // 1. relevance on the demo catalogue (seeded at start) and the real corpus, before the synthetic load
        CatalogueRelevance.ingestCorpus();
        double ndcg = CatalogueRelevance.meanNdcg(JudgedQueries.fromResource(CatalogueRelevance.JUDGMENTS), false);
        System.out.printf(Locale.ROOT, "BENCH relevance nDCG@10 = %.3f%n", ndcg);

        // 2. index the synthetic catalogue into the service's own index
        BenchCatalogue catalogue = new BenchCatalogue(SEED);
        indexSynthetic(catalogue);
        System.out.printf(Locale.ROOT, "BENCH RSS after indexing: %d MB%n", LoadDriver.rssMb());

        // 3. Archivo over HTTP on loopback
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(4)).connectTimeout(Duration.ofSeconds(5)).build();
        URI root = base.toURI();
        LoadDriver.Call archivo = (client, q) -> {
            HttpRequest request = HttpRequest.newBuilder(root.resolve(q.path())).timeout(Duration.ofSeconds(30)).GET().build();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + response.statusCode());
            }
        };
        printTotals(http, root);
        System.out.println("BENCH Archivo warm-up (16 clients)…");
        LoadDriver.run("Archivo", 16, 0, WARMUP, BenchQuery.MIX, archivo);
        List<LoadDriver.Stats> archivoStats = new ArrayList<>();
        for (int clients : new int[] {1, 16}) {
            LoadDriver.Stats s = LoadDriver.run("Archivo", clients, 2, SECONDS, BenchQuery.MIX, archivo);
            System.out.println("BENCH " + s.line() + String.format(Locale.ROOT, "  RSS=%d MB", LoadDriver.rssMb()));
            archivoStats.add(s);
        }
        perQuery(archivo);

        // 4. PostgreSQL full-text search on the same records and queries
        if (POSTGRES && PostgresFts.available()) {
            PostgresFts.load(catalogue, STUDIES, VARIABLES_PER_STUDY);
            try (PostgresFts pg = new PostgresFts(16)) {
                System.out.println("BENCH PostgreSQL warm-up (16 clients)…");
                LoadDriver.run("PostgreSQL", 16, 0, WARMUP, BenchQuery.MIX, pg::search);
                List<LoadDriver.Stats> pgStats = new ArrayList<>();
                for (int clients : new int[] {1, 16}) {
                    LoadDriver.Stats s = LoadDriver.run("PostgreSQL", clients, 2, SECONDS, BenchQuery.MIX, pg::search);
                    System.out.println("BENCH " + s.line());
                    pgStats.add(s);
                }
                for (int i = 0; i < 2; i++) {
                    LoadDriver.Stats a = archivoStats.get(i);
                    LoadDriver.Stats p = pgStats.get(i);
                    System.out.printf(Locale.ROOT, "BENCH ratio PostgreSQL/Archivo, %2d clients: p50 %.1fx, p99 %.1fx, throughput %.1fx%n",
                            a.clients(), p.p50Ms() / a.p50Ms(), p.p99Ms() / a.p99Ms(), a.rps() / p.rps());
                }
            }
        }
        System.out.println("BENCH summary");
        archivoStats.forEach(s -> System.out.println("BENCH   " + s.line()));
        System.out.printf(Locale.ROOT, "BENCH   relevance nDCG@10 = %.3f; total benchmark time %.0f s%n", ndcg,
                (System.nanoTime() - started) / 1e9);
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
        System.out.printf(Locale.ROOT, "BENCH indexing: %.1f s + commit %.1f s: %.0f studies/s, %.0f variables/s (%.0f documents/s)%n",
                indexSeconds, commitSeconds, STUDIES / (indexSeconds + commitSeconds), variables / (indexSeconds + commitSeconds),
                (STUDIES + variables) / (indexSeconds + commitSeconds));
    }

    private static void printTotals(HttpClient http, URI root) throws Exception {
        for (BenchQuery q : BenchQuery.MIX) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(root.resolve(q.path())).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), q.path());
            String body = r.body();
            String total = body.replaceFirst("(?s)^.*?\"total\":(\\d+).*$", "$1");
            String fuzzy = body.contains("\"fuzzy\":true") ? " fuzzy" : "";
            System.out.printf(Locale.ROOT, "BENCH   %-10s %-60s total=%s%s%n", q.kind(), q.path(), total, fuzzy);
        }
    }

    /** One client, each query of the mix alone: where the time goes. */
    private static void perQuery(LoadDriver.Call call) throws Exception {
        for (BenchQuery q : BenchQuery.MIX) {
            long[] t = new long[15];
            for (int i = 0; i < t.length; i++) {
                long t0 = System.nanoTime();
                call.run(0, q);
                t[i] = System.nanoTime() - t0;
            }
            java.util.Arrays.sort(t);
            System.out.printf(Locale.ROOT, "BENCH   single %-10s %-60s median %.2f ms%n", q.kind(), q.path(), t[t.length / 2] / 1e6);
        }
    }
}
