package io.archivo.archive.service;

import io.archivo.access.AccessPolicy;
import io.archivo.access.Caller;
import io.archivo.access.ClassificationDecision;
import io.archivo.access.audit.AuditLog;
import io.archivo.archive.domain.Study;
import io.archivo.archive.domain.StudyRepository;
import io.archivo.archive.domain.StudyVariableFlag;
import io.archivo.archive.domain.StudyVariableFlagRepository;
import io.archivo.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;

/**
 * Classification of studies (Ley 1712 de 2014) and sensitive variables (Ley 1581 de 2012). Every change bumps the
 * study's revision and fires a public {@link StudyChanged}, so search and SDMX follow at once.
 */
@ApplicationScoped
public class StudyClassificationService {

    private final StudyRepository studies;
    private final StudyVariableFlagRepository flags;
    private final StudyAccess access;
    private final AuditLog audit;
    private final Event<StudyChanged> changed;

    StudyClassificationService(StudyRepository studies, StudyVariableFlagRepository flags, StudyAccess access,
            AuditLog audit, Event<StudyChanged> changed) {
        this.studies = studies;
        this.flags = flags;
        this.access = access;
        this.audit = audit;
        this.changed = changed;
    }

    @Transactional
    public ClassificationDecision classify(Caller caller, String idno, ClassificationDecision decision) {
        Study study = editable(caller, idno);
        study.classification = decision.level();
        study.legalBasis = decision.legalBasis();
        study.classificationException = decision.exception();
        study.classificationDecidedOn = decision.decidedOn();
        study.classificationTerm = decision.term();
        study.touch(OffsetDateTime.now(ZoneOffset.UTC));
        audit.record(caller, "classify", AuditLog.STUDY, idno, study.latestVersion, describe(decision));
        changed.fire(new StudyChanged(idno, true));
        return decision;
    }

    /** Flags or unflags a variable (by name) as sensitive; returns the study's sensitive variables afterwards. */
    @Transactional
    public Set<String> flagSensitive(Caller caller, String idno, String variableName, boolean sensitive) {
        Study study = editable(caller, idno);
        if (variableName == null || variableName.isBlank()) {
            throw ProblemException.badRequest("invalid-parameter", "Invalid parameter", "A variable name is required");
        }
        // one identity everywhere: the stored key of the name, whatever its length (VariableKey)
        String name = io.archivo.ddi.model.VariableKey.of(variableName);
        long exists = studies.getEntityManager().createQuery("select count(v) from StudyVariable v, StudyVersion sv"
                + " where v.versionId = sv.id and sv.study = :s and v.name = :n", Long.class)
                .setParameter("s", study).setParameter("n", name).getSingleResult();
        if (exists == 0) {
            throw ProblemException.notFound("Study '" + idno + "' has no variable named '" + variableName + "'");
        }
        StudyVariableFlag.Key key = new StudyVariableFlag.Key(study.id, name);
        StudyVariableFlag flag = flags.findById(key);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (sensitive && flag == null) {
            flag = new StudyVariableFlag();
            flag.studyId = study.id;
            flag.variableName = name;
            flag.flaggedAt = now;
            flag.flaggedBy = caller.name();
            flags.persist(flag);
        } else if (!sensitive && flag != null) {
            flags.delete(flag);
        } else {
            return flags.sensitiveNames(study.id);
        }
        flags.flush();
        study.touch(now);
        audit.record(caller, sensitive ? "flag-sensitive" : "unflag-sensitive", AuditLog.STUDY, idno,
                study.latestVersion, "variable=" + name);
        changed.fire(new StudyChanged(idno, true));
        return flags.sensitiveNames(study.id);
    }

    /**
     * A process changed (department, classification, deletion): its studies' visibility may have changed, so they
     * are touched and re-derived (search index, SDMX) like any other visibility change.
     */
    void onProcessChanged(@Observes io.archivo.inventory.service.ProcessChanged event) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (Study study : studies.list("processCode", event.code())) {
            study.touch(now);
            changed.fire(new StudyChanged(study.idno, true));
        }
    }

    private Study editable(Caller caller, String idno) {
        Study study = studies.lockByIdno(idno).orElseThrow(() -> AccessPolicy.notFound(idno));
        AccessPolicy.requireEdit(caller, access.scope(study), idno);
        return study;
    }

    static String describe(ClassificationDecision d) {
        return "level=" + d.level() + (d.legalBasis() == null ? "" : "; legalBasis=" + d.legalBasis())
                + (d.exception() == null ? "" : "; exception=" + d.exception())
                + (d.decidedOn() == null ? "" : "; decidedOn=" + d.decidedOn())
                + (d.term() == null ? "" : "; term=" + d.term());
    }
}
