package io.archivo.files.storage;

import io.archivo.files.FilesConfig;
import io.archivo.files.domain.StudyFileRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * Start-up garbage collection: a crash between storing bytes and committing their row leaves a blob nobody refers
 * to, and an interrupted upload leaves a staging file. Both are deleted when older than the grace period
 * ({@code archivo.files.orphan-grace}), so that a replica's upload in flight is never touched.
 */
@ApplicationScoped
public class OrphanCollector {

    private static final Logger LOG = Logger.getLogger(OrphanCollector.class);

    private final FileStorage storage;
    private final StudyFileRepository files;
    private final FilesConfig config;

    OrphanCollector(FileStorage storage, StudyFileRepository files, FilesConfig config) {
        this.storage = storage;
        this.files = files;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        Result r = collect();
        if (r.blobs() + r.staged() > 0) {
            LOG.infof("Files: deleted %d orphaned blob(s) and %d interrupted upload(s)", r.blobs(), r.staged());
        }
    }

    public record Result(int blobs, int staged) {
    }

    public Result collect() {
        Instant cutoff = Instant.now().minus(config.orphanGrace());
        int staged = 0;
        try (Stream<Path> tmp = Files.list(storage.staging().dir())) {
            for (Path p : (Iterable<Path>) tmp::iterator) {
                if (!Files.getLastModifiedTime(p).toInstant().isAfter(cutoff)) {
                    Files.deleteIfExists(p);
                    staged++;
                }
            }
        } catch (IOException e) {
            LOG.warn("Files: could not clean the staging folder", e);
        }
        int blobs = 0;
        try {
            Set<String> referenced = QuarkusTransaction.requiringNew().call(files::referencedHashes);
            List<String> orphans = new ArrayList<>();
            storage.store().forEach(s -> {
                if (!referenced.contains(s.sha256()) && !s.modified().isAfter(cutoff)) {
                    orphans.add(s.sha256());
                }
            });
            for (String sha : orphans) {
                storage.store().delete(sha);
                blobs++;
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("Files: orphan collection failed; it is retried at the next start", e);
        }
        return new Result(blobs, staged);
    }
}
