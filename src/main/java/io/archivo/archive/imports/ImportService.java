package io.archivo.archive.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.archivo.access.Caller;
import io.archivo.archive.domain.ImportJob;
import io.archivo.archive.service.IngestOutcome;
import io.archivo.archive.service.IngestRequest;
import io.archivo.archive.service.Sha256;
import io.archivo.archive.service.StudyIngestService;
import io.archivo.common.config.ArchivoConfig;
import io.archivo.common.problem.Problem;
import io.archivo.ddi.DdiConfig;
import io.archivo.common.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * Bulk import of a ZIP of DDI files. The archive is checked and expanded while the request is open (so an unsafe
 * archive is refused at once), then its files are ingested in the background: read and validated on one thread,
 * stored on another in groups of up to {@value #GROUP_FILES} files per transaction. Each file is all or nothing, and
 * one bad file never stops or undoes the others (a group with a failure is stored again file by file). A file is
 * reported in only once its transaction has committed. Progress is kept in the database.
 */
@ApplicationScoped
public class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class);
    private static final long REPORT_INTERVAL_NANOS = 500_000_000L;

    private final StudyIngestService ingest;
    private final EntityManager em;
    private final ObjectMapper json;
    private final ArchivoConfig config;
    private final DdiConfig ddiConfig;
    /** Files stored per transaction at most, and their bytes: one commit (a disk flush) per group, not per file. */
    static final int GROUP_FILES = 16;
    static final long GROUP_BYTES = 16L << 20;
    /** Files the reader may have parsed ahead of the one being stored (their models are held in memory). */
    private static final int LOOKAHEAD = 2 * GROUP_FILES;

    // one import at a time: the machine is small; the worker stores while the reader parses and validates the next
    // files, so an import keeps two cores busy
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "archivo-import"));
    private final ExecutorService reader = Executors.newSingleThreadExecutor(
            r -> new Thread(r, "archivo-import-read"));

    ImportService(StudyIngestService ingest, EntityManager em, ObjectMapper json, ArchivoConfig config,
            DdiConfig ddiConfig) {
        this.ddiConfig = ddiConfig;
        this.ingest = ingest;
        this.em = em;
        this.json = json;
        this.config = config;
    }

    /**
     * Jobs a crash or shutdown interrupted are marked {@code interrupted} instead of staying "running" for ever, with
     * an outcome for every file: each file the job had not reported yet either got in before the stop (a version
     * with its bytes exists: {@code stored}) or did not ({@code interrupted}; submitting the archive again imports
     * it, and the files already in come back unchanged).
     */
    void onStart(@Observes StartupEvent event) {
        List<String> ids = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                "select j.id from ImportJob j where j.state in ('queued', 'running')", String.class).getResultList());
        for (String id : ids) {
            QuarkusTransaction.requiringNew().run(() -> interrupted(em.find(ImportJob.class, id)));
            LOG.warnf("Import %s was interrupted by a stop of the service; its report says which files got in", id);
        }
        // their expanded files are of no further use
        deleteQuietly(config.dataDir().resolve("imports"));
    }

    private void interrupted(ImportJob job) {
        List<FileOutcome> outcomes = new ArrayList<>(fromJson(job.report));
        List<JobFile> files = job.files == null ? List.of() : jobFiles(job.files);
        long reported = outcomes.stream().filter(o -> !"skipped".equals(o.result())).count();
        List<JobFile> unreported = files.subList((int) Math.min(reported, files.size()), files.size());
        Map<String, StoredVersion> stored = storedVersions(unreported.stream().map(JobFile::sha256).toList());
        int done = (int) reported;
        for (JobFile file : unreported) {
            StoredVersion version = stored.get(file.sha256());
            if (version != null) {
                outcomes.add(new FileOutcome(file.name(), "stored", 200, version.idno(), version.number(), null, null,
                        "stored before the interruption", null, null, null));
                done++;
            } else {
                outcomes.add(FileOutcome.interrupted(file.name()));
            }
        }
        job.state = "interrupted";
        job.done = done;
        job.report = toJson(outcomes);
    }

    private record StoredVersion(String idno, int number) {
    }

    /** SHA-256 → the (newest) version holding those bytes, among {@code shas}. */
    private Map<String, StoredVersion> storedVersions(List<String> shas) {
        Map<String, StoredVersion> found = new HashMap<>();
        for (int from = 0; from < shas.size(); from += 500) {
            List<String> chunk = shas.subList(from, Math.min(shas.size(), from + 500));
            em.createQuery("select v.sha256, s.idno, v.number from StudyVersion v join v.study s where v.sha256 in :shas",
                    Object[].class).setParameter("shas", chunk).getResultList()
                    .forEach(r -> found.merge((String) r[0], new StoredVersion((String) r[1], (Integer) r[2]),
                            (a, b) -> a.number() >= b.number() ? a : b));
        }
        return found;
    }

    /** Imports a ZIP as a job; with {@code publish} every file's version is published as it is stored. */
    public ImportJobView submit(InputStream zip, Caller caller, boolean publish) {
        String id = UUID.randomUUID().toString();
        Path folder = config.dataDir().resolve("imports").resolve(id);
        List<SafeZip.Entry> entries;
        try {
            entries = SafeZip.expand(zip, folder,
                    new SafeZip.Limits(config.imports().maxExpandedBytes(), config.imports().maxEntries()));
        } catch (RuntimeException e) {
            deleteQuietly(folder);
            throw e;
        }
        List<FileOutcome> skipped = new ArrayList<>();
        List<SafeZip.Entry> ddiFiles = new ArrayList<>();
        for (SafeZip.Entry e : entries) {
            if (isDdiCandidate(e.name())) {
                ddiFiles.add(e);
            } else {
                skipped.add(FileOutcome.skipped(e.name(), "not an .xml file"));
            }
        }
        ImportJob job = new ImportJob();
        job.id = id;
        job.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        job.createdBy = caller.name();
        job.state = "queued";
        job.total = ddiFiles.size();
        job.done = 0;
        job.report = toJson(skipped);
        job.files = toJson(ddiFiles.stream().map(ImportService::jobFile).toList());
        QuarkusTransaction.requiringNew().run(() -> em.persist(job));
        worker.submit(() -> run(id, folder, ddiFiles, skipped, caller, publish));
        return view(job);
    }

    public ImportJobView get(String id) {
        ImportJob job = QuarkusTransaction.requiringNew().call(() -> em.find(ImportJob.class, id));
        if (job == null) {
            throw ProblemException.notFound("No import job '" + id + "'");
        }
        return view(job);
    }

    private void run(String id, Path folder, List<SafeZip.Entry> files, List<FileOutcome> skipped, Caller caller,
            boolean publish) {
        List<FileOutcome> outcomes = new ArrayList<>(skipped);
        Deque<Future<Read>> ahead = new ArrayDeque<>();
        try {
            update(id, "running", 0, outcomes);
            long lastReport = System.nanoTime();
            int next = 0;
            List<Read> group = new ArrayList<>();
            long groupBytes = 0;
            while (next < files.size() || !ahead.isEmpty()) {
                // the reader parses and validates up to LOOKAHEAD files ahead while this thread stores
                while (next < files.size() && ahead.size() < LOOKAHEAD) {
                    SafeZip.Entry file = files.get(next++);
                    ahead.add(reader.submit(() -> read(file, caller, publish)));
                }
                Read read = ahead.removeFirst().get();
                group.add(read);
                groupBytes += read.sizeBytes();
                if (group.size() == GROUP_FILES || groupBytes >= GROUP_BYTES || ahead.isEmpty()) {
                    outcomes.addAll(store(group));
                    group.clear();
                    groupBytes = 0;
                }
                // the report is rewritten at most twice a second, not after every file (that was quadratic in the
                // number of files); a crash in between is covered by start-up, which finds the files that got in
                if (System.nanoTime() - lastReport > REPORT_INTERVAL_NANOS) {
                    update(id, "running", outcomes.size() - skipped.size(), outcomes);
                    lastReport = System.nanoTime();
                }
            }
            update(id, "done", files.size(), outcomes);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.warnf("Import %s stopped with the service", id);
        } catch (ExecutionException | RuntimeException e) {
            LOG.errorf(e, "Import %s failed", id);
            update(id, "failed", outcomes.size() - skipped.size(), outcomes);
        } finally {
            ahead.forEach(f -> f.cancel(true));
            deleteQuietly(folder);
        }
    }

    /** A file read ahead: the document ready to store, or the outcome of a file that could not be read. */
    private record Read(SafeZip.Entry file, StudyIngestService.Prepared document, FileOutcome failure) {
        int sizeBytes() {
            return document == null ? 0 : document.sizeBytes();
        }
    }

    private Read read(SafeZip.Entry file, Caller caller, boolean publish) {
        try {
            byte[] content = Files.readAllBytes(file.file());
            if (content.length > ddiConfig.maxBytes()) {
                return new Read(file, null, new FileOutcome(file.name(), "failed", 413, null, null, null,
                        "Document too large", "larger than " + ddiConfig.maxBytes() + " bytes", null, null, null));
            }
            return new Read(file, ingest.prepare(new IngestRequest(content, null, null, false, null, caller, publish)),
                    null);
        } catch (IOException | RuntimeException e) {
            return new Read(file, null, failure(file, e));
        }
    }

    /**
     * Stores a group of files in one transaction; the outcomes in file order, each reported only once its version
     * is committed. When any file of the group fails, the group's transaction is rolled back and its files are
     * stored one per transaction, so that each good file gets in and each bad one has its own problem.
     */
    private List<FileOutcome> store(List<Read> group) {
        List<StudyIngestService.Prepared> documents = group.stream().map(Read::document).filter(d -> d != null)
                .toList();
        List<IngestOutcome> stored = null;
        if (documents.size() > 1) {
            try {
                stored = ingest.storeTogether(documents);
            } catch (RuntimeException e) {
                LOG.debugf(e, "A group of %d files failed together; storing them one by one", documents.size());
            }
        }
        List<FileOutcome> outcomes = new ArrayList<>(group.size());
        int i = 0;
        for (Read read : group) {
            if (read.document() == null) {
                outcomes.add(read.failure());
            } else if (stored != null) {
                outcomes.add(outcome(read.file(), stored.get(i++)));
            } else {
                outcomes.add(storeAlone(read));
            }
        }
        return outcomes;
    }

    private FileOutcome storeAlone(Read read) {
        try {
            return outcome(read.file(), ingest.store(read.document()));
        } catch (RuntimeException e) {
            return failure(read.file(), e);
        }
    }

    private static FileOutcome outcome(SafeZip.Entry file, IngestOutcome outcome) {
        return new FileOutcome(file.name(), outcome.kind().name().toLowerCase(Locale.ROOT),
                outcome.kind() == IngestOutcome.Kind.UNCHANGED ? 200 : 201, outcome.idno(), outcome.version(),
                null, null, null, null, null, outcome.published() ? Boolean.TRUE : null);
    }

    private static FileOutcome failure(SafeZip.Entry file, Exception e) {
        if (e instanceof ProblemException problem) {
            Problem p = problem.toProblem(null);
            return new FileOutcome(file.name(), "failed", p.status(), null, null, null, p.title(), p.detail(),
                    p.extensions().get("line"), p.extensions().get("column"), null);
        }
        // a server fault on one file is that file's outcome; the other files still get their turn
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Import of %s failed, incident %s", file.name(), incident);
        return new FileOutcome(file.name(), "failed", 500, null, null, null, "Internal server error",
                "Unexpected error; quote incident " + incident + " to the operator", null, null, null);
    }

    private void update(String id, String state, int done, List<FileOutcome> outcomes) {
        String report = toJson(outcomes);
        QuarkusTransaction.requiringNew().run(() -> {
            ImportJob job = em.find(ImportJob.class, id);
            job.state = state;
            job.done = done;
            job.report = report;
        });
    }

    private ImportJobView view(ImportJob job) {
        List<FileOutcome> files = fromJson(job.report);
        int failed = (int) files.stream().filter(f -> "failed".equals(f.result())).count();
        int succeeded = (int) files.stream().filter(f -> f.status() >= 200 && f.status() < 300).count();
        int interrupted = (int) files.stream().filter(f -> "interrupted".equals(f.result())).count();
        return new ImportJobView(job.id, job.state, job.total, job.done, succeeded, failed, interrupted, job.createdAt,
                job.createdBy, files);
    }

    /** A DDI file of a job as kept in the database, so that start-up can account for it after a crash. */
    record JobFile(String name, String sha256) {
    }

    private static JobFile jobFile(SafeZip.Entry entry) {
        try {
            return new JobFile(entry.name(), Sha256.hex(Files.readAllBytes(entry.file())));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private List<JobFile> jobFiles(String files) {
        try {
            return json.readValue(files, new TypeReference<List<JobFile>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isDdiCandidate(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".xml") && !n.startsWith("__macosx/") && !n.contains("/.") && !n.startsWith(".");
    }

    private String toJson(List<?> outcomes) {
        try {
            return json.writeValueAsString(outcomes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<FileOutcome> fromJson(String report) {
        try {
            return json.readValue(report, new TypeReference<List<FileOutcome>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteQuietly(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warnf("Could not delete %s: %s", folder, e.getMessage());
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
        reader.shutdownNow();
    }
}
