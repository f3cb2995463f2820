package io.archivo.archive.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;

@ApplicationScoped
public class StudyRepository implements PanacheRepository<Study> {

    public Optional<Study> findByIdno(String idno) {
        return find("idno", idno).firstResultOptional();
    }

    /** The study row locked for writing, so that concurrent uploads serialise on it. */
    public Optional<Study> lockByIdno(String idno) {
        return find("idno", idno).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
