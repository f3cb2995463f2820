package io.archivo.archive.domain;

import io.archivo.access.AccessPolicy;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A study of the archive, identified by its DDI IDNo. Its content lives in immutable {@link StudyVersion}s. */
@Entity
@Table(name = "study")
public class Study implements AccessPolicy.StudyVisibility {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "study_seq")
    @SequenceGenerator(name = "study_seq", sequenceName = "study_seq", allocationSize = 50)
    public Long id;

    /** Never changes: the session resolves a study by it once and then answers from its persistence context. */
    @org.hibernate.annotations.NaturalId
    @Column(nullable = false, unique = true)
    public String idno;

    @Column(name = "process_code")
    public String processCode;

    /** Title of the latest version, for listings. */
    @Column(nullable = false)
    public String title;

    /** Title of the published version: what anonymous listings show. */
    @Column(name = "published_title")
    public String publishedTitle;

    @Column(name = "latest_version", nullable = false)
    public int latestVersion;

    /** The version anonymous callers see; null until the first publication. */
    @Column(name = "published_version")
    public Integer publishedVersion;

    /** When the published version was published (kept while withdrawn); null until the first publication. */
    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    @Column(nullable = false)
    public boolean withdrawn;

    /** When the study was withdrawn; null while it is not. */
    @Column(name = "withdrawn_at")
    public OffsetDateTime withdrawnAt;

    /** Why it was withdrawn (at most 2,000 characters); null when not given or not withdrawn. */
    @Column(name = "withdrawal_reason")
    public String withdrawalReason;

    /** Where its readers should go instead: another study's IDNo or an http(s) URL; null when none. */
    @Column(name = "replaced_by")
    public String replacedBy;

    /** Ley 1712 classification: publica, clasificada or reservada. */
    @Column(nullable = false)
    public String classification = "publica";

    /** The classification decision's legal basis, exception (total/parcial), date and term; null when public. */
    @Column(name = "legal_basis")
    public String legalBasis;

    @Column(name = "classification_exception")
    public String classificationException;

    @Column(name = "classification_decided_on")
    public java.time.LocalDate classificationDecidedOn;

    @Column(name = "classification_term")
    public String classificationTerm;

    /**
     * Incremented by every change (new version, publication, withdrawal, classification), so that derived views
     * such as the search index can tell whether they are up to date.
     */
    @Column(nullable = false)
    public long revision;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** Records a change: bumps the revision and the modification time. */
    public void touch(java.time.OffsetDateTime now) {
        revision++;
        updatedAt = now;
    }

    @Override
    public boolean isPublished() {
        return publishedVersion != null;
    }

    @Override
    public boolean isWithdrawn() {
        return withdrawn;
    }

    @Override
    public String classification() {
        return classification;
    }
}
