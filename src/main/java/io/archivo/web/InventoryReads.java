package io.archivo.web;

import io.archivo.inventory.api.ProcessDtoMapper;
import io.archivo.inventory.api.dto.ProcessView;
import io.archivo.inventory.domain.ProcessData;
import io.archivo.inventory.service.Diagnostic;
import io.archivo.inventory.service.DiagnosticService;
import io.archivo.inventory.service.IndicatorReport;
import io.archivo.inventory.service.IndicatorService;
import io.archivo.inventory.service.ProcessService;
import io.archivo.inventory.service.PublishedStudies;
import io.archivo.transparency.TransparencyService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The pages' one door to the inventory, the plan and the transparency instruments: the services behind
 * {@code ProcessResource}, {@code PetResource} and {@code TransparencyResource}. Processes are public assets
 * (AccessPolicy.canSeeProcess), so no caller is needed here.
 */
@ApplicationScoped
public class InventoryReads {

    @Inject
    ProcessService processes;
    @Inject
    IndicatorService indicators;
    @Inject
    DiagnosticService diagnostic;
    @Inject
    PublishedStudies published;
    @Inject
    TransparencyService transparency;

    public List<ProcessView> processes() {
        return processes.all().stream().map(ProcessDtoMapper::toView).toList();
    }

    public Optional<ProcessView> process(String code) {
        return processes.find(code).map(ProcessDtoMapper::toView);
    }

    public IndicatorReport indicators() {
        return indicators.current();
    }

    public Diagnostic diagnostic() {
        return diagnostic.current();
    }

    /** The plan indicators computed over each department's processes (label → report), in label order. */
    public Map<String, IndicatorReport> indicatorsByDepartment() {
        List<ProcessData> all = processes.all();
        Set<String> withStudy = published.processCodesWithPublishedStudy();
        Map<String, List<ProcessData>> byDepartment = new TreeMap<>();
        for (ProcessData p : all) {
            String label = p.department() == null ? "Sin dependencia" : p.department().label();
            byDepartment.computeIfAbsent(label, k -> new java.util.ArrayList<>()).add(p);
        }
        Map<String, IndicatorReport> out = new LinkedHashMap<>();
        byDepartment.forEach((label, ps) -> out.put(label, IndicatorService.compute(ps, withStudy)));
        return out;
    }

    public List<String> registroColumns() {
        return TransparencyService.REGISTRO_COLUMNS;
    }

    public List<Map<String, String>> registro() {
        return transparency.registro();
    }

    public List<String> indiceColumns() {
        return TransparencyService.INDICE_COLUMNS;
    }

    public List<Map<String, String>> indice() {
        return transparency.indice();
    }
}
