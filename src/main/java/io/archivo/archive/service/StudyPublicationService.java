package io.archivo.archive.service;

import io.archivo.access.Caller;
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

    StudyPublicationService(StudyRepository studies, StudyVersionRepository versions, Event<StudyChanged> changed) {
        this.studies = studies;
        this.versions = versions;
        this.changed = changed;
    }

    /** Publishes version {@code number} (the latest when null) and returns its number. */
    @Transactional
    public int publish(Caller caller, String idno, Integer number) {
        Study study = lockedStudy(idno);
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
        changed.fire(new StudyChanged(idno, true));
        return n;
    }

    @Transactional
    public void withdraw(Caller caller, String idno) {
        Study study = lockedStudy(idno);
        if (study.publishedVersion == null) {
            throw ProblemException.conflict("not-published", "Study is not published",
                    "Study '" + idno + "' has never been published, so there is nothing to withdraw");
        }
        study.withdrawn = true;
        study.touch(OffsetDateTime.now(ZoneOffset.UTC));
        changed.fire(new StudyChanged(idno, true));
    }

    private Study lockedStudy(String idno) {
        return studies.lockByIdno(idno).orElseThrow(() -> ProblemException.notFound("No study with IDNo '" + idno + "'"));
    }
}
