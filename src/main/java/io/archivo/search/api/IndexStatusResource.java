package io.archivo.search.api;

import io.archivo.access.Caller;
import io.archivo.search.index.LuceneIndex;
import io.archivo.search.indexing.StudyIndexer;
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

    /** {@code segments}: how many the searcher reads; {@code merging}: whether the idle merge is running. */
    public record IndexStatus(String schemaVersion, StudyIndexer.StartupState atStartup, boolean consistent,
            StudyIndexer.Consistency now, int segments, boolean merging) {
    }

    @GET
    @Operation(summary = "Whether start-up opened, created or rebuilt the index, and the index against the database now "
            + "(studies missing, at a stale revision, or extra)")
    public IndexStatus status() {
        StudyIndexer.Consistency now = indexer.consistency(EXAMPLES);
        return new IndexStatus(LuceneIndex.SCHEMA_VERSION, indexer.atStartup(), now.consistent(), now,
                index.segmentCount(), index.merging());
    }
}
