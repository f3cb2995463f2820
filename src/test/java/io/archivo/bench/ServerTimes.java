package io.archivo.bench;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.CountAtBucket;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * Server-side latency of a benchmark phase from Micrometer's {@code http.server.requests} timer (the time the
 * server takes from the request's arrival to the response's end, as Quarkus measures it), beside what the client
 * in the same JVM observes. The timers of the chosen URIs get fixed buckets (0.25 ms apart up to 10 ms, 0.5 ms up to
 * 100 ms, then coarser); the Prometheus registry keeps their counts cumulative, so a phase's percentiles come from
 * the difference of two snapshots, to within a bucket. Install before the first request to those URIs: a filter
 * applies to timers created after it.
 */
final class ServerTimes {

    /** Cumulative counts per bucket upper bound (nanoseconds), summed over the matching timers, and their count. */
    record Snapshot(TreeMap<Double, Double> buckets, long count) {
    }

    private final MeterRegistry registry;
    private final String uriPrefix;

    ServerTimes(MeterRegistry registry, String uriPrefix) {
        this.registry = registry;
        this.uriPrefix = uriPrefix;
        double[] slos = boundaries();
        registry.config().meterFilter(new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (matches(id)) {
                    return DistributionStatisticConfig.builder().serviceLevelObjectives(slos).build().merge(config);
                }
                return config;
            }
        });
    }

    private boolean matches(Meter.Id id) {
        String uri = id.getTag("uri");
        return id.getName().equals("http.server.requests") && uri != null && uri.startsWith(uriPrefix);
    }

    private static double[] boundaries() {
        List<Double> ms = new ArrayList<>();
        for (double b = 0.25; b <= 10; b += 0.25) {
            ms.add(b);
        }
        for (double b = 10.5; b <= 100; b += 0.5) {
            ms.add(b);
        }
        for (double b = 105; b <= 500; b += 5) {
            ms.add(b);
        }
        ms.addAll(List.of(750.0, 1000.0, 2000.0, 5000.0, 30000.0));
        return ms.stream().mapToDouble(m -> m * 1e6).toArray();
    }

    Snapshot take() {
        TreeMap<Double, Double> buckets = new TreeMap<>();
        long count = 0;
        for (Timer t : registry.find("http.server.requests").timers()) {
            if (!matches(t.getId()) || !"200".equals(t.getId().getTag("status"))) {
                continue;
            }
            count += t.count();
            for (CountAtBucket b : t.takeSnapshot().histogramCounts()) {
                buckets.merge(b.bucket(), b.count(), Double::sum);
            }
        }
        return new Snapshot(buckets, count);
    }

    /** "server p50 … p99 … ms (n requests)" between two snapshots; a percentile is its bucket's upper bound. */
    static String between(Snapshot before, Snapshot after) {
        long n = after.count() - before.count();
        if (n <= 0 || after.buckets().isEmpty()) {
            return "server-side: no timed requests";
        }
        return String.format(Locale.ROOT, "server-side (http.server.requests) p50 %.2f ms  p99 %.2f ms  (%d requests)",
                percentile(before, after, n, 0.5), percentile(before, after, n, 0.99), n);
    }

    private static double percentile(Snapshot before, Snapshot after, long n, double p) {
        double rank = Math.ceil(p * n);
        for (var e : after.buckets().entrySet()) {
            double counted = e.getValue() - before.buckets().getOrDefault(e.getKey(), 0.0);
            if (counted >= rank) {
                return e.getKey() / 1e6;
            }
        }
        return Double.POSITIVE_INFINITY;
    }
}
