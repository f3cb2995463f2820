package io.archivo.inventory.service;

import io.archivo.access.AccessPolicy;
import io.archivo.access.Caller;
import io.archivo.access.ClassificationDecision;
import io.archivo.access.audit.AuditLog;
import io.archivo.inventory.domain.Classification;
import jakarta.enterprise.event.Event;
import io.archivo.common.api.Page;
import io.archivo.common.api.PageRequest;
import io.archivo.common.problem.ProblemException;
import io.archivo.inventory.domain.FieldViolation;
import io.archivo.inventory.domain.ProcessData;
import io.archivo.inventory.domain.ProcessFilter;
import io.archivo.inventory.domain.ProcessRepository;
import io.archivo.inventory.domain.ProcessType;
import io.archivo.common.organisation.Codes;
import io.archivo.common.organisation.Department;
import io.archivo.inventory.domain.ProcessRules;
import io.archivo.inventory.domain.StatisticalProcess;
import io.archivo.inventory.importer.ImportReport;
import io.archivo.inventory.importer.InventoryFormat;
import io.archivo.inventory.importer.ProcessSpreadsheets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Use cases of the inventory of statistical processes. Owns the transactions and the rules; callers pass and get
 * {@link ProcessData}, never entities.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class ProcessService {

    @Inject
    ProcessRepository repository;

    @Inject
    AuditLog audit;

    @Inject
    Event<ProcessChanged> changed;

    @Inject
    PublishedStudies publishedStudies;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ProcessData> list(ProcessFilter filter, PageRequest paging) {
        List<ProcessData> items = repository.page(filter, paging.page() - 1, paging.size()).stream()
                .map(StatisticalProcess::toData).toList();
        return new Page<>(repository.count(filter), paging.page(), paging.size(), items);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ProcessData> find(String code) {
        return repository.findByCode(code).map(StatisticalProcess::toData);
    }

    /** The process as cited elsewhere ({@link ProcessHeading}): one row, cheaper than {@link #find}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ProcessHeading> heading(String code) {
        return repository.headingColumns(code).map(c -> new ProcessHeading((String) c[0], (String) c[1],
                Codes.find(Department.class, (String) c[2]).orElse(null), (String) c[3],
                Codes.find(ProcessType.class, (String) c[4]).orElse(null)));
    }

    /**
     * What access to the studies of a process depends on: its department and classification codes. Cheap (two
     * columns), as the archive asks for every study it shows.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ProcessScope> scope(String code) {
        return repository.accessColumns(code).map(c -> new ProcessScope(c[0], c[1]));
    }

    /** A cheap fingerprint of the whole inventory: it changes whenever a process is added, changed or deleted. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public InventoryState state() {
        Object[] row = repository.countAndLastChange();
        return new InventoryState(((Number) row[0]).longValue(), (java.time.Instant) row[1]);
    }

    /** How many processes there are and how many departments own at least one: two aggregates, no process read. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public InventoryCounts counts() {
        Object[] row = repository.countWithDepartments();
        return new InventoryCounts(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ProcessData get(String code) {
        return find(code).orElseThrow(() -> notFound(code));
    }

    /** Every process, ordered by code: the snapshot indicators and exports are computed from. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProcessData> all() {
        return repository.listAllByCode().stream().map(StatisticalProcess::toData).toList();
    }

    public ProcessData create(Caller caller, ProcessData data) {
        requireValid(data);
        AccessPolicy.requireProcessEdit(caller, data.department().code(), data.code());
        if (repository.findByCode(data.code()).isPresent()) {
            throw ProblemException.conflict("process-exists", "El proceso ya existe",
                    "Ya existe un proceso con el código " + data.code());
        }
        StatisticalProcess process = StatisticalProcess.from(data);
        repository.persist(process);
        audit.record(caller, "create", AuditLog.PROCESS, data.code(), null, null);
        changed.fire(new ProcessChanged(data.code()));
        return process.toData();
    }

    /** Replaces every field of the process; the code in the body, if any, must be the one in the path. */
    public ProcessData update(Caller caller, String code, ProcessData data) {
        if (data.code() != null && !data.code().equals(code)) {
            throw ProblemException.unprocessable("invalid-process", "Proceso no válido",
                    "El código de un proceso no se puede cambiar").with("errors",
                    List.of(Map.of("field", "code", "reason", "debe ser " + code)));
        }
        ProcessData complete = data.toBuilder().code(code).build();
        requireValid(complete);
        StatisticalProcess process = repository.findByCode(code).orElseThrow(() -> notFound(code));
        // both the department it has and the one it would get must be the caller's
        AccessPolicy.requireProcessEdit(caller, process.toData().department().code(), code);
        AccessPolicy.requireProcessEdit(caller, complete.department().code(), code);
        process.apply(complete);
        if (Classification.PUBLICA.equals(complete.classification())) {
            // a public process carries no decision details; other levels keep theirs (PUT …/classification sets them)
            process.decide(null, null, null, null);
        }
        audit.record(caller, "update", AuditLog.PROCESS, code, null, null);
        changed.fire(new ProcessChanged(code));
        return process.toData();
    }

    public void delete(Caller caller, String code) {
        StatisticalProcess process = repository.findByCode(code).orElseThrow(() -> notFound(code));
        AccessPolicy.requireProcessEdit(caller, process.toData().department().code(), code);
        // its studies take their department and classification from it: deleting it would orphan them (and make a
        // classified study public, or let another department claim it under a re-created code)
        if (publishedStudies.hasStudies(code)) {
            throw ProblemException.conflict("process-has-studies", "Process has studies",
                    "Process '" + code + "' still has DDI studies; it cannot be deleted");
        }
        repository.delete(process);
        audit.record(caller, "delete", AuditLog.PROCESS, code, null, null);
        changed.fire(new ProcessChanged(code));
    }

    /** Classifies a process (Ley 1712 de 2014); its studies follow (the stricter level applies to them). */
    public ClassificationDecision classify(Caller caller, String code, ClassificationDecision decision) {
        StatisticalProcess process = repository.findByCode(code).orElseThrow(() -> notFound(code));
        AccessPolicy.requireProcessEdit(caller, process.toData().department().code(), code);
        ProcessData data = process.toData().toBuilder()
                .classification(Classification.of(decision.level()).orElseThrow()).build();
        process.apply(data);
        process.decide(decision.legalBasis(), decision.exception(), decision.decidedOn(), decision.term());
        audit.record(caller, "classify", AuditLog.PROCESS, code, null, "level=" + decision.level()
                + (decision.legalBasis() == null ? "" : "; legalBasis=" + decision.legalBasis())
                + (decision.exception() == null ? "" : "; exception=" + decision.exception())
                + (decision.decidedOn() == null ? "" : "; decidedOn=" + decision.decidedOn())
                + (decision.term() == null ? "" : "; term=" + decision.term()));
        changed.fire(new ProcessChanged(code));
        return decision;
    }

    /** The classification decision of a process, with its details. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ClassificationDecision classification(String code) {
        StatisticalProcess p = repository.findByCode(code).orElseThrow(() -> notFound(code));
        return new ClassificationDecision(p.toData().classification().code(), p.getLegalBasis(),
                p.getClassificationException(), p.getClassificationDecidedOn(), p.getClassificationTerm());
    }

    /** Every process with its classification decision, ordered by code (for the transparency instruments). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<java.util.Map.Entry<ProcessData, ClassificationDecision>> allWithClassification() {
        return repository.listAllByCode().stream().map(p -> {
            ProcessData data = p.toData();
            return java.util.Map.entry(data, new ClassificationDecision(data.classification().code(),
                    p.getLegalBasis(), p.getClassificationException(), p.getClassificationDecidedOn(),
                    p.getClassificationTerm()));
        }).toList();
    }

    /**
     * Upserts every process of an inventory file by code, or nothing at all: a file with any bad row is rejected
     * with all its errors, so the inventory never holds half of a file.
     */
    public ImportOutcome importFile(Caller caller, byte[] content, InventoryFormat format) {
        ImportReport report = ProcessSpreadsheets.read(content, format);
        if (!report.isValid()) {
            throw ProblemException.unprocessable("invalid-inventory-file", "Archivo de inventario no válido",
                    report.errors().size() + " error(es) en el archivo; no se aplicó ningún cambio")
                    .with("errors", report.errors());
        }
        // all or nothing, also for rights: every row (and every process it replaces) must be the caller's
        for (ProcessData data : report.processes()) {
            AccessPolicy.requireProcessEdit(caller, data.department().code(), data.code());
            repository.findByCode(data.code()).ifPresent(existing ->
                    AccessPolicy.requireProcessEdit(caller, existing.toData().department().code(), data.code()));
        }
        ImportOutcome outcome = upsert(report.processes());
        audit.record(caller, "import", AuditLog.PROCESS, "inventory", null,
                outcome.created() + " created, " + outcome.updated() + " updated: "
                        + String.join(",", report.processes().stream().map(ProcessData::code).toList()));
        report.processes().forEach(p -> changed.fire(new ProcessChanged(p.code())));
        return outcome;
    }

    /** Loads a catalogue into an empty inventory (first start); does nothing when processes already exist. */
    public int seedIfEmpty(List<ProcessData> catalogue) {
        if (repository.count() > 0) {
            return 0;
        }
        catalogue.forEach(ProcessService::requireValid);
        return upsert(catalogue).created();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] export(InventoryFormat format) {
        return ProcessSpreadsheets.write(all(), format);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] ddiSkeleton(String code) {
        return DdiSkeletonWriter.write(get(code), java.time.LocalDate.now());
    }

    private ImportOutcome upsert(List<ProcessData> processes) {
        int created = 0;
        int updated = 0;
        for (ProcessData data : processes) {
            Optional<StatisticalProcess> existing = repository.findByCode(data.code());
            if (existing.isPresent()) {
                existing.get().apply(data);
                updated++;
            } else {
                repository.persist(StatisticalProcess.from(data));
                created++;
            }
        }
        return new ImportOutcome(created, updated, processes.size());
    }

    private static void requireValid(ProcessData data) {
        List<FieldViolation> violations = ProcessRules.check(data);
        if (!violations.isEmpty()) {
            throw ProblemException.unprocessable("invalid-process", "Proceso no válido",
                    violations.size() + " campo(s) no válido(s)").with("errors", violations.stream()
                    .map(v -> Map.of("field", v.field().property(), "reason", v.reason())).toList());
        }
    }

    private static ProblemException notFound(String code) {
        return ProblemException.notFound("No existe un proceso con el código " + code);
    }
}
