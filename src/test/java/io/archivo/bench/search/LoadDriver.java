package io.archivo.bench.search;

import static io.archivo.bench.http.Latencies.percentileMs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closed-loop load: {@code clients} threads each send the query mix in a loop (client c starts at mix position
 * c * 7) for a fixed time, after a warm-up; every request's latency is recorded.
 */
final class LoadDriver {

    /** One request; throws on any failure (which counts as an error, not a latency). */
    interface Call {
        void run(int client, BenchQuery query) throws Exception;
    }

    record Stats(String engine, int clients, long requests, long errors, double seconds, double p50Ms, double p99Ms,
                 double maxMs, double rps) {

        String line() {
            return String.format(Locale.ROOT, "%-10s clients=%2d  requests=%6d errors=%d  p50=%7.2f ms  p99=%7.2f ms  max=%7.1f ms  %8.1f req/s",
                    engine, clients, requests, errors, p50Ms, p99Ms, maxMs, rps);
        }
    }

    private LoadDriver() {
    }

    /** Where each client's next request comes from. */
    interface Source {
        BenchQuery next(int client, int i, java.util.Random random);
    }

    static Stats run(String engine, int clients, double warmupSeconds, double seconds, List<BenchQuery> mix, Call call)
            throws InterruptedException {
        // client c starts at mix position c * 7
        return run(engine, clients, warmupSeconds, seconds, (client, i, random) -> mix.get((client * 7 + i) % mix.size()), call);
    }

    /** Each client draws from {@code log} with its own seeded random stream. */
    static Stats run(String engine, int clients, double warmupSeconds, double seconds, QueryLog log, Call call)
            throws InterruptedException {
        return run(engine, clients, warmupSeconds, seconds, (client, i, random) -> log.draw(random), call);
    }

    static Stats run(String engine, int clients, double warmupSeconds, double seconds, Source source, Call call)
            throws InterruptedException {
        long[][] latencies = new long[clients][];
        int[] counts = new int[clients];
        AtomicLong errors = new AtomicLong();
        CountDownLatch done = new CountDownLatch(clients);
        long start = System.nanoTime();
        long measureFrom = start + (long) (warmupSeconds * 1e9);
        long end = measureFrom + (long) (seconds * 1e9);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread t = new Thread(() -> {
                long[] mine = new long[1 << 14];
                int n = 0;
                int i = 0;
                java.util.Random random = new java.util.Random(7_919L * (client + 1));
                try {
                    while (true) {
                        long t0 = System.nanoTime();
                        if (t0 >= end) {
                            break;
                        }
                        BenchQuery q = source.next(client, i++, random);
                        try {
                            call.run(client, q);
                        } catch (Exception e) {
                            if (errors.incrementAndGet() <= 3) {
                                System.out.println("BENCH " + engine + " error on " + q.path() + ": " + e);
                            }
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
            }, engine + "-client-" + c);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        done.await();
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int k = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(latencies[c], 0, all, k, counts[c]);
            k += counts[c];
        }
        Arrays.sort(all);
        return new Stats(engine, clients, total, errors.get(), seconds, percentileMs(all, 0.50), percentileMs(all, 0.99),
                all.length == 0 ? 0 : all[all.length - 1] / 1e6, total / seconds);
    }


    /** Resident set size of this process (kB → MB), from /proc/self/status; -1 where there is no /proc. */
    static long rssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (Exception e) {
            // not Linux
        }
        return -1;
    }
}
