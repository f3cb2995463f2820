package io.archivo.archive.service;

import io.archivo.access.AccessPolicy;
import io.archivo.access.ProcessCodeQueries;
import io.archivo.archive.domain.Study;
import io.archivo.archive.domain.StudyRepository;
import io.archivo.inventory.service.ProcessStudySummary;
import io.archivo.inventory.service.PublishedStudies;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import io.archivo.ddi.model.DateRef;
import io.archivo.ddi.model.StudyDescription;
import java.util.Set;

/**
 * The archive's answer to the inventory: which processes have published, publicly visible studies. Only what an
 * anonymous caller may see counts, so the plan's indicators and process pages never reveal hidden studies.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ArchivePublishedStudies implements PublishedStudies {

    private final StudyRepository studies;
    private final StoredDescriptions descriptions;
    private final ProcessCodeQueries processes;

    ArchivePublishedStudies(StudyRepository studies, StoredDescriptions descriptions, ProcessCodeQueries processes) {
        this.studies = studies;
        this.processes = processes;
        this.descriptions = descriptions;
    }

    @Override
    public Set<String> processCodesWithPublishedStudy() {
        List<String> codes = studies.getEntityManager()
                .createQuery("select distinct processCode from Study where processCode is not null and "
                        + AccessPolicy.publicStudies(processes), String.class)
                .getResultList();
        return new HashSet<>(codes);
    }

    @Override
    public List<ProcessStudySummary> studiesOf(String processCode) {
        return studies.list("processCode = ?1 and " + AccessPolicy.publicStudies(processes), processCode).stream()
                .map(s -> new ProcessStudySummary(String.valueOf(s.id), s.idno, s.publishedTitle, firstYear(s)))
                .sorted(Comparator.comparing(ProcessStudySummary::year, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
    }

    private Integer firstYear(Study study) {
        StudyDescription description = descriptions.published(study);
        return description.timePeriods().stream().map(DateRef::year).filter(Objects::nonNull).min(Integer::compare)
                .orElse(null);
    }

    @Override
    public boolean hasStudies(String processCode) {
        return studies.count("processCode", processCode) > 0;
    }
}
