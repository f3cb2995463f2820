package io.archivo.bench.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.archivo.search.SearchRequest;
import io.archivo.search.SearchSort;
import io.archivo.search.SearchType;
import io.archivo.search.Visibility;
import io.archivo.search.service.SearchService;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The engine's own cost per query, without HTTP: one thread calls {@link SearchService#search} for a fixed sample of
 * the query log and reads the thread's CPU time and allocated bytes around each call. CPU time and allocations do not
 * depend on what else runs on the machine, so this is the figure to compare code changes with on a busy machine
 * (wall-clock latencies under load are not).
 */
final class EngineCost {

    /** How many of the most expensive distinct queries of the sample to name ({@code -Dbench.slowest}). */
    private static final int SLOWEST = Integer.getInteger("bench.slowest", 12);

    private EngineCost() {
    }

    /** Lines: overall mean/p50/p99 CPU and mean allocation, then the same per kind of query. */
    static List<String> measure(SearchService search, QueryLog log, int queries, long seed) {
        return measure(search, log, queries, seed, true);
    }

    /** @param warmUp run the sample once unmeasured first (JIT, per-segment filter bits, facet state) */
    static List<String> measure(SearchService search, QueryLog log, int queries, long seed, boolean warmUp) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long self = Thread.currentThread().getId();
        Random random = new Random(seed);
        List<BenchQuery> sample = new ArrayList<>(queries);
        for (int i = 0; i < queries; i++) {
            sample.add(log.draw(random));
        }
        if (warmUp) {
            sample.forEach(q -> search.search(request(q))); // warm-up: JIT, per-segment filter bits, facet state
        }
        long[] cpu = new long[queries];
        long[] bytes = new long[queries];
        Map<String, long[]> byKind = new LinkedHashMap<>(); // kind → {count, cpu ns, bytes}
        // of every answer (hits in order, totals, facets, hints): a change meant to be invisible must keep it
        long digest = 17;
        ObjectMapper json = new ObjectMapper();
        long jsonCpu = 0;
        long jsonBytes = 0;
        long jsonAllocated = 0;
        for (int i = 0; i < queries; i++) {
            BenchQuery q = sample.get(i);
            SearchRequest request = request(q);
            long c0 = threads.getCurrentThreadCpuTime();
            long a0 = threads.getThreadAllocatedBytes(self);
            io.archivo.search.SearchResult result = search.search(request);
            cpu[i] = threads.getCurrentThreadCpuTime() - c0;
            bytes[i] = threads.getThreadAllocatedBytes(self) - a0;
            long[] k = byKind.computeIfAbsent((q.variables() ? "variable: " : "study: ") + q.kind(), x -> new long[3]);
            k[0]++;
            k[1] += cpu[i];
            k[2] += bytes[i];
            digest = 31 * digest + canonical(result).hashCode();
            long j0 = threads.getCurrentThreadCpuTime();
            long ja = threads.getThreadAllocatedBytes(self);
            jsonBytes += json(json, result);
            jsonCpu += threads.getCurrentThreadCpuTime() - j0;
            jsonAllocated += threads.getThreadAllocatedBytes(self) - ja;
        }
        List<String> out = new ArrayList<>();
        long[] sorted = cpu.clone();
        Arrays.sort(sorted);
        out.add(String.format(Locale.ROOT, "engine cost, 1 thread, no HTTP, %,d draws of the log (cache off): CPU mean %.0f µs,"
                        + " p50 %.0f µs, p99 %.0f µs; allocated mean %.0f KB per query",
                queries, Arrays.stream(cpu).average().orElse(0) / 1e3, sorted[queries / 2] / 1e3,
                sorted[Math.min(queries - 1, (int) (queries * 0.99))] / 1e3, Arrays.stream(bytes).average().orElse(0) / 1024));
        out.add(String.format(Locale.ROOT, "  the answer as JSON (a default Jackson ObjectMapper): mean %.1f KB, CPU %.0f µs, allocated %.0f KB",
                jsonBytes / 1024.0 / queries, jsonCpu / 1e3 / queries, jsonAllocated / 1024.0 / queries));
        byKind.forEach((kind, k) -> out.add(String.format(Locale.ROOT, "  %-22s n=%5d  CPU mean %7.0f µs  allocated %6.0f KB",
                kind, k[0], k[1] / 1e3 / k[0], k[2] / 1024.0 / k[0])));
        out.add(String.format(Locale.ROOT, "  answers digest %016x (equal digests: the same answers)", digest));
        // the tail of a closed loop is made of these: at 16 clients on 2 cores a query of 4 ms CPU waits 30 ms
        Integer[] order = new Integer[queries];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (x, y) -> Long.compare(cpu[y], cpu[x]));
        java.util.Set<String> shown = new java.util.HashSet<>();
        for (int i = 0; i < queries && shown.size() < SLOWEST; i++) {
            BenchQuery q = sample.get(order[i]);
            if (shown.add(q.path())) {
                out.add(String.format(Locale.ROOT, "  slowest: %6.0f µs  %6.0f KB  %-10s %s", cpu[order[i]] / 1e3,
                        bytes[order[i]] / 1024.0, q.kind(), q.path()));
            }
        }
        return out;
    }

    private static int json(ObjectMapper json, io.archivo.search.SearchResult result) {
        try {
            return json.writeValueAsBytes(result).length;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What a search answered, with its facets in a fixed order (the answer's map has none to compare by). */
    static String canonical(io.archivo.search.SearchResult result) {
        return result.total() + " " + result.items() + " " + new java.util.TreeMap<>(result.facets()) + " "
                + result.didYouMean() + " " + result.fuzzy();
    }

    /** Whether Java assertions are on in this JVM: Lucene's own checks then inflate every figure (-Pbench turns them off). */
    @SuppressWarnings("AssertWithSideEffects")
    static String assertions() {
        boolean on = false;
        assert on = true;
        return on ? "ON (Lucene's checks inflate the cost; -Pbench runs without them)" : "off";
    }

    /** The request {@code GET q.path()} makes, for the anonymous caller. */
    static SearchRequest request(BenchQuery q) {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        if (q.department() != null) {
            filters.put("department", List.of(q.department()));
        }
        if (q.thematicArea() != null) {
            filters.put("thematicArea", List.of(q.thematicArea()));
        }
        return new SearchRequest(q.q(), q.variables() ? SearchType.VARIABLE : SearchType.STUDY, q.page(), q.size(),
                SearchSort.RELEVANCE, filters, q.yearFrom(), q.yearTo(), Visibility.publicOnly());
    }
}
