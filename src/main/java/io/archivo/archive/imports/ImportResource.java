package io.archivo.archive.imports;

import io.archivo.access.Caller;
import io.archivo.access.CurrentCaller;
import io.archivo.common.config.ArchivoConfig;
import io.archivo.common.http.LimitedInputStream;
import io.archivo.common.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Bulk import of a ZIP of DDI documents, as a job with progress. */
@Path("/api/v1/imports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Caller.EDITOR, Caller.ADMIN })
@Tag(name = "Imports")
public class ImportResource {

    @Inject
    ImportService imports;
    @Inject
    CurrentCaller caller;
    @Inject
    ArchivoConfig config;

    @POST
    @Consumes({ "application/zip", "application/x-zip-compressed", MediaType.APPLICATION_OCTET_STREAM })
    @Operation(summary = "Import a ZIP of DDI files (publish=true: publish each stored version); answers 202 with the job to poll")
    public Response submit(InputStream zip, @QueryParam("publish") boolean publish) {
        return accepted(imports.submit(new LimitedInputStream(zip, config.imports().maxZipBytes(), "Archive too large", "upload"), caller.get(), publish));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Import a ZIP of DDI files sent as the multipart part 'file'")
    public Response submitForm(@RestForm("file") FileUpload file, @QueryParam("publish") boolean publish) {
        if (file == null) {
            throw ProblemException.badRequest("missing-file", "Missing file", "The multipart body has no part named 'file'");
        }
        try (InputStream in = Files.newInputStream(file.uploadedFile())) {
            return accepted(imports.submit(new LimitedInputStream(in, config.imports().maxZipBytes(), "Archive too large", "upload"), caller.get(), publish));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Progress (done/total) and each file's outcome")
    public ImportJobView get(@PathParam("id") String id) {
        ImportJobView job = imports.get(id);
        // a job's report names the studies it touched: only its submitter and admins see it (404 otherwise)
        if (!io.archivo.access.AccessPolicy.canSeeImportJob(caller.get(), job.createdBy())) {
            throw ProblemException.notFound("No import job " + id);
        }
        return job;
    }

    private static Response accepted(ImportJobView job) {
        return Response.accepted(job).location(UriBuilder.fromPath("/api/v1/imports/{id}").build(job.id())).build();
    }
}
