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
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

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
        return publishLocked(caller, lockedStudy(caller, idno), idno, number);
    }

    /** The most studies one bulk publication takes: it holds a lock on each until it commits. */
    public static final int MAX_BULK = 1000;

    /**
     * Publishes the latest version of every listed study in one transaction: all of them or, when one is unknown,
     * hidden or not the caller's to edit, none. Locks are taken in IDNo order so that two bulk publications of
     * overlapping lists cannot deadlock. Returns the published version number by IDNo.
     */
    @Transactional
    public SortedMap<String, Integer> publishAll(Caller caller, Collection<String> idnos) {
        boolean blank = idnos.stream().anyMatch(idno -> idno == null || idno.isBlank());
        SortedSet<String> sorted = blank ? new TreeSet<>() : new TreeSet<>(idnos);
        if (sorted.isEmpty() || sorted.size() > MAX_BULK || sorted.size() != idnos.size()) {
            throw ProblemException.badRequest("bad-publication-list", "Bad list of studies to publish",
                    "Send {\"idnos\": [...]} with 1 to " + MAX_BULK + " distinct, non-blank IDNos");
        }
        SortedMap<String, Integer> published = new TreeMap<>();
        for (String idno : sorted) {
            published.put(idno, publishLocked(caller, lockedStudy(caller, idno), idno, null));
        }
        return published;
    }

    /**
     * Publishes a version that ingest has just stored or found (a bulk import with {@code publish=true}), in ingest's
     * transaction, which holds the study's lock: the same rule as {@link #publish}, the caller must be allowed to
     * edit the study (404/403 otherwise, which rolls the file back).
     */
    void publishStored(Caller caller, Study study, StudyVersion version) {
        AccessPolicy.requireEdit(caller, access.scope(study), study.idno);
        publishVersion(caller, study, version);
    }

    private int publishLocked(Caller caller, Study study, String idno, Integer number) {
        int n = number == null ? study.latestVersion : number;
        StudyVersion version = versions.find(study, n)
                .orElseThrow(() -> ProblemException.notFound("Study '" + idno + "' has no version " + n));
        return publishVersion(caller, study, version);
    }

    private int publishVersion(Caller caller, Study study, StudyVersion version) {
        String idno = study.idno;
        int n = version.number;
        // what the database keeps (microseconds): an upload answers with this time without reading it back
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        if (version.publishedAt == null) {
            version.publishedAt = now;
            version.publishedBy = caller.name();
        }
        study.publishedVersion = n;
        study.publishedTitle = version.title;
        study.publishedAt = version.publishedAt;
        study.withdrawn = false;
        study.withdrawnAt = null;
        study.withdrawalReason = null;
        study.replacedBy = null;
        study.touch(now);
        audit.record(caller, "publish", AuditLog.STUDY, idno, n, null);
        changed.fire(new StudyChanged(idno, true));
        return n;
    }

    /**
     * Withdraws a published study: hidden from the public, history kept. {@code withdrawal} (reason, replacement) is
     * stored with it and replaces what an earlier withdrawal of the same study said; the date is the first
     * withdrawal's. {@code replacedBy} must be an http(s) URL or the IDNo of another study the caller may see (400
     * otherwise, the same for an unknown and a hidden study).
     */
    @Transactional
    public void withdraw(Caller caller, String idno, Withdrawal withdrawal) {
        Withdrawal w = withdrawal == null ? Withdrawal.NONE : withdrawal;
        Study study = lockedStudy(caller, idno);
        if (study.publishedVersion == null) {
            throw ProblemException.conflict("not-published", "Study is not published",
                    "Study '" + idno + "' has never been published, so there is nothing to withdraw");
        }
        if (w.replacedBy() != null) {
            checkReplacement(caller, study, w.replacedBy());
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        if (!study.withdrawn || study.withdrawnAt == null) {
            study.withdrawnAt = now;
        }
        study.withdrawn = true;
        study.withdrawalReason = w.reason();
        study.replacedBy = w.replacedBy();
        study.touch(now);
        audit.record(caller, "withdraw", AuditLog.STUDY, idno, study.publishedVersion,
                w.replacedBy() == null ? w.reason() : (w.reason() == null ? "" : w.reason() + " ") + "→ " + w.replacedBy());
        changed.fire(new StudyChanged(idno, true));
    }

    private void checkReplacement(Caller caller, Study study, String replacedBy) {
        if (replacedBy.equals(study.idno)) {
            throw Withdrawal.invalid("replacedBy", "A study cannot replace itself");
        }
        boolean visibleStudy = studies.findByIdno(replacedBy)
                .filter(other -> AccessPolicy.canSee(caller, access.scope(other))).isPresent();
        if (!visibleStudy && !Withdrawal.isHttpUrl(replacedBy)) {
            throw Withdrawal.invalid("replacedBy",
                    "replacedBy must be the IDNo of a study of this archive or an http(s) URL");
        }
    }

    /** The study locked for writing, once the caller is known to be allowed to change it (404/403 otherwise). */
    private Study lockedStudy(Caller caller, String idno) {
        Study study = studies.lockByIdno(idno).orElseThrow(() -> AccessPolicy.notFound(idno));
        AccessPolicy.requireEdit(caller, access.scope(study), idno);
        return study;
    }
}
