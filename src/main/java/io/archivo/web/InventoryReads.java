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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The pages' one door to the inventory, the plan and the transparency instruments: the services behind
 * {@code ProcessResource}, {@code PetResource} and {@code TransparencyResource}. Processes are public assets
 * (AccessPolicy.canSeeProcess), and the plan's figures and the transparency instruments are the same for every
 * caller, so no caller is needed here; each answer is computed once per catalogue state ({@link PageModels}).
 */
@ApplicationScoped
public class InventoryReads {

    @Inject
    ProcessService processes;
    @Inject
    PublishedStudies published;
    @Inject
    TransparencyService transparency;
    @Inject
    PageModels models;

    /** Every process, ordered by code. */
    public List<ProcessView> processes() {
        return models.get("processes", () -> processData().stream().map(ProcessDtoMapper::toView).toList());
    }

    /** The process with exactly this code, as {@code GET /api/v1/processes/{code}} finds it. */
    public Optional<ProcessView> process(String code) {
        Map<String, ProcessView> byCode = models.get("processes-by-code", () -> {
            Map<String, ProcessView> m = new HashMap<>();
            processes().forEach(p -> m.put(p.code(), p));
            return m;
        });
        return Optional.ofNullable(byCode.get(code));
    }

    public IndicatorReport indicators() {
        return models.get("indicators", () -> IndicatorService.compute(processData(), withPublishedStudy()));
    }

    public Diagnostic diagnostic() {
        return models.get("diagnostic", () -> DiagnosticService.compute(processData()));
    }

    /** The plan indicators computed over each department's processes (label → report), in label order. */
    public Map<String, IndicatorReport> indicatorsByDepartment() {
        return models.get("indicators-by-department", this::computeIndicatorsByDepartment);
    }

    private Map<String, IndicatorReport> computeIndicatorsByDepartment() {
        List<ProcessData> all = processData();
        Set<String> withStudy = withPublishedStudy();
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
        return models.get("registro", transparency::registro);
    }

    public List<String> indiceColumns() {
        return TransparencyService.INDICE_COLUMNS;
    }

    public List<Map<String, String>> indice() {
        return models.get("indice", transparency::indice);
    }

    /** The snapshot the services compute the indicators and the diagnostic from, read once per state. */
    private List<ProcessData> processData() {
        return models.get("process-data", processes::all);
    }

    private Set<String> withPublishedStudy() {
        return models.get("processes-with-published-study", published::processCodesWithPublishedStudy);
    }
}
