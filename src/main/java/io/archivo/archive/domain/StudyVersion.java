package io.archivo.archive.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * One immutable version of a study: the original bytes as uploaded, their SHA-256, and what was read from them
 * (the study description and the validation report, as JSON). Only the publication fields ever change.
 */
@Entity
@Table(name = "study_version")
public class StudyVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "study_version_seq")
    @SequenceGenerator(name = "study_version_seq", sequenceName = "study_version_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "study_id")
    public Study study;

    @Column(nullable = false)
    public int number;

    @Column(nullable = false)
    public String sha256;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    /** The uploaded document, byte for byte. Loaded only when asked for. */
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    public byte[] content;

    @Column(name = "ddi_version", nullable = false)
    public String ddiVersion;

    @Column(nullable = false)
    public String title;

    /** {@link io.archivo.ddi.model.StudyDescription} as JSON. */
    @Column(nullable = false)
    public String description;

    /** {@link io.archivo.ddi.ValidationReport} as JSON. */
    @Column(nullable = false)
    public String validation;

    @Column(name = "schema_checked", nullable = false)
    public boolean schemaChecked;

    @Column(name = "finding_count", nullable = false)
    public int findingCount;

    @Column(name = "variable_count", nullable = false)
    public int variableCount;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    @Column(name = "published_by")
    public String publishedBy;
}
