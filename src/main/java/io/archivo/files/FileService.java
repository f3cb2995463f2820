package io.archivo.files;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.archivo.access.AccessPolicy;
import io.archivo.access.Caller;
import io.archivo.archive.api.dto.StudyScope;
import io.archivo.access.audit.AuditLog;
import io.archivo.archive.service.StudyChanged;
import io.archivo.common.problem.ProblemException;
import io.archivo.ddi.model.DataFile;
import io.archivo.ddi.model.Variable;
import io.archivo.files.domain.StudyFile;
import io.archivo.files.profile.DdiComparison;
import io.archivo.files.profile.DdiVarBlock;
import io.archivo.files.profile.TableProfile;
import io.archivo.files.domain.StudyFileRepository;
import io.archivo.files.storage.BlobStore;
import io.archivo.files.storage.FileStorage;
import io.archivo.files.storage.Staging;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The public face of the files capability: attach, replace, remove, list and read the data files of a study.
 * Bytes are staged, checked and made durable before the row is committed (one transaction), so a file is visible
 * only when whole and verified; every visibility decision is {@link AccessPolicy}'s.
 */
@ApplicationScoped
public class FileService {

    static final String AUDIT_TARGET = "file";

    private final FileStorage storage;
    private final StudyFileRepository files;
    private final StudyFacts facts;
    private final FilesConfig config;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final FileProfiles profiles;
    private final Event<StudyChanged> changed;

    FileService(FileStorage storage, StudyFileRepository files, StudyFacts facts, FilesConfig config, AuditLog audit,
            ObjectMapper json, FileProfiles profiles, Event<StudyChanged> changed) {
        this.changed = changed;
        this.storage = storage;
        this.files = files;
        this.facts = facts;
        this.config = config;
        this.audit = audit;
        this.json = json;
        this.profiles = profiles;
    }

    /** Checks that the caller may attach files to the study (before any byte is read). */
    public StudyFacts.Facts requireEditable(Caller caller, String idno) {
        StudyFacts.Facts study = facts.of(caller, idno);
        AccessPolicy.requireEdit(caller, study.visibility(), idno);
        return study;
    }

    /** Streams {@code body} to storage and attaches it; nothing remains of a refused or failed upload. */
    public FileView upload(Caller caller, String idno, UploadRequest request, InputStream body) {
        return upload(caller, idno, request, staging -> staging.stage(body, config.maxBytes()));
    }

    /** Attaches a file already on local disk (a multipart part): moved into staging when possible, not copied. */
    public FileView upload(Caller caller, String idno, UploadRequest request, Path uploaded) {
        return upload(caller, idno, request, staging -> staging.adopt(uploaded, config.maxBytes()));
    }

    private interface Stager {
        Staging.Staged stage(Staging staging) throws IOException;
    }

