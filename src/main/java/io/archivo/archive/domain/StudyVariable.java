package io.archivo.archive.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A variable of one study version; {@code data} is the full {@link io.archivo.ddi.model.Variable} as JSON. */
@Entity
@Table(name = "study_variable")
public class StudyVariable {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "study_variable_seq")
    @SequenceGenerator(name = "study_variable_seq", sequenceName = "study_variable_seq", allocationSize = 50)
    public Long id;

    @Column(name = "version_id", nullable = false)
    public Long versionId;

    @Column(nullable = false)
    public int position;

    @Column(name = "var_id")
    public String varId;

    public String name;

    public String label;

    @Column(nullable = false)
    public String data;
}
