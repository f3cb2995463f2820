package io.archivo.archive.service;

import io.archivo.access.AccessPolicy;
import io.archivo.access.Caller;
import io.archivo.access.audit.AuditLog;
import io.archivo.archive.domain.Study;
import io.archivo.archive.domain.StudyRepository;
import io.archivo.archive.domain.StudyVersion;
import io.archivo.archive.domain.StudyVersionRepository;
import io.archivo.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Publication state of a study: publishing makes a version the public one; withdrawing hides the study from the
 * public while keeping every version. Versions themselves never change, except for their publication stamp.
 */
@ApplicationScoped
public class StudyPublicationService {

    private final StudyRepository studies;
    private final StudyVersionRepository versions;
    private final Event<StudyChanged> changed;
    private final StudyAccess access;
    private final AuditLog audit;

    StudyPublicationService(StudyRepository studies, StudyVersionRepository versions, Event<StudyChanged> changed,
            StudyAccess access, AuditLog audit) {
        this.access = access;
        this.audit = audit;
        this.studies = studies;
        this.versions = versions;
        this.changed = changed;
    }

    /** Publishes version {@code number} (the latest when null) and returns its number. */
    @Transactional
    public int publish(Caller caller, String idno, Integer number) {
        Study study = lockedStudy(caller, idno);
        int n = number == null ? study.latestVersion : number;
        StudyVersion version = versions.find(study, n)
                .orElseThrow(() -> ProblemException.notFound("Study '" + idno + "' has no version " + n));
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (version.publishedAt == null) {
            version.publishedAt = now;
            version.publishedBy = caller.name();
        }
        study.publishedVersion = n;
        study.publishedTitle = version.title;
        study.withdrawn = false;
        study.touch(now);
        audit.record(caller, "publish", AuditLog.STUDY, idno, n, null);
        changed.fire(new StudyChanged(idno, true));
        return n;
    }

    @Transactional
    public void withdraw(Caller caller, String idno) {
        Study study = lockedStudy(caller, idno);
        if (study.publishedVersion == null) {
            throw ProblemException.conflict("not-published", "Study is not published",
                    "Study '" + idno + "' has never been published, so there is nothing to withdraw");
        }
        study.withdrawn = true;
        study.touch(OffsetDateTime.now(ZoneOffset.UTC));
        audit.record(caller, "withdraw", AuditLog.STUDY, idno, study.publishedVersion, null);
        changed.fire(new StudyChanged(idno, true));
    }

    /** The study locked for writing, once the caller is known to be allowed to change it (404/403 otherwise). */
    private Study lockedStudy(Caller caller, String idno) {
        Study study = studies.lockByIdno(idno).orElseThrow(() -> AccessPolicy.notFound(idno));
        AccessPolicy.requireEdit(caller, access.scope(study), idno);
        return study;
    }
}
