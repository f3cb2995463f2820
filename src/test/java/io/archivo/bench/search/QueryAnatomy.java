package io.archivo.bench.search;

import io.archivo.search.SearchType;
import io.archivo.search.Visibility;
import io.archivo.search.index.LuceneIndex;
import io.archivo.search.query.FilterQueries;
import io.archivo.search.query.SearchTarget;
import io.archivo.search.query.TextQueryFactory;
import io.archivo.search.query.UserQueryParser;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FilterCollector;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.FilterScorable;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Why a variable search costs what it costs: for each query, its matches, how many of them the page collector had
 * to score (past the hits threshold Lucene may skip blocks that cannot reach the page) and the CPU of the page, then
 * the same with the lowest competitive score raised by a relative tolerance, to tell ties from loose block bounds.
 * Reads the index {@link EngineBench} keeps ({@code -Dbench.mergeTo=1}); queries from {@code -Dprobe.q=a|b|c}.
 * <pre>./mvnw -B test -Pbench -Dtest=QueryAnatomy</pre>
 */
@Tag("benchmark")
class QueryAnatomy {

    private static final Path INDEX = Path.of(System.getProperty("probe.index", "target/engine-index-10000x100-merged1"));
    private static final String QUERIES = "comuna 15|zona rural corregimientos|estrato 4 medio|hurto a personas|edad";

    @Test
    void anatomy() throws Exception {
        Assumptions.assumeTrue(Files.exists(INDEX.resolve("complete")),
                "no kept index at " + INDEX + ": run ./mvnw -B test -Pbench -Dtest=EngineBench -Dbench.mergeTo=1 first");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        TextQueryFactory factory = new TextQueryFactory();
        try (LuceneIndex index = LuceneIndex.open(INDEX)) {
            for (String q : System.getProperty("probe.q", QUERIES).split("\\|")) {
                Query text = factory.build(UserQueryParser.parse(q), SearchTarget.VARIABLES);
                Query base = new BooleanQuery.Builder().add(text, Occur.MUST)
                        .add(FilterQueries.kind(SearchType.VARIABLE), Occur.FILTER)
                        .add(FilterQueries.visibility(Visibility.publicOnly()), Occur.FILTER).build();
                index.withSearcher(searcher -> {
                    int matches = searcher.count(base);
                    TopDocs reference = searcher.search(base, new TopScoreDocCollectorManager(20, null, 1000, false));
                    System.out.printf(Locale.ROOT, "ANATOMY %-30s %,8d matches; page scores %.4f .. %.4f%n", q, matches,
                            reference.scoreDocs[0].score, reference.scoreDocs[reference.scoreDocs.length - 1].score);
                    for (double tolerance : new double[] {0, 1e-5, 1e-3}) {
                        Scored scored = best(searcher, base, tolerance, threads);
                        System.out.printf(Locale.ROOT, "ANATOMY   min. competitive score +%.0e: scored %,8d, CPU %5d µs, same page %s%n",
                                tolerance, scored.collected, scored.cpuNanos / 1000, samePage(scored.top, reference));
                    }
                    return null;
                });
            }
        }
    }

    private record Scored(int collected, long cpuNanos, TopDocs top) {
    }

    /** The cheapest of 20 runs (JIT and caches warm). */
    private static Scored best(IndexSearcher searcher, Query query, double tolerance, ThreadMXBean threads) throws IOException {
        Scored best = null;
        for (int run = 0; run < 20; run++) {
            int[] collected = new int[1];
            long c0 = threads.getCurrentThreadCpuTime();
            TopDocs top = searcher.search(query, counting(tolerance, collected));
            long cpu = threads.getCurrentThreadCpuTime() - c0;
            if (best == null || cpu < best.cpuNanos) {
                best = new Scored(collected[0], cpu, top);
            }
        }
        return best;
    }

    private static boolean samePage(TopDocs a, TopDocs b) {
        return Arrays.equals(Arrays.stream(a.scoreDocs).mapToInt(d -> d.doc).toArray(),
                Arrays.stream(b.scoreDocs).mapToInt(d -> d.doc).toArray());
    }

    /** Page 1 (20 hits, threshold 1,000, as the service), counting scored hits; the scorer is told a raised minimum. */
    private static CollectorManager<Collector, TopDocs> counting(double tolerance, int[] collected) {
        TopScoreDocCollectorManager page = new TopScoreDocCollectorManager(20, null, 1000, false);
        List<TopScoreDocCollector> pages = new ArrayList<>();
        return new CollectorManager<>() {
            @Override
            public Collector newCollector() throws IOException {
                TopScoreDocCollector collector = page.newCollector();
                pages.add(collector);
                return new FilterCollector(collector) {
                    @Override
                    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
                        return new FilterLeafCollector(super.getLeafCollector(context)) {
                            @Override
                            public void setScorer(Scorable scorer) throws IOException {
                                in.setScorer(new FilterScorable(scorer) {
                                    @Override
                                    public void setMinCompetitiveScore(float min) throws IOException {
                                        in.setMinCompetitiveScore((float) (min + Math.abs(min) * tolerance));
                                    }
                                });
                            }

                            @Override
                            public void collect(int doc) throws IOException {
                                collected[0]++;
                                in.collect(doc);
                            }
                        };
                    }
                };
            }

            @Override
            public TopDocs reduce(Collection<Collector> collectors) throws IOException {
                return page.reduce(pages);
            }
        };
    }
}
