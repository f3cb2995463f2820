package io.archivo.web;

import io.archivo.inventory.api.ProcessDtoMapper;
import io.archivo.inventory.api.dto.ProcessView;
import io.archivo.inventory.service.InventoryCounts;
import io.archivo.inventory.service.ProcessService;
import io.archivo.inventory.service.PublishedStudies;
import io.archivo.transparency.TransparencyService;
import io.archivo.common.organisation.Codes;
import io.archivo.common.organisation.Department;
import io.archivo.inventory.service.ProcessScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * The pages' one door to the inventory, the plan and the transparency instruments: the services behind
 * {@code ProcessResource}, {@code PetResource} and {@code TransparencyResource}. Processes are public assets
 * (AccessPolicy.canSeeProcess), and the plan's figures and the transparency instruments are the same for every
 * caller, so no caller is needed here; each answer is computed once per catalogue state ({@link PageModels}).
 *
 * <p>Each page reads what it shows once: the whole inventory as one {@link #snapshot()} (lists, plan), a single
 * process by its code, the two counts of the home page, or both transparency instruments from one read.
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

    /** Every process, read once, with what the pages derive from it: ask once per request. */
    public InventorySnapshot snapshot() {
        return models.get("inventory", () -> new InventorySnapshot(processes.all(),
                published::processCodesWithPublishedStudy));
    }

    /** The process with exactly this code, as {@code GET /api/v1/processes/{code}} finds it. */
    public Optional<ProcessView> process(String code) {
        return models.get(List.of("process", code), () -> processes.find(code).map(ProcessDtoMapper::toView));
    }

    /**
     * The name of the department a process belongs to ("Salud"), from its two access columns, not the whole process;
     * empty for an unknown process.
     */
    public Optional<String> departmentOf(String processCode) {
        return models.get(List.of("department-of", processCode), () -> processes.scope(processCode)
                .map(ProcessScope::department).flatMap(code -> Codes.find(Department.class, code))
                .map(Department::label));
    }

    /** How many processes and departments the inventory has (two aggregates: the home page's figures). */
    public InventoryCounts counts() {
        return models.get("inventory-counts", processes::counts);
    }

    public List<String> registroColumns() {
        return TransparencyService.REGISTRO_COLUMNS;
    }

    public List<String> indiceColumns() {
        return TransparencyService.INDICE_COLUMNS;
    }

    /** The Registro de Activos and the Índice de Información Clasificada y Reservada, from one inventory read. */
    public TransparencyService.Instruments transparency() {
        return models.get("transparency", transparency::instruments);
    }
}
