package io.archivo.archive.service;

import io.archivo.access.AccessPolicy;
import io.archivo.access.audit.AuditLog;
import io.archivo.archive.domain.Study;
import io.archivo.archive.domain.StudyRepository;
import io.archivo.archive.domain.StudyVariable;
import io.archivo.archive.domain.StudyVariableRepository;
import io.archivo.archive.domain.StudyVersion;
import io.archivo.archive.domain.StudyVersionRepository;
import io.archivo.common.problem.ProblemException;
import io.archivo.ddi.ValidationReport;
import io.archivo.inventory.service.ProcessService;
import io.archivo.ddi.model.StudyDescription;
import io.archivo.ddi.model.Text;
import io.archivo.ddi.model.Variable;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Turns an uploaded DDI document into a new immutable study version. The document is read and validated before
 * any transaction starts; storing is one transaction, so a rejected or failed upload leaves nothing behind.
 */
@ApplicationScoped
public class StudyIngestService {

    private static final int MAX_ATTEMPTS = 6;
    private static final int MAX_TITLE = 2000;
    private static final int MAX_IDNO = 512;

    private final DdiParsing parsing;
    private final StudyRepository studies;
    private final StudyVersionRepository versions;
    private final EntityManager em;
    private final StoredDescriptions stored;
    private final Event<StudyChanged> changed;
    private final ProcessService processes;
    private final StudyVariableRepository variableRows;
    private final StudyAccess access;
    private final AuditLog audit;
    private final StudyPublicationService publication;

    StudyIngestService(DdiParsing parsing, StudyRepository studies, StudyVersionRepository versions, EntityManager em,
            StoredDescriptions stored, Event<StudyChanged> changed, ProcessService processes,
            StudyVariableRepository variableRows, StudyAccess access, AuditLog audit,
            StudyPublicationService publication) {
        this.publication = publication;
        this.access = access;
        this.audit = audit;
        this.variableRows = variableRows;
        this.processes = processes;
        this.parsing = parsing;
        this.studies = studies;
        this.versions = versions;
        this.em = em;
        this.stored = stored;
        this.changed = changed;
    }

    public IngestOutcome ingest(IngestRequest request) {
        return store(prepare(request));
    }

    /**
     * Reads and checks a document without storing anything: a rejection is a {@link ProblemException}. Needs no
     * transaction, so a bulk import reads the next files on another thread while it stores the previous ones.
     */
    public Prepared prepare(IngestRequest request) {
        DdiParsing.Parsed parsed = parsing.parse(request.content());
        StudyDescription study = parsed.result().study();
        ValidationReport report = parsed.result().validation();
        if (request.strict() && report.findingCount() > 0) {
            throw ProblemException.unprocessable("ddi-schema-invalid", "Document is not valid against the DDI schema",
                    report.findingCount() + " schema finding(s); strict mode rejects the upload")
                    .with("validation", report);
        }
        checkIdno(study.idno());
        if (request.expectedIdno() != null && !request.expectedIdno().equals(study.idno())) {
            throw ProblemException.conflict("idno-mismatch", "IDNo does not match the URL",
                    "The document's IDNo is '" + study.idno() + "' but it was sent to '" + request.expectedIdno() + "'")
                    .with("documentIdno", study.idno());
        }
        return new Prepared(request, parsed, Sha256.hex(request.content()));
    }

    /** A document read and checked by {@link #prepare}, not stored yet. */
    public static final class Prepared {
        private final IngestRequest request;
        private final DdiParsing.Parsed parsed;
        private final String sha;

        private Prepared(IngestRequest request, DdiParsing.Parsed parsed, String sha) {
            this.request = request;
            this.parsed = parsed;
            this.sha = sha;
        }

        public int sizeBytes() {
            return request.content().length;
        }
    }

    /** Stores one prepared document in a transaction of its own. */
    public IngestOutcome store(Prepared document) {
        return storeWithRetry(document.request, document.parsed, document.sha);
    }

    /**
     * Stores several prepared documents in ONE transaction, all of them or, when any fails, none (the exception is
     * the first failure's). A bulk import commits a group of files at once, which saves a commit and its disk
     * flush per file, and falls back to {@link #store} file by file when a group fails, so that one bad file
     * still costs only itself.
     */
    public List<IngestOutcome> storeTogether(List<Prepared> documents) {
        return QuarkusTransaction.requiringNew()
                .call(() -> documents.stream().map(d -> store(d.request, d.parsed, d.sha)).toList());
    }

