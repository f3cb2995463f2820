package io.archivo.bench.http;

/** The benchmarks' one way of reading a latency quantile. */
public final class Latencies {

    private Latencies() {
    }

    /**
     * The p-quantile (0 to 1) of sorted nanoseconds in milliseconds: the value at rank ceil(p·n), as the benchmarks
     * have always read it; 0 when there are none.
     */
    public static double percentileMs(long[] sorted, double p) {
        if (sorted == null || sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }
}
