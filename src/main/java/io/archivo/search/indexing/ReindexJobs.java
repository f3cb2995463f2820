package io.archivo.search.indexing;

import io.archivo.common.problem.ProblemException;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Full rebuilds of the search index, run one at a time in the background with progress. Jobs live in memory: a
 * rebuild interrupted by a restart is simply redone by start-up reconciliation.
 */
@ApplicationScoped
public class ReindexJobs {

    private static final Logger LOG = Logger.getLogger(ReindexJobs.class);

    private final StudyIndexer indexer;
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "archivo-reindex"));

    ReindexJobs(StudyIndexer indexer) {
        this.indexer = indexer;
    }

    /** Progress of a rebuild; {@code total} is -1 until the number of studies is known. */
    public record JobView(String id, String state, int total, int done, OffsetDateTime startedAt,
            OffsetDateTime finishedAt, String error) {
    }

    public JobView start(String requestedBy) {
        Job job = new Job(UUID.randomUUID().toString());
        jobs.put(job.id, job);
        worker.submit(() -> run(job, requestedBy));
        return job.view();
    }

    public JobView get(String id) {
        Job job = jobs.get(id);
        if (job == null) {
            throw ProblemException.notFound("No reindex job '" + id + "'");
        }
        return job.view();
    }

    private void run(Job job, String requestedBy) {
        job.state = "running";
        try {
            int n = indexer.rebuild(job.total::set, job.done::incrementAndGet);
            job.state = "done";
            LOG.infof("Search index rebuilt by %s: %d studies", requestedBy, n);
        } catch (RuntimeException e) {
            job.state = "failed";
            job.error = e.getMessage();
            LOG.errorf(e, "Reindex job %s failed", job.id);
        } finally {
            job.finishedAt = OffsetDateTime.now(ZoneOffset.UTC);
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    private static final class Job {
        final String id;
        final OffsetDateTime startedAt = OffsetDateTime.now(ZoneOffset.UTC);
        final AtomicInteger total = new AtomicInteger(-1);
        final AtomicInteger done = new AtomicInteger();
        volatile String state = "queued";
        volatile OffsetDateTime finishedAt;
        volatile String error;

        Job(String id) {
            this.id = id;
        }

        JobView view() {
            return new JobView(id, state, total.get(), done.get(), startedAt, finishedAt, error);
        }
    }
}
