package io.archivo.files.api;

import io.archivo.access.CurrentCaller;
import io.archivo.common.problem.ProblemException;
import io.archivo.files.FileNames;
import io.archivo.files.FileService;
import io.archivo.files.FileView;
import io.archivo.files.ResumableUploads;
import io.archivo.files.UploadRequest;
import io.archivo.files.profile.DdiComparison;
import io.quarkus.vertx.http.Uncompressed;
import io.smallrye.common.annotation.Blocking;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.PathPart;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Data files of a study (docs/files.md). Thin: every rule is in {@link FileService} and AccessPolicy. */
@Path("/api/v1/studies/{idno}/files")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class FileResource {

    @Inject
    FileService files;

    @Inject
    ResumableUploads resumable;

    @Inject
    CurrentCaller caller;

    @Inject
    HttpServerRequest request;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Attach a data file (multipart: part 'file' plus description, accessLevel, fileDscrId, licence)")
    public Response uploadForm(@PathParam("idno") String idno, @RestForm("file") FileUpload file,
            @RestForm("description") String description, @RestForm("accessLevel") String accessLevel,
            @RestForm("fileDscrId") String fileDscrId, @RestForm("licence") String licence,
            @QueryParam("replaces") Long replaces) throws IOException {
        if (file == null) {
            throw ProblemException.badRequest("missing-file", "No file", "Send the data file in the part 'file'");
        }
        files.requireEditable(caller.get(), idno);
        // Quarkus already wrote the part to a temporary file: it is moved into staging, not copied
        FileView v = files.upload(caller.get(), idno,
                new UploadRequest(file.fileName(), description, accessLevel, fileDscrId, licence, replaces),
                file.uploadedFile());
        return Response.status(201).entity(v).header("Location", location(idno, v.id())).build();
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Attach a data file sent as the raw body, named by Content-Disposition: attachment; filename=…")
    public Response upload(@PathParam("idno") String idno, InputStream body,
            @HeaderParam("Content-Disposition") String disposition, @QueryParam("description") String description,
            @QueryParam("accessLevel") String accessLevel, @QueryParam("fileDscrId") String fileDscrId,
            @QueryParam("licence") String licence, @QueryParam("replaces") Long replaces) {
        FileView v = files.upload(caller.get(), idno, new UploadRequest(FileNames.fromContentDisposition(disposition),
                description, accessLevel, fileDscrId, licence, replaces), body);
        return Response.status(201).entity(v).header("Location", location(idno, v.id())).build();
    }

    @PUT
    @Path("uploads/{key}")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Restartable upload: send the file in pieces with Content-Range: bytes a-b/total (308 until complete)")
    public Response uploadChunk(@PathParam("idno") String idno, @PathParam("key") String key, InputStream body,
            @HeaderParam("Content-Range") String contentRange, @HeaderParam("Content-Disposition") String disposition,
            @QueryParam("description") String description, @QueryParam("accessLevel") String accessLevel,
            @QueryParam("fileDscrId") String fileDscrId, @QueryParam("licence") String licence,
            @QueryParam("replaces") Long replaces) {
        ResumableUploads.Outcome o = resumable.put(caller.get(), idno, key, contentRange, body,
                new UploadRequest(FileNames.fromContentDisposition(disposition), description, accessLevel, fileDscrId,
                        licence, replaces));
        if (o.file() != null) {
            return Response.status(201).entity(o.file()).header("Location", location(idno, o.file().id())).build();
        }
        return incomplete(o.received());
    }

    @HEAD
    @Path("uploads/{key}")
    @Operation(summary = "How many bytes of a restartable upload the server holds (Range: bytes=0-n, or none)")
    public Response uploadStatus(@PathParam("idno") String idno, @PathParam("key") String key) {
        return incomplete(resumable.received(caller.get(), idno, key));
    }

    private static Response incomplete(long received) {
        Response.ResponseBuilder r = Response.status(308).header("Upload-Offset", received);
        if (received > 0) {
            r.header("Range", "bytes=0-" + (received - 1));
        }
        return r.build();
    }

    @GET
    @Operation(summary = "The study's data files the caller may see (?revision=n: the file set of an earlier revision)")
    public List<FileView> list(@PathParam("idno") String idno, @QueryParam("revision") Integer revision) {
        return files.list(caller.get(), idno, revision);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A data file's metadata and tabular profile")
    public FileView get(@PathParam("idno") String idno, @PathParam("id") long id) {
        return files.get(caller.get(), idno, id);
    }

    @GET
    @Path("{id}/comparison")
    @Operation(summary = "The file's columns against the study's DDI variables: variables without a column, columns"
            + " without a variable, type mismatches, undeclared codes")
    public DdiComparison comparison(@PathParam("idno") String idno, @PathParam("id") long id) {
        return files.comparison(caller.get(), idno, id);
    }

    @GET
    @Path("{id}/ddi-vars")
    @Produces(MediaType.APPLICATION_XML)
    @Operation(summary = "Generated DDI 2.5 var elements (in a dataDscr) for the columns that have no variable")
    public String ddiVars(@PathParam("idno") String idno, @PathParam("id") long id) {
        return files.ddiVarBlock(caller.get(), idno, id);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove a file from the current file set (earlier revisions keep it)")
    public Response remove(@PathParam("idno") String idno, @PathParam("id") long id) {
        files.remove(caller.get(), idno, id);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/content")
    @Produces(MediaType.WILDCARD)
    @Uncompressed // the stored bytes as they are: Content-Length, Range and the ETag refer to them
    @Operation(summary = "The bytes (ETag = SHA-256, Range/206, ?format=csv for tabular files)")
    public Response content(@PathParam("idno") String idno, @PathParam("id") long id,
            @QueryParam("format") String format, @HeaderParam("Range") String range,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        return content(idno, id, format, range, ifNoneMatch, true);
    }

    @HEAD
    @Path("{id}/content")
    @Produces(MediaType.WILDCARD)
    @Uncompressed
    @Operation(summary = "The headers of a download (size, ETag, ranges) without the bytes; not counted as a download")
    public Response contentHead(@PathParam("idno") String idno, @PathParam("id") long id,
            @QueryParam("format") String format, @HeaderParam("Range") String range,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        return content(idno, id, format, range, ifNoneMatch, false);
    }

    private Response content(String idno, long id, String format, String range, String ifNoneMatch, boolean send) {
        FileService.Content c = files.content(caller.get(), idno, id, format);
        String etag = "\"" + c.sha256() + "\"";
        if (ifNoneMatch != null && (ifNoneMatch.contains(etag) || ifNoneMatch.strip().equals("*"))) {
            return Response.notModified().header("ETag", etag).build();
        }
        ByteRange r = ByteRange.parse(range, c.size());
        if (r == ByteRange.UNSATISFIABLE) {
            return Response.status(416).header("Content-Range", "bytes */" + c.size()).build();
        }
        long offset = r == null ? 0 : r.start();
        long length = r == null ? c.size() : r.length();
        Object entity = null;
        if (send) {
            files.countDownload(caller.get(), idno, id, format);
            // the folder store's file goes out through Vert.x sendFile (no copy through the JVM heap, no worker
            // thread held for the transfer), as sendfile(2) despite HTTP compression; S3 objects are streamed
            entity = c.localFile().<Object>map(p -> {
                SendfileBesideCompression.enable(request.connection());
                return new PathPart(p, offset, length);
            }).orElseGet(() -> streamed(c, offset, r == null ? -1 : length));
        }
        Response.ResponseBuilder b = Response.status(r == null ? 200 : 206).entity(entity)
                .type(c.mediaType().startsWith("text/") ? c.mediaType() + "; charset=UTF-8" : c.mediaType())
                .header("ETag", etag).header("Accept-Ranges", "bytes").header("Content-Length", length)
                .header("Content-Disposition", FileNames.contentDisposition(c.name()));
        if (r != null) {
            b.header("Content-Range", "bytes " + r.start() + "-" + (r.start() + r.length() - 1) + "/" + c.size());
        }
        return b.build();
    }

    private static StreamingOutput streamed(FileService.Content c, long offset, long length) {
        return os -> {
            // large writes: each one becomes a chunk for the HTTP layer (transferTo's 16 KiB made downloads slow)
            byte[] buf = new byte[1 << 18];
            try (InputStream in = c.open(offset, length)) {
                int n;
                while ((n = in.read(buf)) > 0) {
                    os.write(buf, 0, n);
                }
            }
        };
    }

    private static String location(String idno, long id) {
        return "/api/v1/studies/" + java.net.URLEncoder.encode(idno, java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20") + "/files/" + id;
    }
}
