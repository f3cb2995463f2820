package io.archivo.harvest.schemaorg;

import io.archivo.access.AccessPolicy;
import io.archivo.harvest.HarvestConfig;
import io.archivo.harvest.Links;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/v1/studies/{idno}} with {@code Accept: application/ld+json}: the study's schema.org Dataset. The
 * same path answers JSON from the archive's StudyResource; this one only takes the JSON-LD requests. As for every
 * harvesting format, only a study the public may see has one (404 otherwise, whoever asks).
 */
@Path("/api/v1/studies")
@Tag(name = "Harvesting")
@Blocking
public class SchemaOrgResource {

    private final SchemaOrgDataset datasets;
    private final HarvestConfig config;

    SchemaOrgResource(SchemaOrgDataset datasets, HarvestConfig config) {
        this.datasets = datasets;
        this.config = config;
    }

    @GET
    @Path("{idno}")
    // qs < 1: a client that takes anything (*/*) keeps getting the archive's plain JSON
    @Produces(SchemaOrgDataset.MEDIA_TYPE + ";qs=0.5")
    @Operation(summary = "A public study as a schema.org Dataset (JSON-LD), for Google Dataset Search and others")
    public Response dataset(@PathParam("idno") String idno, @Context UriInfo uri) {
        String body = datasets.json(idno, Links.of(config, uri.getBaseUri()))
                .orElseThrow(() -> AccessPolicy.notFound(idno));
        return Response.ok(body, SchemaOrgDataset.MEDIA_TYPE + ";charset=UTF-8").header("Vary", "Accept").build();
    }
}
