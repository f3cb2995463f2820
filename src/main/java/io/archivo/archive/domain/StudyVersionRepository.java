package io.archivo.archive.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class StudyVersionRepository implements PanacheRepository<StudyVersion> {

    public Optional<StudyVersion> find(Study study, int number) {
        return find("study = ?1 and number = ?2", study, number).firstResultOptional();
    }

    public Optional<StudyVersion> findBySha(Study study, String sha256) {
        return find("study = ?1 and sha256 = ?2 order by number", study, sha256).firstResultOptional();
    }

    public List<StudyVersion> history(Study study) {
        return list("study = ?1 order by number", study);
    }
}
