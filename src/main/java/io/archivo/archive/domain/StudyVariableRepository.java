package io.archivo.archive.domain;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class StudyVariableRepository implements PanacheRepository<StudyVariable> {

    public PanacheQuery<StudyVariable> ofVersion(long versionId) {
        return find("versionId = ?1 order by position", versionId);
    }
}
