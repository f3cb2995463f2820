package io.archivo.archive.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.archivo.access.Caller;
import io.archivo.archive.domain.ImportJob;
import io.archivo.archive.service.IngestOutcome;
import io.archivo.archive.service.IngestRequest;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * Bulk import of a ZIP of DDI files. The archive is checked and expanded while the request is open (so an unsafe
 * archive is refused at once), then its files are ingested one by one in the background, each in its own
 * transaction: one bad file never stops or undoes the others. Progress is kept in the database.
 */
@ApplicationScoped
public class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class);

    private final StudyIngestService ingest;
    private final EntityManager em;
    private final ObjectMapper json;
    private final ArchivoConfig config;
    private final DdiConfig ddiConfig;
    // one import at a time: the machine is small and ingest already uses a core per upload
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "archivo-import"));

    ImportService(StudyIngestService ingest, EntityManager em, ObjectMapper json, ArchivoConfig config,
            DdiConfig ddiConfig) {
        this.ddiConfig = ddiConfig;
        this.ingest = ingest;
        this.em = em;
        this.json = json;
        this.config = config;
    }

    /** Jobs a crash or shutdown interrupted are marked failed instead of staying "running" for ever. */
    void onStart(@Observes StartupEvent event) {
        QuarkusTransaction.requiringNew().run(() -> em.createQuery(
                "update ImportJob set state = 'interrupted' where state in ('queued', 'running')").executeUpdate());
        // their expanded files are of no further use
        deleteQuietly(config.dataDir().resolve("imports"));
    }

    public ImportJobView submit(InputStream zip, Caller caller) {
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
        QuarkusTransaction.requiringNew().run(() -> em.persist(job));
        worker.submit(() -> run(id, folder, ddiFiles, skipped, caller));
        return view(job);
    }

    public ImportJobView get(String id) {
        ImportJob job = QuarkusTransaction.requiringNew().call(() -> em.find(ImportJob.class, id));
        if (job == null) {
            throw ProblemException.notFound("No import job '" + id + "'");
        }
        return view(job);
    }

    private void run(String id, Path folder, List<SafeZip.Entry> files, List<FileOutcome> skipped, Caller caller) {
        List<FileOutcome> outcomes = new ArrayList<>(skipped);
        try {
            update(id, "running", 0, outcomes);
            for (SafeZip.Entry file : files) {
                outcomes.add(importOne(file, caller));
                update(id, "running", outcomes.size() - skipped.size(), outcomes);
            }
            update(id, "done", files.size(), outcomes);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Import %s failed", id);
            update(id, "failed", outcomes.size() - skipped.size(), outcomes);
        } finally {
            deleteQuietly(folder);
        }
    }

    private FileOutcome importOne(SafeZip.Entry file, Caller caller) {
        try {
            byte[] content = Files.readAllBytes(file.file());
            if (content.length > ddiConfig.maxBytes()) {
                return new FileOutcome(file.name(), "failed", 413, null, null, null, "Document too large",
                        "larger than " + ddiConfig.maxBytes() + " bytes", null, null);
            }
            IngestOutcome outcome = ingest.ingest(new IngestRequest(content, null, null, false, null, caller));
            return new FileOutcome(file.name(), outcome.kind().name().toLowerCase(Locale.ROOT),
                    outcome.kind() == IngestOutcome.Kind.UNCHANGED ? 200 : 201, outcome.idno(), outcome.version(),
                    null, null, null, null, null);
        } catch (ProblemException e) {
            Problem p = e.toProblem(null);
            return new FileOutcome(file.name(), "failed", p.status(), null, null, null, p.title(), p.detail(),
                    p.extensions().get("line"), p.extensions().get("column"));
        } catch (IOException | RuntimeException e) {
            // a server fault on one file is that file's outcome; the other files still get their turn
            String incident = UUID.randomUUID().toString();
            LOG.errorf(e, "Import of %s failed, incident %s", file.name(), incident);
            return new FileOutcome(file.name(), "failed", 500, null, null, null, "Internal server error",
                    "Unexpected error; quote incident " + incident + " to the operator", null, null);
        }
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
        return new ImportJobView(job.id, job.state, job.total, job.done, succeeded, failed, job.createdAt, job.createdBy,
                files);
    }

    private static boolean isDdiCandidate(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".xml") && !n.startsWith("__macosx/") && !n.contains("/.") && !n.startsWith(".");
    }

    private String toJson(List<FileOutcome> outcomes) {
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
    }
}
