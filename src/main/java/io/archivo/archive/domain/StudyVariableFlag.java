package io.archivo.archive.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/** A variable of a study flagged sensitive (personal data, Ley 1581 de 2012), by name, for every version. */
@Entity
@Table(name = "study_variable_flag")
@IdClass(StudyVariableFlag.Key.class)
public class StudyVariableFlag {

    @Id
    @Column(name = "study_id")
    public Long studyId;

    @Id
    @Column(name = "variable_name")
    public String variableName;

    @Column(name = "flagged_at", nullable = false)
    public OffsetDateTime flaggedAt;

    @Column(name = "flagged_by", nullable = false)
    public String flaggedBy;

    public static class Key implements Serializable {
        public Long studyId;
        public String variableName;

        public Key() {
        }

        public Key(Long studyId, String variableName) {
            this.studyId = studyId;
            this.variableName = variableName;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(studyId, k.studyId) && Objects.equals(variableName, k.variableName);
        }

        @Override
        public int hashCode() {
            return Objects.hash(studyId, variableName);
        }
    }
}
