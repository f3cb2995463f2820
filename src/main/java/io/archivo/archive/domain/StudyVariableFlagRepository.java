package io.archivo.archive.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.TreeSet;

@ApplicationScoped
public class StudyVariableFlagRepository implements PanacheRepositoryBase<StudyVariableFlag, StudyVariableFlag.Key> {

    /** The names of the study's sensitive variables. */
    public Set<String> sensitiveNames(long studyId) {
        return new TreeSet<>(getEntityManager()
                .createQuery("select f.variableName from StudyVariableFlag f where f.studyId = :s", String.class)
                .setParameter("s", studyId).getResultList());
    }
}
