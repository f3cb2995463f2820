package io.archivo.search.api;

import io.archivo.access.Caller;
import io.archivo.access.CurrentCaller;
import io.archivo.search.indexing.ReindexJobs;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Rebuilding the search index from the database (admins). */
@Path("/api/v1/admin/reindex")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Caller.ADMIN)
@Tag(name = "Administration")
public class ReindexResource {

    @Inject
    ReindexJobs jobs;
    @Inject
    CurrentCaller caller;

    @POST
    @Operation(summary = "Rebuild the search index from the database; answers 202 with the job to poll")
    public Response start() {
        ReindexJobs.JobView job = jobs.start(caller.get().name());
        return Response.accepted(job).location(UriBuilder.fromPath("/api/v1/admin/reindex/{id}").build(job.id())).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Progress of a rebuild (done of total studies)")
    public ReindexJobs.JobView get(@PathParam("id") String id) {
        return jobs.get(id);
    }
}
