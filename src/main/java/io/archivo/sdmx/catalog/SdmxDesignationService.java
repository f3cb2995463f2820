package io.archivo.sdmx.catalog;

import io.archivo.access.Caller;
import io.archivo.common.problem.ProblemException;
import io.archivo.ddi.model.Variable;
import io.archivo.inventory.service.ProcessService;
import io.archivo.sdmx.mapping.Designation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Stores and checks the SDMX designation of a process (which study variables become dimensions, measure, attributes). */
@ApplicationScoped
public class SdmxDesignationService {

    /** The width of the designation's list columns (V3 migration). */
    private static final int MAX_LIST = 4000;

    private final EntityManager em;
    private final ProcessService processes;
    private final PublishedStudyReader studies;

    @jakarta.inject.Inject
    io.archivo.access.audit.AuditLog audit;

    @jakarta.inject.Inject
    jakarta.enterprise.event.Event<SdmxDesignationChanged> changed;

    SdmxDesignationService(EntityManager em, ProcessService processes, PublishedStudyReader studies) {
        this.em = em;
        this.processes = processes;
        this.studies = studies;
    }

    /**
     * The designation as it takes effect: only names of variables of the process's latest published public study
     * that are not sensitive. This is what the SDMX structures use, and it says nothing about withdrawn, classified
     * or personal-data variables, so it is safe to show to anyone.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Designation> find(String processCode) {
        processes.get(processCode);
        Optional<Designation> stored = Optional.ofNullable(em.find(SdmxDesignation.class, processCode))
                .map(SdmxDesignation::toDesignation);
        if (stored.isEmpty()) {
            return stored;
        }
        Set<String> visible = studies.latestPublished(processCode)
                .map(s -> s.variables().stream().map(Variable::name).collect(Collectors.toSet()))
                .orElse(Set.of());
        Designation d = stored.get();
        return Optional.of(new Designation(d.dimensionVariables().stream().filter(visible::contains).toList(),
                visible.contains(d.measureVariable()) ? d.measureVariable() : null,
                d.attributeVariables().stream().filter(visible::contains).toList()));
    }

    /** The processes that have a stored designation (which may no longer take effect: see {@link #find}). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<String> designatedProcessCodes() {
        return Set.copyOf(em.createQuery("select d.processCode from SdmxDesignation d", String.class).getResultList());
    }

    /**
     * Sets the designation. Every name must be a variable of the process's latest published study (422 otherwise),
     * and no variable may play two parts.
     */
    @Transactional
    public Designation set(Caller caller, String processCode, Designation wanted) {
        io.archivo.access.AccessPolicy.requireProcessEdit(caller, processes.get(processCode).department().code(), processCode);
        List<String> dims = clean(wanted.dimensionVariables());
        List<String> attrs = clean(wanted.attributeVariables());
        String measure = wanted.measureVariable() == null || wanted.measureVariable().isBlank() ? null
                : wanted.measureVariable().strip();
        if (dims.isEmpty()) {
            throw ProblemException.unprocessable("sdmx-designation-invalid", "Invalid SDMX designation",
                    "At least one dimension variable is required");
        }
        List<String> all = Stream.of(dims.stream(), attrs.stream(), Stream.ofNullable(measure)).flatMap(s -> s).toList();
        if (new LinkedHashSet<>(all).size() != all.size()) {
            throw ProblemException.unprocessable("sdmx-designation-invalid", "Invalid SDMX designation",
                    "A variable may be a dimension, the measure or an attribute, not several of these");
        }
        var study = studies.latestPublished(processCode).orElseThrow(() -> ProblemException.conflict(
                "no-published-study", "Process has no published study",
                "Process '" + processCode + "' has no published DDI study whose variables could be designated"));
        Set<String> known = study.variables().stream().map(Variable::name).collect(Collectors.toSet());
        List<String> unknown = all.stream().filter(n -> !known.contains(n)).toList();
        if (!unknown.isEmpty()) {
            throw ProblemException.unprocessable("sdmx-designation-invalid", "Invalid SDMX designation",
                    "Not variables of study " + study.idno() + ": " + String.join(", ", unknown))
                    .with("unknownVariables", unknown);
        }
        if (String.join(";", dims).length() > MAX_LIST || String.join(";", attrs).length() > MAX_LIST) {
            throw ProblemException.unprocessable("sdmx-designation-invalid", "Invalid SDMX designation",
                    "Too many variables: the names of the dimensions, and of the attributes, may take at most "
                            + MAX_LIST + " characters each");
        }
        SdmxDesignation row = Optional.ofNullable(em.find(SdmxDesignation.class, processCode)).orElseGet(() -> {
            SdmxDesignation d = new SdmxDesignation();
            d.processCode = processCode;
            return d;
        });
        row.dimensions = String.join(";", dims);
        row.measure = measure;
        row.attributes = String.join(";", attrs);
        row.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        row.updatedBy = caller.name();
        em.persist(row);
        changed.fire(new SdmxDesignationChanged(processCode));
        audit.record(caller, "sdmx-designation", io.archivo.access.audit.AuditLog.PROCESS, processCode, null,
                "dimensions=" + row.dimensions + "; measure=" + row.measure + "; attributes=" + row.attributes);
        return row.toDesignation();
    }

    private static List<String> clean(List<String> names) {
        List<String> out = new ArrayList<>();
        if (names != null) {
            names.stream().filter(n -> n != null && !n.isBlank()).map(String::strip).forEach(out::add);
        }
        return out;
    }
}
