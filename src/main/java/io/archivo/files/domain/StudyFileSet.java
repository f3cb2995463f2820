package io.archivo.files.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The current file-set revision of a study (locked while its files change, so revisions never interleave). */
@Entity
@Table(name = "study_file_set")
public class StudyFileSet {

    @Id
    @Column(name = "study_idno")
    public String studyIdno;

    @Column(nullable = false)
    public int revision;
}
