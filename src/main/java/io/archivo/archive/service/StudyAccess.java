package io.archivo.archive.service;

import io.archivo.access.AccessPolicy;
import io.archivo.access.AccessPolicy.StudyVisibility;
import io.archivo.archive.domain.Study;
import io.archivo.archive.domain.StudyVariableFlagRepository;
import io.archivo.inventory.service.ProcessService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Set;

/**
 * Gathers the facts {@link AccessPolicy} needs about a stored study: its process's department and classification,
 * and its sensitive variables. It decides nothing itself.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StudyAccess {

    private final ProcessService processes;
    private final StudyVariableFlagRepository flags;

    StudyAccess(ProcessService processes, StudyVariableFlagRepository flags) {
        this.processes = processes;
        this.flags = flags;
    }

    /** The study with its process's department (code) and classification. */
    public StudyVisibility scope(Study study) {
        if (study.processCode == null) {
            return AccessPolicy.scoped(study, null, null);
        }
        ProcessFacts p = process(study.processCode);
        return AccessPolicy.scoped(study, p == null ? null : p.department(), p == null ? null : p.classification());
    }

    /** Department code and classification of a process; null when there is no such process. */
    public ProcessFacts process(String code) {
        return processes.scope(code).map(p -> new ProcessFacts(p.department(), p.classification())).orElse(null);
    }

    public Set<String> sensitiveVariables(Study study) {
        return study.id == null ? Set.of() : flags.sensitiveNames(study.id);
    }

    public record ProcessFacts(String department, String classification) {
    }
}