    private FileView upload(Caller caller, String idno, UploadRequest request, Stager stager) {
        StudyFacts.Facts study = requireEditable(caller, idno);
        String name = FileNames.check(request.name());
        String level = AccessPolicy.fileLevel(request.accessLevel(), study.visibility());
        requireReplaceable(study.idno(), request.replaces());
        try (Staging.Staged staged = stager.stage(storage.staging())) {
            return attach(caller, study, request, name, level, staged);
        } catch (Staging.BodyInterrupted e) {
            throw interrupted(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A body that broke off: the client is gone, nothing was kept; a 400 rather than a server incident. */
    static ProblemException interrupted(Staging.BodyInterrupted e) {
        return ProblemException.badRequest("upload-interrupted", "Upload interrupted",
                "The request body ended before it was complete (" + e.getCause().getMessage() + "): a plain upload"
                        + " stored nothing; a restartable one keeps what arrived (HEAD tells where to resume)");
    }

    /** Attaches an already staged upload (the last chunk of a restartable upload ends here too). */
    FileView attach(Caller caller, StudyFacts.Facts study, UploadRequest request, String name, String level,
            Staging.Staged staged) throws IOException {
        if (staged.size() == 0) {
            throw ProblemException.unprocessable("file-empty", "Empty file", "The file '" + name + "' has no content");
        }
        String mediaType = ContentSniffer.detect(staged.path(), name, config.maxExpandedBytes(),
                config.maxCompressionRatio());
        String fileDscrId = matchFileDscr(study.dataFiles(), request.fileDscrId(), name);
        TableProfile profile = profiles.profile(staged.path(), mediaType);
        storage.store().commit(staged);
        StudyFile row = QuarkusTransaction.requiringNew().call(() -> {
            int revision = files.nextRevision(study.idno());
            StudyFile replaced = null;
            if (request.replaces() != null) {
                replaced = files.of(study.idno(), request.replaces()).filter(f -> f.removedRevision == null)
                        .orElseThrow(() -> ProblemException.notFound("No current file " + request.replaces()
                                + " in study '" + study.idno() + "' to replace"));
                replaced.removedRevision = revision;
            }
            StudyFile f = new StudyFile();
            f.studyIdno = study.idno();
            f.name = name;
            f.mediaType = mediaType;
            f.sizeBytes = staged.size();
            f.sha256 = staged.sha256();
            f.fileDscrId = fileDscrId;
            f.description = truncate(request.description(), 4000);
            f.licence = request.licence() == null || request.licence().isBlank() ? config.defaultLicence()
                    : truncate(request.licence().strip(), 255);
            f.accessLevel = level;
            f.studyVersion = study.version();
            f.addedRevision = revision;
            f.replacesId = replaced == null ? null : replaced.id;
            f.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
            f.createdBy = caller.name();
            f.profile = profile == null ? null : json.writeValueAsString(profile);
            files.persist(f);
            files.flush();
            audit.record(caller, replaced == null ? "attach-file" : "replace-file", AuditLog.STUDY, study.idno(),
                    study.version(), "file=" + f.id + " name=" + name + " sha256=" + f.sha256 + " size=" + f.sizeBytes
                            + (replaced == null ? "" : " replaces=" + replaced.id) + " revision=" + revision);
            return f;
        });
        // the study's file set changed: search (file and column names) and harvesting re-derive what they show
        changed.fire(new StudyChanged(study.idno(), true));
        return view(row, true, true);
    }

    /** A file to replace must be current; checked before any byte is stored (and again when committing). */
    void requireReplaceable(String idno, Long replaces) {
        if (replaces != null && QuarkusTransaction.joiningExisting().call(() -> files.of(idno, replaces))
                .filter(f -> f.removedRevision == null).isEmpty()) {
            throw ProblemException.notFound("No current file " + replaces + " in study '" + idno + "' to replace");
        }
    }

    /** Removes a file from the current file set (a new revision); its bytes stay for the earlier revisions. */
    public void remove(Caller caller, String idno, long id) {
        StudyFacts.Facts study = requireEditable(caller, idno);
        QuarkusTransaction.requiringNew().run(() -> {
            int revision = files.nextRevision(study.idno());
            StudyFile f = files.of(study.idno(), id).filter(x -> x.removedRevision == null)
                    .orElseThrow(() -> ProblemException.notFound("No current file " + id + " in study '" + idno + "'"));
            f.removedRevision = revision;
            audit.record(caller, "remove-file", AuditLog.STUDY, study.idno(), study.version(),
                    "file=" + id + " name=" + f.name + " revision=" + revision);
        });
        changed.fire(new StudyChanged(study.idno(), true));
    }

    /**
     * What search indexes with a study: the names of its current files that the public may see, and the column
     * names of those whose content the public may read (a classified file's columns come from its content).
     * Empty while the public may not see the study: the index then holds nothing of its files.
     */
    public List<String> publicSearchTerms(String idno) {
        StudyFacts.Facts study;
        try {
            // its own transaction: the 404 of a hidden study must not mark the caller's (the indexer's) for rollback
            study = QuarkusTransaction.requiringNew().call(() -> facts.of(Caller.ANONYMOUS, idno));
        } catch (ProblemException hidden) {
            return List.of();
        }
        List<String> terms = new ArrayList<>();
        for (StudyFile f : QuarkusTransaction.joiningExisting().call(() -> files.at(study.idno(), null))) {
            if (!AccessPolicy.canSeeFile(Caller.ANONYMOUS, study.visibility(), f.accessLevel)) {
                continue;
            }
            terms.add(f.name);
            if (f.profile != null && AccessPolicy.canReadFileContent(Caller.ANONYMOUS, study.visibility(), f.accessLevel)) {
                try {
                    json.readTree(f.profile).path("columns").forEach(c -> terms.add(c.path("name").asText("")));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        terms.removeIf(String::isBlank);
        return terms;
    }

    /** The files the caller may see at a file-set revision (the current set when null). */
    public List<FileView> list(Caller caller, String idno, Integer revision) {
        StudyFacts.Facts study = facts.of(caller, idno);
        return listed(caller, study.idno(), study.visibility(), revision);
    }

    /**
     * The same list for a study the archive has just read for this caller ({@code StudyQueryService.read}): its
     * access facts come with that read, so the study is not read again. The caller must be the one the read was for.
     */
    public List<FileView> list(Caller caller, StudyScope study) {
        if (!AccessPolicy.canSee(caller, study)) {
            throw AccessPolicy.notFound(study.idno());
        }
        return listed(caller, study.idno(), study, null);
    }

    private List<FileView> listed(Caller caller, String idno, AccessPolicy.StudyVisibility study, Integer revision) {
        boolean manages = AccessPolicy.canEdit(caller, study);
        return QuarkusTransaction.joiningExisting().call(() -> files.at(idno, revision).stream()
                .filter(f -> AccessPolicy.canSeeFile(caller, study, f.accessLevel))
                .map(f -> view(f, false, manages)).toList());
    }

    /** One file; its profile only for callers who may read its content (the profile shows values and ranges). */
    public FileView get(Caller caller, String idno, long id) {
        StudyFacts.Facts study = facts.of(caller, idno);
        StudyFile f = visibleFile(caller, study, id);
        return view(f, AccessPolicy.canReadFileContent(caller, study.visibility(), f.accessLevel),
                AccessPolicy.canEdit(caller, study.visibility()));
    }

    /** The file's columns against the study's DDI variables (for callers who may read the file's content). */
    public DdiComparison comparison(Caller caller, String idno, long id) {
        Profiled p = profiled(caller, idno, id);
        return DdiComparison.of(p.profile(), facts.variables(caller, idno), p.file().fileDscrId,
                p.study().dataFiles().size());
    }

    /** DDI {@code var} elements for the columns that have no variable yet (a {@code dataDscr} fragment). */
    public String ddiVarBlock(Caller caller, String idno, long id) {
        Profiled p = profiled(caller, idno, id);
        List<Variable> vars = facts.variables(caller, idno);
        DdiComparison c = DdiComparison.of(p.profile(), vars, p.file().fileDscrId, p.study().dataFiles().size());
        Set<String> missing = Set.copyOf(c.columnsWithoutVariable());
        Set<String> ids = vars.stream().map(Variable::id).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        return DdiVarBlock.of(p.profile().columns().stream().filter(col -> missing.contains(col.name())).toList(),
                p.file().fileDscrId, ids);
    }

    private record Profiled(StudyFacts.Facts study, StudyFile file, TableProfile profile) {
    }

    private Profiled profiled(Caller caller, String idno, long id) {
        StudyFacts.Facts study = facts.of(caller, idno);
        StudyFile f = visibleFile(caller, study, id);
        AccessPolicy.requireFileContent(caller, study.visibility(), f.accessLevel, f.name);
        TableProfile profile = profiles.parse(f.profile);
        if (profile == null) {
            throw new ProblemException(409, "not-tabular", "The file is not a table",
                    "File " + id + " (" + f.mediaType + ") has no columns to compare");
        }
        return new Profiled(study, f, profile);
    }

    /** What a download needs: the stored blob (the original, or a cached conversion) and how to name it. */
    public record Content(String sha256, long size, String mediaType, String name, BlobStore store) {
        public InputStream open(long offset, long length) throws IOException {
            return store.open(sha256, offset, length);
        }

        /** The stored bytes as a local file (folder store), for a zero-copy download; empty for S3. */
        public java.util.Optional<Path> localFile() {
            return store.localFile(sha256);
        }
    }

    /**
     * The content of a file (or its {@code csv} conversion) if the caller may read it: 404 for invisible files,
     * 403 with how to request access for classified ones. {@link #countDownload} records the read.
     */
    public Content content(Caller caller, String idno, long id, String format) {
        StudyFacts.Facts study = facts.of(caller, idno);
        StudyFile f = visibleFile(caller, study, id);
        AccessPolicy.requireFileContent(caller, study.visibility(), f.accessLevel, f.name);
        if (format == null || format.isBlank() || format.equalsIgnoreCase("original")) {
            return new Content(f.sha256, f.sizeBytes, f.mediaType, f.name, storage.store());
        }
        return profiles.converted(f, format.toLowerCase(Locale.ROOT));
    }

    /**
     * A tabular file of a study as another capability reads it to derive something from it (the SDMX data side
     * loads observations from it): its canonical CSV form, and which study and process it belongs to.
     */
    /** {@code publicContent}: the file's content is public information ({@link AccessPolicy#isPublicContent}). */
    public record Table(long fileId, String study, String processCode, String name, String sha256, boolean publicContent,
            Content csv) {
        /** The rows as UTF-8 RFC 4180 CSV, header first (decimal commas of numeric columns already points). */
        public InputStream open() throws IOException {
            return csv.open(0, -1);
        }
    }

    /**
     * A tabular file the caller may read, as CSV (converted once and cached, as {@code ?format=csv} downloads are).
     * A file whose content the caller may not read is <em>not found</em> (404), unlike a download's 403: a caller
     * deriving data learns nothing of a file they cannot read. A file that is no table is a 409. The read is audited
     * ({@code read-file}, with {@code purpose}).
     */
    public Table table(Caller caller, String idno, long id, String purpose) {
        StudyFacts.Facts study = facts.of(caller, idno);
        StudyFile f = visibleFile(caller, study, id);
        if (!AccessPolicy.canReadFileContent(caller, study.visibility(), f.accessLevel)) {
            throw ProblemException.notFound("No file " + id + " in study '" + study.idno() + "'");
        }
        if (!FileProfiles.isTabular(f.mediaType)) {
            throw new ProblemException(409, "not-tabular", "The file is not a table",
                    "File " + id + " (" + f.mediaType + ") has no rows and columns to read");
        }
        TableProfile profile = profiles.parse(f.profile);
        if (profile != null && profile.findings().stream().anyMatch(x -> "unreadable".equals(x.code()))) {
            // profiling could not read it when it was attached: converting it now would fail the same way
            throw ProblemException.unprocessable("unreadable-table", "The file could not be read as a table",
                    "File " + id + " (" + f.name + ") was archived, but could not be read as a table when it was");
        }
        Content csv = profiles.converted(f, "csv");
        QuarkusTransaction.requiringNew().run(() -> audit.record(caller, "read-file", AUDIT_TARGET,
                study.idno() + "/" + id, null, purpose));
        return new Table(f.id, study.idno(), study.processCode(), f.name, f.sha256,
                AccessPolicy.isPublicContent(study.visibility(), f.accessLevel), csv);
    }

    /** Counts and audits one download (who, when, which file). */
    public void countDownload(Caller caller, String idno, long id, String format) {
        QuarkusTransaction.requiringNew().run(() -> {
            files.countDownload(id);
            audit.record(caller, "download-file", AUDIT_TARGET, idno + "/" + id, null,
                    format == null ? null : "format=" + format);
        });
    }

    private StudyFile visibleFile(Caller caller, StudyFacts.Facts study, long id) {
        return QuarkusTransaction.joiningExisting().call(() -> files.of(study.idno(), id))
                .filter(f -> AccessPolicy.canSeeFile(caller, study.visibility(), f.accessLevel))
                .orElseThrow(() -> ProblemException.notFound("No file " + id + " in study '" + study.idno() + "'"));
    }

    /** The DDI fileDscr the file belongs to: the one named explicitly (must exist), else the one of that name. */
    static String matchFileDscr(List<DataFile> dataFiles, String explicit, String name) {
        if (explicit != null && !explicit.isBlank()) {
            return dataFiles.stream().map(DataFile::id).filter(explicit.strip()::equals).findFirst()
                    .orElseThrow(() -> ProblemException.unprocessable("unknown-file-description",
                            "Unknown DDI file description", "The study's DDI has no fileDscr with ID '"
                                    + explicit.strip() + "'").with("fileDscrIds",
                                            dataFiles.stream().map(DataFile::id).toList()));
        }
        String base = stripExtension(name);
        return dataFiles.stream()
                .filter(d -> d.name() != null && (d.name().strip().equalsIgnoreCase(name)
                        || stripExtension(d.name().strip()).equalsIgnoreCase(base)))
                .map(DataFile::id).findFirst().orElse(null);
    }

    private static String stripExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }

    private FileView view(StudyFile f, boolean withProfile, boolean withCounts) {
        JsonNode profile = null;
        if (withProfile && f.profile != null) {
            try {
                profile = json.readTree(f.profile);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new FileView(f.id, f.studyIdno, f.name, f.mediaType, f.sizeBytes, f.sha256, f.fileDscrId,
                f.description, f.licence, f.accessLevel, f.studyVersion, f.addedRevision, f.removedRevision,
                f.replacesId, f.createdAt, withCounts ? f.downloadCount : null, FileProfiles.isTabular(f.mediaType),
                profile);
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    Path stagingDir() {
        return storage.staging().dir();
    }
}
