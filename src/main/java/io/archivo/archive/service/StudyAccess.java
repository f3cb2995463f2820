package io.archivo.archive.service;

import io.archivo.access.AccessPolicy;
import io.archivo.access.AccessPolicy.StudyVisibility;
import io.archivo.archive.domain.Study;
import io.archivo.archive.domain.StudyVariableFlagRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;

/**
 * Gathers the facts {@link AccessPolicy} needs about a stored study: its process's department and classification,
 * and its sensitive variables. It decides nothing itself.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StudyAccess {

    private final EntityManager em;
    private final StudyVariableFlagRepository flags;

    StudyAccess(EntityManager em, StudyVariableFlagRepository flags) {
        this.em = em;
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
        List<Object[]> rows = em.createQuery(
                "select p.department, p.classification from StatisticalProcess p where p.code = :c", Object[].class)
                .setParameter("c", code).getResultList();
        return rows.isEmpty() ? null : new ProcessFacts((String) rows.get(0)[0], (String) rows.get(0)[1]);
    }

    public Set<String> sensitiveVariables(Study study) {
        return study.id == null ? Set.of() : flags.sensitiveNames(study.id);
    }

    public record ProcessFacts(String department, String classification) {
    }
}
