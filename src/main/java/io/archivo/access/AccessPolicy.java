package io.archivo.access;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * THE one place that decides what a caller may see and change. Every output (study JSON, DDI downloads,
 * variables, listings, search hits, facet counts, suggestions, SDMX structures, import reports, transparency
 * instruments) and every write asks this class; nothing else encodes an access rule.
 *
 * <h2>Rules</h2>
 * <ul>
 * <li><b>Public</b> content is a published, non-withdrawn study whose <em>effective</em> classification is
 * {@code publica}. The effective classification is the stricter of the study's own and its process's (a study
 * derived from a classified process is classified).</li>
 * <li>A study <b>belongs</b> to the department of its process. A study without a process belongs to no department,
 * so only admins manage it.</li>
 * <li><b>Anonymous</b> callers and authenticated callers without a role see public content only; sensitive
 * variables (personal data, Ley 1581 de 2012) are hidden from them.</li>
 * <li>An <b>editor</b> sees public content plus everything of the studies of their own departments (drafts,
 * classified, reserved, withdrawn, sensitive variables), and may create, change, publish, withdraw and classify
 * only those. For everything else an editor is the public.</li>
 * <li>An <b>admin</b> sees and may do everything.</li>
 * <li>Status codes: a caller who may not even see a study gets <b>404</b> (its existence does not leak); a caller
 * who can see it but may not change it gets <b>403</b>. Processes are public assets (they are all listed in the
 * registro de activos), so changing another department's process is a 403.</li>
 * </ul>
 */
public final class AccessPolicy {

    public static final String PUBLICA = "publica";
    public static final String CLASIFICADA = "clasificada";
    public static final String RESERVADA = "reservada";
    private static final List<String> LEVELS = List.of(PUBLICA, CLASIFICADA, RESERVADA);

    private AccessPolicy() {
    }

    // ---------------------------------------------------------------------------------------------------------
    // classification