    /**
     * Two first uploads of one IDNo may race on the unique key (or time out on the row lock); the loser retries,
     * finds the study, and becomes the next version.
     */
    private IngestOutcome storeWithRetry(IngestRequest request, DdiParsing.Parsed parsed, String sha) {
        for (int attempt = 1;; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> store(request, parsed, sha));
            } catch (RuntimeException e) {
                if (attempt >= MAX_ATTEMPTS || !isPersistenceConflict(e)) {
                    throw e;
                }
                pause(attempt);
            }
        }
    }

    /** IDNos are identifiers in URLs and a key column: bounded, and free of control characters. */
    private static void checkIdno(String idno) {
        if (idno.length() > MAX_IDNO) {
            throw ProblemException.unprocessable("ddi-invalid-idno", "Invalid study identifier (IDNo)",
                    "The IDNo has " + idno.length() + " characters; at most " + MAX_IDNO + " are accepted");
        }
        if (idno.codePoints().anyMatch(Character::isISOControl)) {
            throw ProblemException.unprocessable("ddi-invalid-idno", "Invalid study identifier (IDNo)",
                    "The IDNo contains control characters");
        }
    }

    /**
     * The process a study belongs to: the one named at upload ({@code ?process=}), which must exist, else the one
     * whose code is the DDI series name, else none (an existing study keeps its link).
     */
    private String processOf(String requested, String seriesName) {
        if (requested != null) {
            if (processes.find(requested).isEmpty()) {
                throw ProblemException.unprocessable("unknown-process", "Unknown process",
                        "No process with code '" + requested + "' in the inventory");
            }
            return requested;
        }
        if (seriesName != null && !seriesName.isBlank() && processes.find(seriesName.strip()).isPresent()) {
            return seriesName.strip();
        }
        return null;
    }

    /**
     * A conflict with a concurrent upload, worth retrying: a unique-key violation (two first uploads of one IDNo),
     * a lock timeout, a deadlock or a serialisation failure. Anything else (e.g. a value too long) is not retried.
     */
    private static boolean isPersistenceConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                return state.equals("23505") || state.startsWith("40") || state.equals("55P03") || state.equals("HYT00");
            }
        }
        return false;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(10, 40L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private IngestOutcome store(IngestRequest request, DdiParsing.Parsed parsed, String sha) {
        StudyDescription description = parsed.result().study();
        String processCode = processOf(request.processCode(), description.seriesName());
        // what the database keeps (microseconds), so that the upload's answer shows the times a read shows
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        Study study = studies.lockByIdno(description.idno()).orElse(null);
        if (study != null && !AccessPolicy.canSee(request.caller(), access.scope(study))) {
            answerAsUnknown(request, processCode, description.idno());
        }
        boolean created = study == null;
        if (created) {
            if (request.ifMatch() != null) {
                throw noSuchStudyToMatch(description.idno());
            }
            study = new Study();
            study.idno = description.idno();
            study.createdAt = now;
            study.latestVersion = 0;
        } else {
            // 404 for a study the caller may not see, 403 for one of another department (AccessPolicy)
            AccessPolicy.requireEdit(request.caller(), access.scope(study), study.idno);
            checkIfMatch(request.ifMatch(), study);
            var same = versions.findBySha(study, sha);
            if (same.isPresent()) {
                boolean published = request.publish() && publishUnchanged(request, study, same.get());
                return new IngestOutcome(IngestOutcome.Kind.UNCHANGED, study.idno, same.get().number, published,
                        StudyQueryService.managerView(same.get(), stored.validation(same.get())));
            }
        }
        String target = processCode != null ? processCode : study.processCode;
        if (created || processCode != null) {
            StudyAccess.ProcessFacts process = target == null ? null : access.process(target);
            AccessPolicy.requireAttach(request.caller(), process == null ? null : process.department(), target);
        }
        String title = truncate(Text.preferred(description.titles(), "es"));
        study.title = title;
        study.latestVersion += 1;
        study.touch(now);
        if (processCode != null) {
            study.processCode = processCode;
        }
        studies.persist(study);

        StudyVersion version = new StudyVersion();
        version.study = study;
        version.number = study.latestVersion;
        version.sha256 = sha;
        version.sizeBytes = request.content().length;
        version.content = request.content();
        version.ddiVersion = description.ddiVersion().label();
        version.title = title;
        version.description = stored.write(description);
        version.validation = stored.write(parsed.result().validation());
        version.schemaChecked = parsed.result().validation().schemaAvailable();
        version.findingCount = parsed.result().validation().findingCount();
        version.variableCount = parsed.variables().size();
        version.createdAt = now;
        version.createdBy = request.caller().name();
        versions.persist(version);
        em.flush();
        persistVariables(version.id, parsed.variables());
        audit.record(request.caller(), created ? "create" : "add-version", AuditLog.STUDY, study.idno, version.number,
                "sha256=" + sha + (study.processCode == null ? "" : " process=" + study.processCode));
        if (request.publish()) {
            // the publication's own change event says the public may see it: the index writes it once, as published
            publication.publishStored(request.caller(), study, version);
        } else {
            changed.fire(new StudyChanged(study.idno, false));
        }
        return new IngestOutcome(created ? IngestOutcome.Kind.CREATED : IngestOutcome.Kind.NEW_VERSION, study.idno,
                version.number, request.publish(), StudyQueryService.managerView(version, parsed.result().validation()));
    }

    /**
     * Identical bytes asked to be published: published when they are the study's latest version (as
     * {@code POST /studies/{idno}/publish} would publish), left alone when a newer version exists, and not published
     * again when they already are the public version (a re-submitted archive changes nothing).
     */
    private boolean publishUnchanged(IngestRequest request, Study study, StudyVersion same) {
        if (same.number != study.latestVersion) {
            return false;
        }
        if (!Integer.valueOf(same.number).equals(study.publishedVersion) || study.withdrawn) {
            publication.publishStored(request.caller(), study, same);
        }
        return true;
    }

    /**
     * A study the caller may not see answers exactly as an unknown IDNo would (no existence oracle): the same
     * If-Match and process checks in the same order. Only where an unknown IDNo would be created does it differ, as
     * it must (an IDNo names one study), and then the answer says nothing of the study's department or state.
     */
    private void answerAsUnknown(IngestRequest request, String processCode, String idno) {
        if (request.ifMatch() != null) {
            throw noSuchStudyToMatch(idno);
        }
        StudyAccess.ProcessFacts process = processCode == null ? null : access.process(processCode);
        AccessPolicy.requireAttach(request.caller(), process == null ? null : process.department(), processCode);
        throw ProblemException.conflict("idno-unavailable", "IDNo not available",
                "The IDNo '" + idno + "' cannot be used for a new study; choose another");
    }

    private static ProblemException noSuchStudyToMatch(String idno) {
        return new ProblemException(412, "precondition-failed", "Precondition failed",
                "If-Match was given but study '" + idno + "' does not exist");
    }

    private void persistVariables(long versionId, List<Variable> variables) {
        List<StudyVariable> rows = new java.util.ArrayList<>(variables.size());
        for (Variable v : variables) {
            StudyVariable row = new StudyVariable();
            row.versionId = versionId;
            row.position = v.position();
            row.varId = truncate(v.id(), 255);
            row.name = io.archivo.ddi.model.VariableKey.of(v.name());
            row.label = Text.preferred(v.labels(), "es");
            row.data = stored.write(v);
            rows.add(row);
        }
        variableRows.insertAll(rows);
    }

    private void checkIfMatch(String ifMatch, Study study) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return;
        }
        String current = versions.find(study, study.latestVersion).orElseThrow().sha256;
        boolean matches = List.of(ifMatch.split(",")).stream()
                .map(String::trim)
                .map(t -> t.startsWith("W/") ? t.substring(2) : t)
                .map(t -> t.replace("\"", ""))
                .anyMatch(current::equals);
        if (!matches) {
            throw new ProblemException(412, "precondition-failed", "Precondition failed",
                    "The latest version of '" + study.idno + "' has changed since the ETag you sent")
                    .with("currentEtag", "\"" + current + "\"");
        }
    }


    private static String truncate(String s) {
        return truncate(s == null ? "" : s, MAX_TITLE);
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
