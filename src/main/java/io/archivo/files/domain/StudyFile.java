package io.archivo.files.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * One data file of a study in the file-set revisions {@code addedRevision} up to (excluding) {@code removedRevision}.
 * Its bytes are the blob {@code sha256}; the row is immutable but for the counters, the profile and conversions.
 */
@Entity
@Table(name = "study_file")
public class StudyFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "study_idno", nullable = false, updatable = false)
    public String studyIdno;

    @Column(nullable = false, updatable = false)
    public String name;

    @Column(name = "media_type", nullable = false, updatable = false)
    public String mediaType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    public long sizeBytes;

    @Column(nullable = false, updatable = false)
    public String sha256;

    @Column(name = "file_dscr_id", updatable = false)
    public String fileDscrId;

    @Column(updatable = false)
    public String description;

    @Column(nullable = false, updatable = false)
    public String licence;

    @Column(name = "access_level", nullable = false, updatable = false)
    public String accessLevel;

    /** The study version that was the latest when the file was attached. */
    @Column(name = "study_version", nullable = false, updatable = false)
    public int studyVersion;

    @Column(name = "added_revision", nullable = false, updatable = false)
    public int addedRevision;

    @Column(name = "removed_revision")
    public Integer removedRevision;

    @Column(name = "replaces_id", updatable = false)
    public Long replacesId;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "download_count", nullable = false)
    public long downloadCount;

    /** {@link io.archivo.files.profile.TableProfile} as JSON, for tabular files. */
    public String profile;

    @Column(name = "csv_sha256")
    public String csvSha256;

    @Column(name = "parquet_sha256")
    public String parquetSha256;
}