    /** The level code for {@code publica}/{@code pública}/{@code pública clasificada}/…; empty when unknown. */
    public static Optional<String> level(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = java.text.Normalizer.normalize(value.trim(), java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        if (v.startsWith("publica ")) {
            v = v.substring("publica ".length()).trim();
        }
        return LEVELS.contains(v) ? Optional.of(v) : Optional.empty();
    }

    /** The stricter of two levels; an unknown or missing level counts as {@code reservada}. */
    public static String stricter(String a, String b) {
        return LEVELS.get(Math.max(rank(a), rank(b)));
    }

    private static int rank(String level) {
        if (level == null) {
            return 0;
        }
        int i = LEVELS.indexOf(level(level).orElse(RESERVADA));
        return i < 0 ? 2 : i;
    }

    // ---------------------------------------------------------------------------------------------------------
    // studies

    /** The facts about a study that access depends on. */
    public interface StudyVisibility {
        boolean isPublished();

        boolean isWithdrawn();

        /** The study's own level. */
        String classification();

        /** The level of the study's process ({@code publica} when it has none). */
        default String processClassification() {
            return PUBLICA;
        }

        /** The code of the department the study belongs to (its process's), or null. */
        default String department() {
            return null;
        }

        default String effectiveClassification() {
            return stricter(classification(), processClassification());
        }

        default boolean isPubliclyVisible() {
            return isPublished() && !isWithdrawn() && PUBLICA.equals(effectiveClassification());
        }
    }

    /** A study seen together with its process's department and level. */
    public record ScopedStudy(StudyVisibility study, String department, String processClassification)
            implements StudyVisibility {
        @Override
        public boolean isPublished() {
            return study.isPublished();
        }

        @Override
        public boolean isWithdrawn() {
            return study.isWithdrawn();
        }

        @Override
        public String classification() {
            return study.classification();
        }
    }

    public static StudyVisibility scoped(StudyVisibility study, String department, String processClassification) {
        return new ScopedStudy(study, department, processClassification == null ? PUBLICA : processClassification);
    }

    /** Does the caller manage everything of this department (admin, or editor working for it)? */
    public static boolean manages(Caller caller, String department) {
        if (caller.isAdmin()) {
            return true;
        }
        return caller.isEditor() && department != null && caller.departments().contains(department);
    }

    /** May the caller see this study at all (404 otherwise, so that its existence does not leak)? */
    public static boolean canSee(Caller caller, StudyVisibility study) {
        return study.isPubliclyVisible() || manages(caller, study.department());
    }

    /**
     * May the caller read the withdrawal notice of this study (the title it was published under, when and why it was
     * withdrawn, what replaces it)? Whoever may see the study; and anybody when only the withdrawal hides it from the
     * public (published, effectively {@code publica}): that study was public, and its tombstone is as public as it
     * was. A withdrawn study that is also classified keeps its notice to its managers (its title may be classified).
     */
    public static boolean canSeeWithdrawal(Caller caller, StudyVisibility study) {
        return study.isWithdrawn() && study.isPublished()
                && (PUBLICA.equals(study.effectiveClassification()) || manages(caller, study.department()));
    }

    /** May the caller see unpublished versions, withdrawn state and the latest draft of this study? */
    public static boolean canSeeDrafts(Caller caller, StudyVisibility study) {
        return manages(caller, study.department());
    }

    /** May the caller see the variables flagged sensitive (personal data) of this study? */
    public static boolean canSeeSensitive(Caller caller, StudyVisibility study) {
        return manages(caller, study.department());
    }

    /**
     * The variables of a study that the caller may not see: its sensitive ones (given as stored keys), unless the
     * caller manages the study. Every output that lists variables leaves these out.
     */
    public static Set<String> hiddenVariables(Caller caller, StudyVisibility study, Set<String> sensitive) {
        return canSeeSensitive(caller, study) ? Set.of() : sensitive;
    }

    /** May the caller add versions to, publish, withdraw, classify or flag variables of this study? */
    public static boolean canEdit(Caller caller, StudyVisibility study) {
        return manages(caller, study.department());
    }

    /**
     * Throws unless the caller may change the study: 404 when they may not even see it, 403 when they may see it
     * but it belongs to another department (or to none, for editors).
     */
    public static void requireEdit(Caller caller, StudyVisibility study, String idno) {
        if (!canSee(caller, study)) {
            throw notFound(idno);
        }
        if (!canEdit(caller, study)) {
            throw forbidden("Study '" + idno + "' belongs to "
                    + (study.department() == null ? "no department (only admins change it)"
                            : "the department '" + study.department() + "', which you do not work for"));
        }
    }

    /** May the caller attach a (new or existing) study to a process of this department? */
    public static void requireAttach(Caller caller, String processDepartment, String processCode) {
        if (processDepartment == null && !caller.isAdmin()) {
            throw forbidden("Only admins may store a study that belongs to no process; name a process of your "
                    + "department with ?process=CODE");
        }
        if (processDepartment != null && !manages(caller, processDepartment)) {
            throw forbidden("Process '" + processCode + "' belongs to the department '" + processDepartment
                    + "', which you do not work for");
        }
    }

    /** The 404 a caller gets for a study it may not see. */
    public static io.archivo.common.problem.ProblemException notFound(String idno) {
        return io.archivo.common.problem.ProblemException.notFound("No study with IDNo '" + idno + "'");
    }

    private static io.archivo.common.problem.ProblemException forbidden(String detail) {
        return new io.archivo.common.problem.ProblemException(403, "forbidden-department", "Not your department",
                detail);
    }

    /**
     * Studies anyone may see, as a JPQL condition on a Study entity without alias; {@code processes} (the inventory)
     * writes the sub-select of the processes' codes. Keep in step with isPubliclyVisible.
     */
    public static String publicStudies(ProcessCodeQueries processes) {
        return "(publishedVersion is not null and withdrawn = false and classification = 'publica'"
                + " and (processCode is null or processCode not in (" + processes.nonPublicProcessCodes("cp") + ")))";
    }

    /** A JPQL condition with its named parameters. */
    public record Jpql(String condition, Map<String, Object> parameters) {
    }

    /** The studies this caller may see, as a JPQL condition on a Study entity without alias. */
    public static Jpql visibleStudies(Caller caller, ProcessCodeQueries processes) {
        if (caller.isAdmin()) {
            return new Jpql("1 = 1", Map.of());
        }
        String publicStudies = publicStudies(processes);
        return managedStudies(caller, processes, "dp")
                .map(managed -> new Jpql("(" + publicStudies + " or " + managed.condition() + ")", managed.parameters()))
                .orElse(new Jpql(publicStudies, Map.of()));
    }

    /**
     * The studies whose drafts, withdrawn state and sensitive variables this caller sees (those it {@link #manages}),
     * as a JPQL condition on a Study entity without alias; empty when it manages none. Keep in step with manages.
     */
    public static Optional<Jpql> managedStudies(Caller caller, ProcessCodeQueries processes) {
        return managedStudies(caller, processes, "mp");
    }

    // distinct subquery aliases, so that a query may combine this condition with visibleStudies
    private static Optional<Jpql> managedStudies(Caller caller, ProcessCodeQueries processes, String alias) {
        if (caller.isAdmin()) {
            return Optional.of(new Jpql("1 = 1", Map.of()));
        }
        if (caller.isEditor() && !caller.departments().isEmpty()) {
            return Optional.of(new Jpql("processCode in (" + processes.processCodesOfDepartments(alias, "callerDepartments")
                    + ")", Map.of("callerDepartments", List.copyOf(caller.departments()))));
        }
        return Optional.empty();
    }

    /** Does the caller see any non-public study at all (drafts in listings, the status filter)? */
    public static boolean seesBeyondPublic(Caller caller) {
        return caller.isAdmin() || (caller.isEditor() && !caller.departments().isEmpty());
    }

    // ---------------------------------------------------------------------------------------------------------
    // data files (docs/files.md): a file has its own level, never looser than its study's effective level

    /** The level of a new file: the requested one (stricter or equal to the study's), else the study's. */
    public static String fileLevel(String requested, StudyVisibility study) {
        String base = study.effectiveClassification();
        if (requested == null || requested.isBlank()) {
            return base;
        }
        String lvl = level(requested).orElseThrow(() -> io.archivo.common.problem.ProblemException.badRequest(
                "invalid-access-level", "Invalid access level", "accessLevel must be publica, clasificada or reservada"));
        if (rank(lvl) < rank(base)) {
            throw io.archivo.common.problem.ProblemException.unprocessable("file-looser-than-study",
                    "A file cannot be more open than its study",
                    "The study is '" + base + "'; its files can be '" + base + "' or stricter, not '" + lvl + "'");
        }
        return lvl;
    }

    /** May the caller see that a file exists (name, size, description)? Reserved files are invisible (404). */
    public static boolean canSeeFile(Caller caller, StudyVisibility study, String fileLevel) {
        return canSee(caller, study)
                && (manages(caller, study.department()) || !RESERVADA.equals(stricter(fileLevel, study.effectiveClassification())));
    }

    /**
     * May the caller read a file's bytes — and what is derived from them (its tabular profile: values, ranges,
     * frequencies)? The public reads public files only; the study's managers read all.
     */
    public static boolean canReadFileContent(Caller caller, StudyVisibility study, String fileLevel) {
        return canSeeFile(caller, study, fileLevel) && (manages(caller, study.department())
                || isPublicContent(study, fileLevel));
    }

    /**
     * Whether a file's content is public information under Ley 1712 (neither it nor its study is classified or
     * reserved), whatever the study's publication state: what may be disseminated from it, e.g. as SDMX data.
     */
    public static boolean isPublicContent(StudyVisibility study, String fileLevel) {
        return PUBLICA.equals(stricter(fileLevel, study.effectiveClassification()));
    }

    /**
     * Throws 403 unless the caller may read a file's bytes: the public reads public files only; a classified file's
     * problem says how to request access (Ley 1712 de 2014; derecho de petición, Ley 1755 de 2015).
     */
    public static void requireFileContent(Caller caller, StudyVisibility study, String fileLevel, String fileName) {
        if (canReadFileContent(caller, study, fileLevel)) {
            return;
        }
        throw new io.archivo.common.problem.ProblemException(403, "file-classified", "Access to this file is restricted",
                "The file '" + fileName + "' is classified (información pública clasificada, Ley 1712 de 2014, art. 18);"
                        + " its description is public, its content is not. To request access, send a request"
                        + " (derecho de petición, Ley 1755 de 2015) to the department that produces the study, naming"
                        + " the study and the file and the purpose; it answers within the legal term.")
                .with("accessLevel", CLASIFICADA)
                .with("howToRequestAccess", "Derecho de petición to the producing department (Ley 1755 de 2015),"
                        + " naming the study IDNo, the file name and the intended use");
    }

    // ---------------------------------------------------------------------------------------------------------
    // SDMX data (docs/sdmx.md): a process's observations follow the process's and its studies' classification

    /**
     * May the caller read the <em>published</em> observations of a process? Its level must be {@code publica}, and a
     * process that has studies must have a publicly visible one (data never reveal what its metadata hide).
     * Managers of the department see them regardless.
     */
    public static boolean canSeeData(Caller caller, String department, String processClassification,
            boolean hasStudies, boolean hasPublicStudy) {
        if (manages(caller, department)) {
            return true;
        }
        return PUBLICA.equals(stricter(processClassification, PUBLICA)) && (!hasStudies || hasPublicStudy);
    }

    /** May the caller see loads not yet published (drafts)? Only managers of the process's department. */
    public static boolean canSeeDataDrafts(Caller caller, String department) {
        return manages(caller, department);
    }

    /** May the caller load, replace, delete or publish a process's observations? 403 otherwise. */
    public static void requireDataLoad(Caller caller, String department, String processCode) {
        requireProcessEdit(caller, department, processCode);
    }

    // ---------------------------------------------------------------------------------------------------------
    // search

    /** What the search index may show: everything, public plus some departments (codes), or public only. */
    public enum SearchScope { PUBLIC, DEPARTMENTS, ALL }

    public static SearchScope searchScope(Caller caller) {
        if (caller.isAdmin()) {
            return SearchScope.ALL;
        }
        return seesBeyondPublic(caller) ? SearchScope.DEPARTMENTS : SearchScope.PUBLIC;
    }

    // ---------------------------------------------------------------------------------------------------------
    // processes, imports, audit

    /** Processes are public assets: everyone sees every process record (the registro de activos lists them all). */
    public static boolean canSeeProcess(Caller caller, String department) {
        return true;
    }

    /** May the caller create, change, classify or delete a process of this department? 403 otherwise. */
    public static void requireProcessEdit(Caller caller, String department, String processCode) {
        if (!manages(caller, department)) {
            throw forbidden("Process '" + processCode + "' belongs to the department '" + department
                    + "', which you do not work for");
        }
    }

    /** An import job's report is seen by whoever submitted it and by admins (404 for anyone else). */
    public static boolean canSeeImportJob(Caller caller, String submittedBy) {
        return caller.isAdmin() || (!caller.isAnonymous() && caller.name().equals(submittedBy));
    }

    /** The audit log is for admins. */
    public static boolean canReadAudit(Caller caller) {
        return caller.isAdmin();
    }
}
