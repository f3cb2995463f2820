package io.archivo.inventory.service;

import io.archivo.inventory.domain.ProcessData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** The plan indicators, always computed from the inventory as it is now (nothing is cached or stored). */
@ApplicationScoped
public class IndicatorService {

    @Inject
    ProcessService processes;

    @Inject
    PublishedStudies publishedStudies;

    public IndicatorReport current() {
        return compute(processes.all(), publishedStudies.processCodesWithPublishedStudy());
    }

    /** Pure computation, so that it can be checked without a database. */
    public static IndicatorReport compute(List<ProcessData> processes, Set<String> published) {
        List<Indicator> indicators = Arrays.stream(PlanIndicator.values())
                .map(i -> i.measure(processes, published))
                .toList();
        boolean illustrative = processes.stream().anyMatch(ProcessData::illustrative);
        return new IndicatorReport(processes.size(), illustrative, indicators);
    }
}
