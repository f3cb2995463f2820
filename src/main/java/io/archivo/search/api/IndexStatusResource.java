package io.archivo.search.api;

import io.archivo.access.Caller;
import io.archivo.search.index.LuceneIndex;
import io.archivo.search.indexing.StudyIndexer;
import io.archivo.search.service.SearchService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The search index against the database (admins): what start-up found and whether they agree now. */
@Path("/api/v1/admin/index")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Caller.ADMIN)
@Tag(name = "Administration")
public class IndexStatusResource {

    private static final int EXAMPLES = 20;

    @Inject
    StudyIndexer indexer;

    @Inject
    LuceneIndex index;

    @Inject
    SearchService search;

    /**
     * {@code segments}: how many the searcher reads; {@code merging}: whether the idle merge is running;
     * {@code search}: the result cache and the admission of searches since start.
     */
    public record IndexStatus(String schemaVersion, StudyIndexer.StartupState atStartup, boolean consistent,
            StudyIndexer.Consistency now, int segments, boolean merging, SearchStatus search) {
    }

    /**
     * {@code maxConcurrentSearches}: searches computed at once (0: no limit); {@code searchesWaited}: searches that
     * found every turn taken and waited, since start. A steadily growing share of waits says the cores are saturated.
     */
    public record SearchStatus(int resultCacheSize, long resultCacheHits, long resultCacheMisses,
            int maxConcurrentSearches, long searchesWaited) {
    }

    @GET
    @Operation(summary = "Whether start-up opened, created or rebuilt the index, and the index against the database now "
            + "(studies missing, at a stale revision, or extra)")
    public IndexStatus status() {
        StudyIndexer.Consistency now = indexer.consistency(EXAMPLES);
        SearchService.CacheStats cache = search.cacheStats();
        SearchService.AdmissionStats admission = search.admissionStats();
        return new IndexStatus(LuceneIndex.SCHEMA_VERSION, indexer.atStartup(), now.consistent(), now,
                index.segmentCount(), index.merging(), new SearchStatus(cache.capacity(), cache.hits(), cache.misses(),
                        admission.maxConcurrent(), admission.queued()));
    }
}
