package io.archivo.archive.catalogue;

import io.archivo.access.AccessPolicy;
import io.archivo.access.Caller;
import io.archivo.access.ClassificationDecision;
import io.archivo.access.ProcessCodeQueries;
import io.archivo.archive.domain.Study;
import io.archivo.archive.domain.StudyRepository;
import io.archivo.archive.domain.StudyVersion;
import io.archivo.archive.domain.StudyVersionRepository;
import io.archivo.archive.service.StoredDescriptions;
import io.archivo.archive.service.StudyAccess;
import io.archivo.ddi.model.Variable;
import io.archivo.ddi.model.VariableKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The archive's read interface for the other capabilities (search index, SDMX, transparency, demo): records, never
 * entities, with the access facts already applied. Per-caller reads (study JSON, downloads, listings) go through
 * {@link io.archivo.archive.service.StudyQueryService} instead.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StudyCatalogue {

    private final StudyRepository studies;
    private final StudyVersionRepository versions;
    private final StoredDescriptions stored;
    private final StudyAccess access;
    private final ProcessCodeQueries processes;

    StudyCatalogue(StudyRepository studies, StudyVersionRepository versions, StoredDescriptions stored,
            StudyAccess access, ProcessCodeQueries processes) {
        this.studies = studies;
        this.processes = processes;
        this.versions = versions;
        this.stored = stored;
        this.access = access;
    }

    /** Whether no study has been stored yet. */
    public boolean isEmpty() {
        return studies.count() == 0;
    }

    /** Every study's IDNo, in order. */
    public List<String> idnos() {
        return studies.getEntityManager().createQuery("select idno from Study order by idno", String.class)
                .getResultList();
    }

    /** Every study's change counter, by IDNo. */
    public Map<String, Long> revisions() {
        Map<String, Long> revisions = new HashMap<>();
        for (Object[] row : studies.getEntityManager()
                .createQuery("select idno, revision from Study", Object[].class).getResultList()) {
            revisions.put((String) row[0], (Long) row[1]);
        }
        return revisions;
    }

    /** Changes whenever any study changes. */
    public CatalogueState state() {
        Object[] row = studies.getEntityManager()
                .createQuery("select count(s), sum(s.revision), max(s.updatedAt) from Study s", Object[].class)
                .getSingleResult();
        return new CatalogueState(((Number) row[0]).longValue(), (Long) row[1], (OffsetDateTime) row[2]);
    }

    /** The edition of the study that the search index holds (see {@link IndexableStudy}); empty when it is gone. */
    public Optional<IndexableStudy> indexable(String idno) {
        return studies.findByIdno(idno).map(study -> {
            boolean published = study.publishedVersion != null && !study.withdrawn;
            int number = published ? study.publishedVersion : study.latestVersion;
            StudyVersion version = versions.find(study, number).orElseThrow();
            Set<String> sensitive = access.sensitiveVariables(study);
            List<CataloguedVariable> variables = stored.variables(version).stream()
                    .map(v -> new CataloguedVariable(v, isFlagged(v, sensitive)))
                    .toList();
            return new IndexableStudy(study.idno, study.revision, number, published,
                    access.scope(study).effectiveClassification(), study.processCode, stored.description(version),
                    variables);
        });
    }

    /**
     * The latest published, publicly visible study of a process (the most recently published; by IDNo on a tie),
     * as the public sees it. Drafts and classified studies never appear here.
     */
    public Optional<PublicEdition> latestPublicOf(String processCode) {
        return studies.list("processCode = ?1 and " + AccessPolicy.publicStudies(processes), processCode).stream()
                .max(Comparator.comparing(this::publishedAt).thenComparing(s -> s.idno))
                .map(this::publicEdition);
    }

    /** The studies with their own clasificada or reservada decision, by IDNo. */
    public List<ClassifiedStudy> classifiedStudies() {
        // a study enters the índice once published (information of the entity); a draft is a work in progress that
        // every other endpoint answers 404 for, so its IDNo must not show there either (docs/access.md)
        return studies.list("classification <> 'publica' and publishedVersion is not null order by idno").stream()
                .map(s -> new ClassifiedStudy(s.idno, s.processCode, s.publishedTitle,
                        s.createdAt == null ? null : s.createdAt.toLocalDate(),
                        new ClassificationDecision(s.classification, s.legalBasis, s.classificationException,
                                s.classificationDecidedOn, s.classificationTerm)))
                .toList();
    }

    private OffsetDateTime publishedAt(Study s) {
        return versions.find(s, s.publishedVersion).map(v -> v.publishedAt).orElse(s.updatedAt);
    }

    private PublicEdition publicEdition(Study study) {
        StudyVersion version = versions.find(study, study.publishedVersion).orElseThrow();
        Set<String> hidden = AccessPolicy.hiddenVariables(Caller.ANONYMOUS, access.scope(study),
                access.sensitiveVariables(study));
        return new PublicEdition(study.idno, study.publishedVersion, stored.description(version),
                stored.variables(version).stream().filter(v -> !isFlagged(v, hidden)).toList());
    }

    /** Whether the variable is among the given ones; compared by {@link VariableKey}, the one identity of a variable. */
    private static boolean isFlagged(Variable v, Set<String> keys) {
        return v.name() != null && keys.contains(VariableKey.of(v.name()));
    }
}
