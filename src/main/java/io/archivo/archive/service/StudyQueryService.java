package io.archivo.archive.service;

import io.archivo.access.AccessPolicy;
import io.archivo.access.Caller;
import io.archivo.archive.api.dto.StudySummary;
import io.archivo.archive.api.dto.StudyView;
import io.archivo.archive.api.dto.ValidationSummary;
import io.archivo.archive.api.dto.VersionView;
import io.archivo.archive.domain.Study;
import io.archivo.archive.domain.StudyRepository;
import io.archivo.archive.domain.StudyVariableRepository;
import io.archivo.archive.domain.StudyVersion;
import io.archivo.archive.domain.StudyVersionRepository;
import io.archivo.common.api.Page;
import io.archivo.common.api.PageRequest;
import io.archivo.common.problem.ProblemException;
import io.archivo.ddi.ValidationReport;
import io.archivo.ddi.model.StudyDescription;
import io.archivo.ddi.model.Variable;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Read side of the archive. Every read goes through {@link AccessPolicy}: what a caller may not see is a 404. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StudyQueryService {

    private final StudyRepository studies;
    private final StudyVersionRepository versions;
    private final StudyVariableRepository variables;
    private final StoredDescriptions stored;

    StudyQueryService(StudyRepository studies, StudyVersionRepository versions, StudyVariableRepository variables,
            StoredDescriptions stored) {
        this.studies = studies;
        this.versions = versions;
        this.variables = variables;
        this.stored = stored;
    }

    public Page<StudySummary> list(Caller caller, StudyFilter filter, PageRequest paging) {
        boolean editor = AccessPolicy.canSeeDrafts(caller);
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (!editor) {
            where.append(" and ").append(AccessPolicy.PUBLIC_STUDY_JPQL);
        } else if (filter.status() != null) {
            switch (filter.status()) {
                case "draft" -> where.append(" and publishedVersion is null");
                case "published" -> where.append(" and publishedVersion is not null and withdrawn = false");
                case "withdrawn" -> where.append(" and withdrawn = true");
                default -> throw ProblemException.badRequest("invalid-filter", "Invalid filter",
                        "status must be draft, published or withdrawn");
            }
        }
        if (filter.process() != null) {
            where.append(" and processCode = :process");
            params.and("process", filter.process());
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            where.append(editor ? " and (lower(title) like :q or lower(idno) like :q)"
                    : " and (lower(publishedTitle) like :q or lower(idno) like :q)");
            params.and("q", "%" + filter.q().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%");
        }
        PanacheQuery<Study> query = studies.find(where.toString(), Sort.by("idno"), params);
        long total = query.count();
        List<StudySummary> items = query.range(paging.offset(), paging.offset() + paging.size() - 1).list().stream()
                .map(s -> summary(s, caller))
                .toList();
        return new Page<>(total, paging.page(), paging.size(), items);
    }

    public StudyView get(Caller caller, String idno) {
        Study study = visibleStudy(caller, idno);
        StudyVersion version = shownVersion(caller, study);
        StudyDescription description = stored.description(version);
        ValidationReport report = stored.validation(version);
        boolean editor = AccessPolicy.canSeeDrafts(caller);
        return new StudyView(study.idno, version.title, status(study), study.processCode, study.classification,
                editor ? study.latestVersion : null, study.publishedVersion, version.number, version.ddiVersion,
                version.sha256, version.variableCount,
                new ValidationSummary(report.schemaAvailable(), report.valid(), version.findingCount, report.note()),
                study.updatedAt, description);
    }

    public List<VersionView> history(Caller caller, String idno) {
        Study study = visibleStudy(caller, idno);
        List<VersionView> out = new ArrayList<>();
        for (StudyVersion v : versions.history(study)) {
            if (mayRead(caller, v)) {
                out.add(view(v, false));
            }
        }
        return out;
    }

    public VersionView version(Caller caller, String idno, int number) {
        Study study = visibleStudy(caller, idno);
        return view(readableVersion(caller, study, number), true);
    }

    /** The original bytes of a version (the shown one when {@code number} is null). */
    public StudyVersion document(Caller caller, String idno, Integer number) {
        Study study = visibleStudy(caller, idno);
        return number == null ? shownVersion(caller, study) : readableVersion(caller, study, number);
    }

    public Page<Variable> variables(Caller caller, String idno, Integer number, PageRequest paging) {
        StudyVersion version = document(caller, idno, number);
        PanacheQuery<io.archivo.archive.domain.StudyVariable> query = variables.ofVersion(version.id);
        List<Variable> items = query.range(paging.offset(), paging.offset() + paging.size() - 1).list().stream()
                .map(v -> stored.variable(v.data))
                .toList();
        return new Page<>(version.variableCount, paging.page(), paging.size(), items);
    }

    Study visibleStudy(Caller caller, String idno) {
        return studies.findByIdno(idno)
                .filter(s -> AccessPolicy.canSee(caller, s))
                .orElseThrow(() -> ProblemException.notFound("No study with IDNo '" + idno + "'"));
    }

    private StudyVersion shownVersion(Caller caller, Study study) {
        int number = AccessPolicy.canSeeDrafts(caller) ? study.latestVersion : study.publishedVersion;
        return versions.find(study, number).orElseThrow();
    }

    private StudyVersion readableVersion(Caller caller, Study study, int number) {
        return versions.find(study, number)
                .filter(v -> mayRead(caller, v))
                .orElseThrow(() -> ProblemException.notFound("Study '" + study.idno + "' has no version " + number));
    }

    private static boolean mayRead(Caller caller, StudyVersion version) {
        return AccessPolicy.canSeeDrafts(caller) || version.publishedAt != null;
    }

    private VersionView view(StudyVersion v, boolean withFindings) {
        ValidationReport report = stored.validation(v);
        return new VersionView(v.number, v.sha256, v.sizeBytes, v.ddiVersion, v.title, v.variableCount,
                v.publishedAt != null, v.createdAt, v.createdBy, v.publishedAt, report.schemaAvailable(), report.valid(),
                report.findingCount(), withFindings ? report : null);
    }

    private StudySummary summary(Study s, Caller caller) {
        boolean editor = AccessPolicy.canSeeDrafts(caller);
        return new StudySummary(s.idno, editor ? s.title : s.publishedTitle, status(s), s.processCode, editor ? s.latestVersion : null,
                s.publishedVersion);
    }

    static String status(Study s) {
        if (s.withdrawn) {
            return "withdrawn";
        }
        return s.publishedVersion == null ? "draft" : "published";
    }

}
