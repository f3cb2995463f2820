package io.archivo.sdmx.catalog;

import io.archivo.access.AccessPolicy;
import io.archivo.archive.domain.Study;
import io.archivo.archive.domain.StudyRepository;
import io.archivo.archive.domain.StudyVersion;
import io.archivo.archive.domain.StudyVersionRepository;
import io.archivo.archive.service.StoredDescriptions;
import io.archivo.sdmx.mapping.PublishedStudy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.Optional;

/**
 * The study a process's SDMX structures derive from: its latest published, publicly visible study. Drafts and
 * classified studies never feed SDMX, so nothing derived from them can reach a harvester.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PublishedStudyReader {

    private final StudyRepository studies;
    private final StudyVersionRepository versions;
    private final StoredDescriptions stored;
    @jakarta.inject.Inject
    io.archivo.archive.domain.StudyVariableFlagRepository flags;

    PublishedStudyReader(StudyRepository studies, StudyVersionRepository versions, StoredDescriptions stored) {
        this.studies = studies;
        this.versions = versions;
        this.stored = stored;
    }

    public Optional<PublishedStudy> latestPublished(String processCode) {
        return studies.list("processCode = ?1 and " + AccessPolicy.PUBLIC_STUDY_JPQL, processCode).stream()
                .max(Comparator.comparing((Study s) -> publishedAt(s)).thenComparing(s -> s.idno))
                .map(this::read);
    }

    private java.time.OffsetDateTime publishedAt(Study s) {
        return versions.find(s, s.publishedVersion).map(v -> v.publishedAt).orElse(s.updatedAt);
    }

    private PublishedStudy read(Study study) {
        StudyVersion version = versions.find(study, study.publishedVersion).orElseThrow();
        // sensitive variables (personal data) never feed SDMX: harvesters are the public
        java.util.Set<String> sensitive = flags.sensitiveNames(study.id);
        return new PublishedStudy(study.idno, study.publishedVersion, stored.description(version),
                stored.variables(version).stream().filter(v -> v.name() == null || !sensitive.contains(io.archivo.ddi.model.VariableKey.of(v.name())))
                        .toList());
    }
}
