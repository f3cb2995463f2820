package io.archivo.web;

import io.archivo.inventory.api.ProcessDtoMapper;
import io.archivo.inventory.api.dto.ProcessView;
import io.archivo.inventory.domain.ProcessData;
import io.archivo.inventory.service.Diagnostic;
import io.archivo.inventory.service.DiagnosticService;
import io.archivo.inventory.service.IndicatorReport;
import io.archivo.inventory.service.IndicatorService;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The inventory as a page reads it: the processes read once, and everything the pages derive from them (views, plan
 * indicators overall and by department, the diagnostic, charts) computed at most once from that one read.
 *
 * <p>A page asks {@link InventoryReads#snapshot()} once per request and reads everything from it, so a page never reads
 * the inventory twice (the plan read it six times when each piece asked the service). With the page models on, one
 * snapshot serves every request until the catalogue changes, and the values derived from it are kept inside it, so
 * they can never outlive the data they were computed from; with the models off (the benchmark's "caches off"),
 * each request gets a snapshot of its own and computes all it shows.
 */
public final class InventorySnapshot {

    private final List<ProcessData> processes;
    private final Map<Object, Once<?>> derived = new ConcurrentHashMap<>();
    private final Once<Set<String>> withPublishedStudy;

    /** {@code withPublishedStudy} is read the first time a page needs it (the plan does, the process list does not). */
    InventorySnapshot(List<ProcessData> processes, Supplier<Set<String>> withPublishedStudy) {
        this.processes = List.copyOf(processes);
        this.withPublishedStudy = new Once<>(withPublishedStudy);
    }

    /** Every process, ordered by code. */
    public List<ProcessView> processes() {
        return derived("views", s -> s.processes.stream().map(ProcessDtoMapper::toView).toList());
    }

    /** The plan indicators over every process. */
    public IndicatorReport indicators() {
        return derived("indicators", s -> IndicatorService.compute(s.processes, s.withPublishedStudy.get()));
    }

    /** The plan indicators computed over each department's processes (label → report), in label order. */
    public Map<String, IndicatorReport> indicatorsByDepartment() {
        return derived("indicators-by-department", s -> {
            Set<String> withStudy = s.withPublishedStudy.get();
            Map<String, List<ProcessData>> byDepartment = new TreeMap<>();
            for (ProcessData p : s.processes) {
                String label = p.department() == null ? "Sin dependencia" : p.department().label();
                byDepartment.computeIfAbsent(label, k -> new ArrayList<>()).add(p);
            }
            Map<String, IndicatorReport> out = new LinkedHashMap<>();
            byDepartment.forEach((label, ps) -> out.put(label, IndicatorService.compute(ps, withStudy)));
            return out;
        });
    }

    public Diagnostic diagnostic() {
        return derived("diagnostic", s -> DiagnosticService.compute(s.processes));
    }

    /**
     * A value a page derives from this snapshot (its rows, its charts), computed once for it: concurrent requests
     * sharing a kept snapshot wait for the one computation. {@code key} names what is computed, for this snapshot only.
     */
    @SuppressWarnings("unchecked")
    <T> T derived(Object key, Function<InventorySnapshot, T> compute) {
        // the holder is created under the map's lock, the value computed outside it: computations may derive others
        Once<T> once = (Once<T>) derived.computeIfAbsent(key, k -> new Once<>(() -> compute.apply(this)));
        return once.get();
    }

    /** A value computed by the first caller; a failure is not kept, so the next caller tries again. */
    private static final class Once<T> {
        private final Supplier<T> compute;
        private volatile T value;

        Once(Supplier<T> compute) {
            this.compute = compute;
        }

        T get() {
            T v = value;
            if (v == null) {
                synchronized (this) {
                    v = value;
                    if (v == null) {
                        v = compute.get();
                        value = v;
                    }
                }
            }
            return v;
        }
    }
}
