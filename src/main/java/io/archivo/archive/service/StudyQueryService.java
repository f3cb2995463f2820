package io.archivo.archive.service;

import io.archivo.access.AccessPolicy;
import io.archivo.access.ProcessCodeQueries;
import io.archivo.access.Caller;
import io.archivo.archive.api.dto.StudyRead;
import io.archivo.archive.api.dto.StudyScope;
import io.archivo.archive.api.dto.StudySummary;
import io.archivo.archive.api.dto.StudyView;
import io.archivo.archive.api.dto.ValidationSummary;
import io.archivo.archive.api.dto.VersionView;
import io.archivo.archive.api.dto.WithdrawalView;
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
import io.archivo.geo.GeoAreaService;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import io.archivo.archive.api.dto.ClassificationView;

/** Read side of the archive. Every read goes through {@link AccessPolicy}: what a caller may not see is a 404. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StudyQueryService {

    private final StudyRepository studies;
    private final StudyVersionRepository versions;
    private final StudyVariableRepository variables;
    private final StoredDescriptions stored;
    private final StudyAccess access;
    private final PublicFigures figures;
    private final GeoAreaService geo;
    private final ProcessCodeQueries processes;

    StudyQueryService(StudyRepository studies, StudyVersionRepository versions, StudyVariableRepository variables,
            StoredDescriptions stored, StudyAccess access, PublicFigures figures, GeoAreaService geo,
            ProcessCodeQueries processes) {
        this.geo = geo;
        this.processes = processes;
        this.access = access;
        this.figures = figures;
        this.studies = studies;
        this.versions = versions;
        this.variables = variables;
        this.stored = stored;
    }

    public Page<StudySummary> list(Caller caller, StudyFilter filter, PageRequest paging) {
        return list(caller, filter, paging, StudyOrder.IDNO);
    }

    /**
     * The studies this caller may see, filtered and paged, in {@code order}: by IDNo, or the latest publications
     * first ({@code publishedAt} descending; never-published studies last, by IDNo).
     */
    public Page<StudySummary> list(Caller caller, StudyFilter filter, PageRequest paging, StudyOrder order) {
        AccessPolicy.Jpql visible = AccessPolicy.visibleStudies(caller, processes);
        StringBuilder where = new StringBuilder(visible.condition());
        Parameters params = new Parameters();
        visible.parameters().forEach(params::and);
        boolean beyondPublic = AccessPolicy.seesBeyondPublic(caller);
        if (beyondPublic && filter.status() != null) {
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
            // the latest (draft) title is matched only where the caller may see drafts
            where.append(" and (lower(idno) like :q or lower(publishedTitle) like :q");
            AccessPolicy.managedStudies(caller, processes).ifPresent(managed -> {
                where.append(" or (lower(title) like :q and ").append(managed.condition()).append(")");
                managed.parameters().forEach(params::and);
            });
            where.append(")");
            params.and("q", "%" + filter.q().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%");
        }
        Sort sort = order == StudyOrder.PUBLISHED
                ? Sort.by("publishedAt", Sort.Direction.Descending, Sort.NullPrecedence.NULLS_LAST).and("idno")
                : Sort.by("idno");
        PanacheQuery<Study> query = studies.find(where.toString(), sort, params);
        long total = query.count();
        List<StudySummary> items = query.range(paging.offset(), paging.offset() + paging.size() - 1).list().stream()
                .map(s -> summary(s, caller))
                .toList();
        return new Page<>(total, paging.page(), paging.size(), items);
    }

    /**
     * {@code GET /api/v1/studies/{idno}}: {@link #get}, except for a study the caller may not see but whose withdrawal
     * it may know of ({@link AccessPolicy#canSeeWithdrawal}: it was public, and only the withdrawal hides it): a 410
     * problem {@code study-withdrawn} carrying the withdrawal. Every other read of such a study stays a 404.
     */
    public StudyView getOrGone(Caller caller, String idno) {
        Study study = studies.findByIdno(idno).orElseThrow(() -> AccessPolicy.notFound(idno));
        AccessPolicy.StudyVisibility scope = access.scope(study);
        if (!AccessPolicy.canSee(caller, scope) && AccessPolicy.canSeeWithdrawal(caller, scope)) {
            throw gone(withdrawal(caller, study));
        }
        return get(caller, idno);
    }

    public StudyView get(Caller caller, String idno) {
        Study study = studies.findByIdno(idno).orElseThrow(() -> AccessPolicy.notFound(idno));
        AccessPolicy.StudyVisibility scope = visible(caller, study);
        StudyVersion version = shownVersion(caller, study, scope);
        Set<String> sensitive = access.sensitiveVariables(study);
        return view(caller, study, scope, version, sensitive,
                figures.hiddenOf(version, AccessPolicy.hiddenVariables(caller, scope, sensitive)));
    }

    /**
     * The study page's read ({@link StudyRead}): what {@link #get}, {@link #history} and {@link #variables} answer
     * this caller, with the study, its access facts, sensitive variables and versions read once instead of once
     * per part. {@code labels}: how many shown variables' names and labels to add (0 for none).
     */
    public StudyRead read(Caller caller, String idno, PageRequest variablesPage, int labels) {
        Study study = studies.findByIdno(idno).orElseThrow(() -> AccessPolicy.notFound(idno));
        AccessPolicy.StudyVisibility scope = visible(caller, study);
        Set<String> sensitive = access.sensitiveVariables(study);
        Set<String> hidden = AccessPolicy.hiddenVariables(caller, scope, sensitive);
        int shownNumber = shownNumber(caller, study, scope);
        List<StudyVersion> all = versions.history(study);
        StudyVersion shown = all.stream().filter(v -> v.number == shownNumber).findFirst().orElseThrow();
        List<VersionView> history = readable(caller, scope, study, all, hidden);
        List<Variable> hiddenVariables = figures.hiddenOf(shown, hidden);
        return new StudyRead(view(caller, study, scope, shown, sensitive, hiddenVariables), history,
                variablePage(shown, hidden, hiddenVariables, variablesPage),
                labels > 0 ? labels(shown, hidden, labels) : List.of(), StudyScope.of(study.idno, scope),
                scope.isPubliclyVisible() && !AccessPolicy.manages(caller, scope.department()));
    }

    /** Names and labels only (two columns), for lists of variables that show nothing else. */
    private List<StudyRead.VariableLabel> labels(StudyVersion version, Set<String> hidden, int limit) {
        String notHidden = hidden.isEmpty() ? "" : " and (v.name is null or v.name not in :hidden)";
        var query = variables.getEntityManager().createQuery("select v.name, v.label from StudyVariable v"
                + " where v.versionId = :version" + notHidden + " order by v.position", Object[].class)
                .setParameter("version", version.id).setMaxResults(limit);
        if (!hidden.isEmpty()) {
            query.setParameter("hidden", List.copyOf(hidden));
        }
        return query.getResultList().stream().map(r -> new StudyRead.VariableLabel((String) r[0], (String) r[1]))
                .toList();
    }

    /**
     * The withdrawal notice of a study, where the caller may read it ({@link AccessPolicy#canSeeWithdrawal}); empty
     * for a study that is not withdrawn, unknown, or whose withdrawal the caller may not know of.
     */
    public java.util.Optional<WithdrawalView> withdrawal(Caller caller, String idno) {
        return studies.findByIdno(idno).filter(s -> AccessPolicy.canSeeWithdrawal(caller, access.scope(s)))
                .map(s -> withdrawal(caller, s));
    }

    /**
     * A withdrawn study's notice for this caller: the replacement is named only where the caller may see that study
     * (or its own withdrawal notice), or where it is a URL.
     */
    private WithdrawalView withdrawal(Caller caller, Study study) {
        String to = study.replacedBy;
        Boolean toStudy = null;
        if (to != null) {
            java.util.Optional<Study> other = studies.findByIdno(to);
            if (other.isPresent()) {
                AccessPolicy.StudyVisibility scope = access.scope(other.get());
                toStudy = AccessPolicy.canSee(caller, scope) || AccessPolicy.canSeeWithdrawal(caller, scope) ? true : null;
            } else if (Withdrawal.isHttpUrl(to)) {
                toStudy = false;
            }
            to = toStudy == null ? null : to;
        }
        return new WithdrawalView(study.idno, study.publishedTitle, study.withdrawnAt, study.withdrawalReason, to,
                toStudy);
    }

    /** The 410 answer for a withdrawn study, with what its notice says. */
    static ProblemException gone(WithdrawalView w) {
        String day = w.withdrawnAt() == null ? "" : " on " + w.withdrawnAt().toLocalDate();
        return new ProblemException(410, "study-withdrawn", "Study withdrawn", "Study '" + w.idno()
                + "' was withdrawn" + day + (w.reason() == null ? "" : ": " + w.reason()))
                .with("idno", w.idno()).with("studyTitle", w.title())
                .with("withdrawnAt", w.withdrawnAt() == null ? null : w.withdrawnAt().toString())
                .with("reason", w.reason()).with("replacedBy", w.replacedBy())
                .with("replacedByStudy", w.replacedByStudy());
    }

    /** {@code hiddenVariables}: the version's variables hidden from the caller ({@link PublicFigures#hiddenOf}). */
    private StudyView view(Caller caller, Study study, AccessPolicy.StudyVisibility scope, StudyVersion version,
            Set<String> sensitive, List<Variable> hiddenVariables) {
        boolean drafts = AccessPolicy.canSeeDrafts(caller, scope);
        boolean seesSensitive = AccessPolicy.canSeeSensitive(caller, scope);
        Set<String> hidden = seesSensitive ? Set.of() : sensitive;
        // public figures describe the public view: counts, per-file counts and the digest leave the hidden out
        StudyDescription description = PublicFigures.description(stored.description(version), hiddenVariables);
        ValidationReport report = report(version, hidden);
        ClassificationView decision = AccessPolicy.PUBLICA.equals(study.classification) ? null
                : new ClassificationView(study.classification, study.legalBasis, study.classificationException,
                        study.classificationDecidedOn, study.classificationTerm);
        return new StudyView(study.idno, version.title, status(study), study.processCode,
                scope.effectiveClassification(), drafts ? study.latestVersion : null, study.publishedVersion,
                version.number, version.ddiVersion, figures.served(version, hidden, hiddenVariables.size()).sha256(),
                version.variableCount - hiddenVariables.size(),
                new ValidationSummary(report.schemaAvailable(), report.valid(), report.findingCount(), report.note()),
                // a caller who sees no drafts sees the study change when a version is published, not when a hidden draft is added
                drafts ? study.updatedAt : version.publishedAt, description, decision, seesSensitive && !sensitive.isEmpty() ? List.copyOf(sensitive) : null,
                geo.coverage(description), study.withdrawn ? withdrawal(caller, study) : null);
    }

    public List<VersionView> history(Caller caller, String idno) {
        Study study = studies.findByIdno(idno).orElseThrow(() -> AccessPolicy.notFound(idno));
        AccessPolicy.StudyVisibility scope = visible(caller, study);
        return readable(caller, scope, study, versions.history(study), hiddenVariables(caller, study, scope));
    }

    /** Of a study's versions, those the caller may read, as its history lists them. */
    private List<VersionView> readable(Caller caller, AccessPolicy.StudyVisibility scope, Study study,
            List<StudyVersion> all, Set<String> hidden) {
        List<VersionView> out = new ArrayList<>();
        for (StudyVersion v : all) {
            if (mayRead(caller, scope, study, v)) {
                out.add(view(v, false, hidden));
            }
        }
        return out;
    }

    public VersionView version(Caller caller, String idno, int number) {
        Study study = studies.findByIdno(idno).orElseThrow(() -> AccessPolicy.notFound(idno));
        AccessPolicy.StudyVisibility scope = visible(caller, study);
        StudyVersion v = readableVersion(caller, study, scope, number);
        return view(v, true, hiddenVariables(caller, study, scope));
    }

    /** The original bytes of a version (the shown one when {@code number} is null). */
    public StudyVersion document(Caller caller, String idno, Integer number) {
        Study study = studies.findByIdno(idno).orElseThrow(() -> AccessPolicy.notFound(idno));
        AccessPolicy.StudyVisibility scope = visible(caller, study);
        return number == null ? shownVersion(caller, study, scope) : readableVersion(caller, study, scope, number);
    }

    /** A DDI download: the original bytes, without the sensitive variables for callers who may not see them. */
    public record Download(byte[] content, String etag, String ddiVersion) {
    }

    public Download ddi(Caller caller, String idno, Integer number) {
        Study study = studies.findByIdno(idno).orElseThrow(() -> AccessPolicy.notFound(idno));
        AccessPolicy.StudyVisibility scope = visible(caller, study);
        StudyVersion v = number == null ? shownVersion(caller, study, scope) : readableVersion(caller, study, scope, number);
        Set<String> hidden = hiddenVariables(caller, study, scope);
        if (hiddenCount(v, hidden) == 0) {
            return new Download(v.content, v.sha256, v.ddiVersion);
        }
        byte[] redacted = DdiRedaction.withoutVariables(v.content, hidden);
        return new Download(redacted, Sha256.hex(redacted), v.ddiVersion);
    }

    public Page<Variable> variables(Caller caller, String idno, Integer number, PageRequest paging) {
        Study study = studies.findByIdno(idno).orElseThrow(() -> AccessPolicy.notFound(idno));
        AccessPolicy.StudyVisibility scope = visible(caller, study);
        StudyVersion version = number == null ? shownVersion(caller, study, scope)
                : readableVersion(caller, study, scope, number);
        Set<String> hidden = hiddenVariables(caller, study, scope);
        return variablePage(version, hidden, figures.hiddenOf(version, hidden), paging);
    }

    private Page<Variable> variablePage(StudyVersion version, Set<String> hidden, List<Variable> hiddenVariables,
            PageRequest paging) {
        PanacheQuery<io.archivo.archive.domain.StudyVariable> query = hidden.isEmpty() ? variables.ofVersion(version.id)
                : variables.find("versionId = ?1 and (name is null or name not in ?2) order by position", version.id,
                        List.copyOf(hidden));
        // positions without gaps, so that no gap shows where a hidden variable was
        List<Variable> items = query.range(paging.offset(), paging.offset() + paging.size() - 1).list().stream()
                .map(v -> PublicFigures.renumbered(stored.variable(v.data), hiddenVariables))
                .toList();
        return new Page<>(version.variableCount - hiddenVariables.size(), paging.page(), paging.size(), items);
    }

    private AccessPolicy.StudyVisibility visible(Caller caller, Study study) {
        AccessPolicy.StudyVisibility scope = access.scope(study);
        if (!AccessPolicy.canSee(caller, scope)) {
            throw AccessPolicy.notFound(study.idno);
        }
        return scope;
    }

    /** The sensitive variable names this caller may not see (empty when it may see them all). */
    private Set<String> hiddenVariables(Caller caller, Study study, AccessPolicy.StudyVisibility scope) {
        return AccessPolicy.hiddenVariables(caller, scope, access.sensitiveVariables(study));
    }

    private int hiddenCount(StudyVersion version, Set<String> hidden) {
        if (hidden.isEmpty()) {
            return 0;
        }
        return variables.getEntityManager()
                .createQuery("select count(v) from StudyVariable v where v.versionId = :v and v.name in :n", Long.class)
                .setParameter("v", version.id).setParameter("n", List.copyOf(hidden)).getSingleResult().intValue();
    }

    private StudyVersion shownVersion(Caller caller, Study study, AccessPolicy.StudyVisibility scope) {
        return versions.find(study, shownNumber(caller, study, scope)).orElseThrow();
    }

    /** The version a caller is shown: the latest to whoever may see drafts, else the published one. */
    private static int shownNumber(Caller caller, Study study, AccessPolicy.StudyVisibility scope) {
        return AccessPolicy.canSeeDrafts(caller, scope) ? study.latestVersion : study.publishedVersion;
    }

    private StudyVersion readableVersion(Caller caller, Study study, AccessPolicy.StudyVisibility scope, int number) {
        return versions.find(study, number)
                .filter(v -> mayRead(caller, scope, study, v))
                .orElseThrow(() -> ProblemException.notFound("Study '" + study.idno + "' has no version " + number));
    }

    /**
     * The public reads versions that were published and are not newer than the one published now: after a
     * rollback ({@code publish?version=n} with an older n) the withdrawn newer edition is no longer public.
     */
    private static boolean mayRead(Caller caller, AccessPolicy.StudyVisibility scope, Study study, StudyVersion version) {
        return AccessPolicy.canSeeDrafts(caller, scope) || version.publishedAt != null
                && study.publishedVersion != null && version.number <= study.publishedVersion;
    }

    /**
     * The version's validation report as this caller may see it: schema messages quote element and attribute
     * values, so findings about variables hidden from the caller are left out (and not counted).
     */
    private ValidationReport report(StudyVersion v, Set<String> hidden) {
        ValidationReport report = stored.validation(v);
        return hidden.isEmpty() ? report : DdiRedaction.withoutFindingsOn(report, v.content, hidden);
    }

    private VersionView view(StudyVersion v, boolean withFindings, Set<String> hidden) {
        ValidationReport report = report(v, hidden);
        int hiddenCount = hiddenCount(v, hidden);
        return view(v, figures.served(v, hidden, hiddenCount), hiddenCount, report, withFindings);
    }

    /**
     * A version as those who manage its study see it (nothing hidden), with its full report: {@code report} is the
     * one stored with it, passed in by an upload that has it in hand.
     */
    static VersionView managerView(StudyVersion v, ValidationReport report) {
        return view(v, new PublicFigures.Served(v.sha256, v.sizeBytes), 0, report, true);
    }

    private static VersionView view(StudyVersion v, PublicFigures.Served served, int hiddenCount,
            ValidationReport report, boolean withFindings) {
        return new VersionView(v.number, served.sha256(), served.sizeBytes(), v.ddiVersion, v.title, v.variableCount - hiddenCount,
                v.publishedAt != null, v.createdAt, v.createdBy, v.publishedAt, report.schemaAvailable(), report.valid(),
                report.findingCount(), withFindings ? report : null);
    }

    private StudySummary summary(Study s, Caller caller) {
        boolean drafts = AccessPolicy.seesBeyondPublic(caller) && AccessPolicy.canSeeDrafts(caller, access.scope(s));
        return new StudySummary(s.idno, drafts ? s.title : s.publishedTitle, drafts ? status(s) : "published",
                s.processCode, drafts ? s.latestVersion : null, s.publishedVersion, s.publishedAt);
    }

    static String status(Study s) {
        if (s.withdrawn) {
            return "withdrawn";
        }
        return s.publishedVersion == null ? "draft" : "published";
    }

}
