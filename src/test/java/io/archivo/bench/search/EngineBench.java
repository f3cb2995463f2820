package io.archivo.bench.search;

import io.archivo.search.index.LuceneIndex;
import io.archivo.search.service.SearchService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The engine's CPU and allocation per query ({@link EngineCost}) on the benchmark catalogue, in process and without
 * Quarkus, HTTP or relevance runs: for iterating on query-side code. The index is built once per size into
 * {@code target/engine-index-<studies>x<variables>} and kept between runs (rebuilt when {@link LuceneIndex#SCHEMA_VERSION} changes; delete the folder after other index changes).
 * <p>
 * {@code ./mvnw -B test -Pbench -Dtest=EngineBench -Dbench.scale=quick} (same size options as
 * {@link SearchBenchmark}; {@code -Dbench.rounds=3} measured rounds of the same sample, {@code -Dbench.jfr=true} profiles the last one into {@code target/benchmarks/engine.jfr}).
 */
@Tag("benchmark")
class EngineBench {

    private static final long SEED = 20_240_601L;
    private static final boolean QUICK = "quick".equals(System.getProperty("bench.scale"));
    private static final int STUDIES = Integer.getInteger("bench.studies", QUICK ? 1_000 : 10_000);
    private static final int VARIABLES_PER_STUDY = Integer.getInteger("bench.variablesPerStudy", 100);
    private static final int DISTINCT_QUERIES = Integer.getInteger("bench.distinctQueries", QUICK ? 5_000 : 20_000);
    private static final int ENGINE_QUERIES = Integer.getInteger("bench.engineQueries", 3_000);
    private static final boolean JFR = Boolean.getBoolean("bench.jfr");
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
    /** {@code -Dbench.mergeTo=N}: force-merge the kept index to at most N segments (own folder), to see what segments cost. */
    private static final int MERGE_TO = Integer.getInteger("bench.mergeTo", 0);
    /** {@code -Dbench.kind=place}: only the log's queries of one kind (as the per-kind lines name them), to profile it. */
    private static final String KIND = System.getProperty("bench.kind");
    /** {@code -Dbench.indexThreads=1}: build the index on one thread, so that two builds (two codes) hold their documents in the same order and their answers digests can be compared. */
    private static final int INDEX_THREADS = Integer.getInteger("bench.indexThreads", 2);

    @Test
    void engineCost() throws Exception {
        Path dir = Path.of("target/engine-index-" + STUDIES + "x" + VARIABLES_PER_STUDY + (MERGE_TO > 0 ? "-merged" + MERGE_TO : ""));
        // the marker names the schema it was built with: an index of an older schema would be opened empty
        Path complete = dir.resolve("complete");
        if (!Files.exists(complete) || !Files.readString(complete).equals(LuceneIndex.SCHEMA_VERSION)) {
            try (LuceneIndex index = LuceneIndex.open(dir)) {
                build(index);
            }
            if (MERGE_TO > 0) {
                // what the service's idle merge after a bulk load gives
                try (LuceneIndex index = LuceneIndex.open(dir)) {
                    index.mergeIfQuiet(Duration.ZERO, MERGE_TO);
                }
            }
            Files.writeString(complete, LuceneIndex.SCHEMA_VERSION);
        }
        try (LuceneIndex index = LuceneIndex.open(dir)) {
            System.out.printf(Locale.ROOT, "BENCH engine: %,d studies × %d variables, %d segments, %,d MB on disk, assertions %s%n",
                    STUDIES, VARIABLES_PER_STUDY, index.segmentCount(), megabytes(dir), EngineCost.assertions());
            SearchService search = new SearchService(index);
            QueryLog log = QueryLog.generate(SEED, DISTINCT_QUERIES, 1.0);
            if (KIND != null) {
                log = log.only(q -> q.kind().equals(KIND));
            }
            EngineCost.measure(search, log, ENGINE_QUERIES, SEED).forEach(l -> System.out.println("BENCH " + l));
            // on a busy machine CPU time still varies from round to round (caches shared with other processes):
            // more rounds of the same sample, compare the lowest means
            for (int round = 2; round <= ROUNDS; round++) {
                JfrProfile profile = JFR && round == ROUNDS
                        ? new JfrProfile(Path.of("target/benchmarks/engine.jfr"), Duration.ofMillis(2)) : null;
                try (profile) { // a null profile (JFR off) is simply not closed
                    List<String> lines = EngineCost.measure(search, log, ENGINE_QUERIES, SEED, false);
                    System.out.println("BENCH round " + round + ": " + lines.get(0) + "\nBENCH " + lines.get(1));
                }
            }
            System.out.printf(Locale.ROOT, "BENCH heap after GC with the index open and searched: %,d MB (max %,d MB); RSS %,d MB%n",
                    heapAfterGcMb(), Runtime.getRuntime().maxMemory() >> 20, LoadDriver.rssMb());
        }
    }

    /** Two threads (bench.indexThreads), 50 studies per refresh, as the search benchmark indexes; prints progress for large sizes. */
    private static void build(LuceneIndex index) throws Exception {
        index.deleteAll();
        BenchCatalogue catalogue = new BenchCatalogue(SEED);
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        long t0 = System.nanoTime();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(INDEX_THREADS);
        List<java.util.concurrent.Future<?>> jobs = new ArrayList<>();
        for (int t = 0; t < INDEX_THREADS; t++) {
            jobs.add(pool.submit(() -> {
                int first;
                while ((first = next.getAndAdd(50)) < STUDIES) {
                    List<LuceneIndex.StudyBlock> blocks = new ArrayList<>();
                    for (int i = first; i < Math.min(STUDIES, first + 50); i++) {
                        BenchCatalogue.Record r = catalogue.record(i, VARIABLES_PER_STUDY);
                        blocks.add(new LuceneIndex.StudyBlock(r.study(), r.variables()));
                    }
                    index.upsertStudies(blocks);
                    if ((first + 50) % 10_000 == 0) {
                        System.out.printf(Locale.ROOT, "BENCH indexed %,d studies in %.0f s%n", first + 50,
                                (System.nanoTime() - t0) / 1e9);
                    }
                }
                return null;
            }));
        }
        for (java.util.concurrent.Future<?> job : jobs) {
            job.get();
        }
        pool.shutdown();
        index.commit();
        System.out.printf(Locale.ROOT, "BENCH index built in %.0f s%n", (System.nanoTime() - t0) / 1e9);
    }

    private static long megabytes(Path dir) throws java.io.IOException {
        try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum() >> 20;
        }
    }

    /** Heap in use after a full collection: what the open index and the search service's caches keep. */
    private static long heapAfterGcMb() {
        System.gc();
        return java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
    }
}
