package io.archivo.bench.search;

import io.archivo.archive.catalogue.CataloguedVariable;
import io.archivo.archive.catalogue.IndexableStudy;
import io.archivo.bench.SyntheticCodebooks;
import io.archivo.ddi.DdiReadResult;
import io.archivo.ddi.DdiReader;
import io.archivo.ddi.model.Variable;
import io.archivo.search.index.DocumentProbe;
import io.archivo.search.index.IndexDigest;
import io.archivo.search.index.LuceneIndex;
import io.archivo.search.indexing.IndexableBlocks;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What indexing one study costs the index side, without Quarkus, HTTP or a database: the bulk-load benchmark's
 * codebooks ({@link SyntheticCodebooks}, 100 variables each) are read and mapped as the indexer maps them
 * ({@link IndexableBlocks}, outside the measurement), then written into a fresh {@link LuceneIndex} on a temporary
 * folder in batches of 64 studies, one refresh each, as {@code StudyIndexer} writes a bulk load, and committed.
 * <p>
 * Printed per study: CPU of the writing thread, CPU of the whole process (adds Lucene's merge threads, GC and JIT),
 * bytes the writing thread allocated; and the same for building the Lucene documents alone (no writer), so the
 * writer's share is the difference. The lowest of {@code rounds} measured rounds counts (the machine is shared).
 * <p>
 * {@code ./mvnw -B -q test -Pbench -Dtest=IndexCostBench} with {@code -Dbench.index.studies=1000},
 * {@code -Dbench.index.variables=100}, {@code -Dbench.index.rounds=3}, {@code -Dbench.index.source=codebooks}
 * ({@code catalogue}: the search benchmark's {@link BenchCatalogue} instead), {@code -Dbench.jfr=true} (profile
 * the last round into {@code target/benchmarks/index-cost.jfr} and print where its CPU went).
 */
@Tag("benchmark")
class IndexCostBench {

    private static final int STUDIES = Integer.getInteger("bench.index.studies", 1_000);
    private static final int VARIABLES = Integer.getInteger("bench.index.variables", 100);
    private static final int ROUNDS = Integer.getInteger("bench.index.rounds", 3);
    private static final String SOURCE = System.getProperty("bench.index.source", "codebooks");
    private static final boolean JFR = Boolean.getBoolean("bench.jfr");
    /** {@code -Dbench.index.digest=N}: only print the {@link IndexDigest} of the first N studies in one segment. */
    private static final int DIGEST = Integer.getInteger("bench.index.digest", 0);
    /** As {@code StudyIndexer.BATCH}: studies per index write and refresh. */
    private static final int BATCH = 64;

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private record Cost(double threadMs, double processMs, double allocKb, double gcMs) {
        Cost per(int studies) {
            return new Cost(threadMs / studies, processMs / studies, allocKb / studies, gcMs / studies);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "thread CPU %5.2f ms, process CPU %5.2f ms, allocated %,6.0f KB, GC %4.2f ms",
                    threadMs, processMs, allocKb, gcMs);
        }
    }

    /** Time the collectors report so far (pauses and concurrent work, in ms). */
    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime).sum();
    }

    @Test
    void indexCost() throws Exception {
        List<LuceneIndex.StudyBlock> blocks = blocks();
        if (DIGEST > 0) {
            digest(blocks.subList(0, Math.min(DIGEST, blocks.size())));
            return;
        }
        System.out.printf(Locale.ROOT, "BENCH index cost: %,d studies of %d variables (%s), batches of %d, load %.2f, "
                + "%d cores%n", STUDIES, VARIABLES, SOURCE, BATCH, OS.getSystemLoadAverage(), OS.getAvailableProcessors());
        // warm-up: the JIT compiles analysis and indexing before anything counts
        index(blocks.subList(0, Math.min(blocks.size(), 300)));
        build(blocks);
        Cost bestBuild = null;
        Cost bestIndex = null;
        for (int round = 1; round <= ROUNDS; round++) {
            JfrProfile buildProfile = JFR && round == ROUNDS
                    ? new JfrProfile(Path.of("target/benchmarks/index-cost-documents.jfr"), Duration.ofMillis(5)) : null;
            Cost built;
            try (buildProfile) { // a null profile (JFR off) is simply not closed
                built = build(blocks).per(blocks.size());
            }
            JfrProfile profile = JFR && round == ROUNDS
                    ? new JfrProfile(Path.of("target/benchmarks/index-cost.jfr"), Duration.ofMillis(5)) : null;
            Cost indexed;
            try (profile) {
                indexed = index(blocks).per(blocks.size());
            }
            System.out.printf(Locale.ROOT, "BENCH round %d per study: documents only: %s | upsertStudies + commit: %s%n",
                    round, built, indexed);
            bestBuild = bestBuild == null || built.threadMs() < bestBuild.threadMs() ? built : bestBuild;
            bestIndex = bestIndex == null || indexed.threadMs() < bestIndex.threadMs() ? indexed : bestIndex;
            if (profile != null) {
                profile.summary(labels(), 25).forEach(l -> System.out.println("BENCH jfr " + l));
            }
        }
        System.out.printf(Locale.ROOT, "BENCH best per study: documents only: %s%n", bestBuild);
        System.out.printf(Locale.ROOT, "BENCH best per study: upsertStudies + commit: %s (writer ≈ %.2f ms thread CPU)%n",
                bestIndex, bestIndex.threadMs() - bestBuild.threadMs());
        System.out.printf(Locale.ROOT, "BENCH load average after: %.2f%n", OS.getSystemLoadAverage());
    }

    /**
     * Prints what the index holds for {@code blocks}, written in one batch (one segment): index-neutral changes to
     * how documents are built leave every line as it was.
     */
    private static void digest(List<LuceneIndex.StudyBlock> blocks) throws Exception {
        try (org.apache.lucene.store.ByteBuffersDirectory dir = new org.apache.lucene.store.ByteBuffersDirectory()) {
            try (LuceneIndex index = LuceneIndex.open(dir)) {
                index.upsertStudies(blocks);
            }
            IndexDigest.of(dir).forEach(l -> System.out.println("BENCH digest " + l));
            long bytes = 0;
            for (String file : dir.listAll()) {
                bytes += dir.fileLength(file);
            }
            System.out.printf(Locale.ROOT, "BENCH digest index size %,d bytes (%,d per study)%n", bytes, bytes / blocks.size());
        }
    }

    /** Builds every study's Lucene documents and drops them: the document side of the cost. */
    private static Cost build(List<LuceneIndex.StudyBlock> blocks) throws Exception {
        long t0 = THREADS.getCurrentThreadCpuTime();
        long p0 = OS.getProcessCpuTime();
        long a0 = THREADS.getCurrentThreadAllocatedBytes();
        long g0 = gcMillis();
        long fields = 0;
        for (LuceneIndex.StudyBlock block : blocks) {
            for (var doc : DocumentProbe.documents(block)) {
                fields += doc.getFields().size();
            }
        }
        Cost cost = new Cost((THREADS.getCurrentThreadCpuTime() - t0) / 1e6, (OS.getProcessCpuTime() - p0) / 1e6,
                (THREADS.getCurrentThreadAllocatedBytes() - a0) / 1024.0, gcMillis() - g0);
        if (fields == 0) {
            throw new IllegalStateException("no fields built");
        }
        return cost;
    }

    /** Writes the blocks into a fresh index on disk as the indexer writes a bulk load, and commits. */
    private static Cost index(List<LuceneIndex.StudyBlock> blocks) throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target"), "index-cost-");
        try {
            long t0 = THREADS.getCurrentThreadCpuTime();
            long p0 = OS.getProcessCpuTime();
            long a0 = THREADS.getCurrentThreadAllocatedBytes();
            long g0 = gcMillis();
            try (LuceneIndex index = LuceneIndex.open(dir)) {
                for (int from = 0; from < blocks.size(); from += BATCH) {
                    index.upsertStudies(blocks.subList(from, Math.min(blocks.size(), from + BATCH)));
                }
                index.commit();
            } // close waits for running merges: their CPU counts
            return new Cost((THREADS.getCurrentThreadCpuTime() - t0) / 1e6, (OS.getProcessCpuTime() - p0) / 1e6,
                    (THREADS.getCurrentThreadAllocatedBytes() - a0) / 1024.0, gcMillis() - g0);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static List<LuceneIndex.StudyBlock> blocks() {
        List<LuceneIndex.StudyBlock> out = new ArrayList<>(STUDIES);
        if ("catalogue".equals(SOURCE)) {
            BenchCatalogue catalogue = new BenchCatalogue(20_240_601L);
            for (int i = 0; i < STUDIES; i++) {
                BenchCatalogue.Record r = catalogue.record(i, VARIABLES);
                out.add(new LuceneIndex.StudyBlock(r.study(), r.variables()));
            }
            return out;
        }
        DdiReader reader = new DdiReader(null);
        for (int i = 0; i < STUDIES; i++) {
            String idno = SyntheticCodebooks.idno("IDX", i);
            List<CataloguedVariable> variables = new ArrayList<>(VARIABLES);
            DdiReadResult read = reader.read(new ByteArrayInputStream(SyntheticCodebooks.codebook(i, idno, VARIABLES)),
                    (Variable v) -> variables.add(new CataloguedVariable(v, false)));
            out.add(IndexableBlocks.block(new IndexableStudy(idno, 1, 1, true, "publica", null, read.study(), variables)));
        }
        return out;
    }

    private static Map<String, String> labels() {
        Map<String, String> l = new LinkedHashMap<>();
        l.put("io.archivo.search.index.LuceneIndex.luceneBlock", "building documents (LuceneIndex.luceneBlock)");
        l.put("io.archivo.search.index.StudyDocuments.toLucene", "  study document");
        l.put("io.archivo.search.index.StudyFieldContributors.contribute", "  study's variable text");
        l.put("io.archivo.search.index.VariableDocuments.toLucene", "  variable documents");
        l.put("io.archivo.search.index.Folding.", "  Folding (clean, fold)");
        l.put("org.apache.lucene.facet.FacetsConfig.build", "  FacetsConfig.build");
        l.put("io.archivo.search.index.HitRow$Builder", "  hit rows");
        l.put("org.apache.lucene.index.IndexWriter.updateDocuments", "IndexWriter.updateDocuments");
        l.put("org.apache.lucene.index.IndexingChain.processDocument", "  indexing chain (per document)");
        l.put("org.apache.lucene.analysis.", "  analysis (tokenizers, filters)");
        l.put("org.apache.lucene.index.FreqProxTermsWriterPerField", "  postings in memory");
        l.put("org.apache.lucene.index.NormValuesWriter", "  norms");
        l.put("org.apache.lucene.index.DocumentsWriterPerThread.flush", "flush (segments written)");
        l.put("org.apache.lucene.search.SearcherManager.refreshIfNeeded", "refresh (NRT reopen)");
        l.put("org.apache.lucene.index.IndexWriter.merge", "merges");
        l.put("org.apache.lucene.index.IndexWriter.commit", "commit");
        l.put("org.apache.lucene.codecs.lucene90.compressing.Lucene90CompressingStoredFieldsWriter", "stored fields");
        l.put("org.apache.lucene.codecs.lucene90.Lucene90CompoundFormat", "compound files");
        return l;
    }
}
