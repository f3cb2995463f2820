package io.archivo.archive.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A bulk import of a ZIP of DDI files; {@code report} holds each file's outcome as JSON. */
@Entity
@Table(name = "import_job")
public class ImportJob {

    @Id
    public String id;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    /** queued, running, done, failed or interrupted. */
    @Column(nullable = false)
    public String state;

    @Column(nullable = false)
    public int total;

    @Column(nullable = false)
    public int done;

    @Column(nullable = false)
    public String report;

    /** The DDI files to import, in order, as JSON {@code [{name, sha256}]}; null for jobs from before V55. */
    public String files;
}
