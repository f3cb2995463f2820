package io.archivo.archive.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.hibernate.Session;
import java.util.Optional;

@ApplicationScoped
public class StudyRepository implements PanacheRepository<Study> {

    /**
     * The study with this IDNo. By natural id, so one request's session reads the row once however many services
     * ask for the same study (a study page asked nine times: the study, its variables, versions, files and JSON-LD).
     */
    public Optional<Study> findByIdno(String idno) {
        if (idno == null) {
            return Optional.empty();
        }
        return getEntityManager().unwrap(Session.class).bySimpleNaturalId(Study.class).loadOptional(idno);
    }

    /** The study row locked for writing, so that concurrent uploads serialise on it. */
    public Optional<Study> lockByIdno(String idno) {
        return find("idno", idno).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
