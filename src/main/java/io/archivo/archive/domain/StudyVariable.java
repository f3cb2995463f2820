package io.archivo.archive.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * A variable of one study version, keyed by the version and its position in the document; {@code data} is the
 * full {@link io.archivo.ddi.model.Variable} as JSON. Rows are written by {@link StudyVariableRepository#insertAll}.
 */
@Entity
@Table(name = "study_variable")
@IdClass(StudyVariable.Key.class)
public class StudyVariable {

    @Id
    @Column(name = "version_id")
    public Long versionId;

    @Id
    public int position;

    @Column(name = "var_id")
    public String varId;

    public String name;

    public String label;

    @Column(nullable = false)
    public String data;

    public record Key(Long versionId, int position) implements Serializable {
    }
}
