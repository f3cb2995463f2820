package io.archivo.archive.api;

import io.archivo.access.Caller;
import io.archivo.access.CurrentCaller;
import io.archivo.archive.api.dto.IngestResponse;
import io.archivo.archive.api.dto.StudySummary;
import io.archivo.archive.api.dto.StudyView;
import io.archivo.archive.api.dto.VersionView;
import io.archivo.archive.domain.StudyVersion;
import io.archivo.archive.service.IngestOutcome;
import io.archivo.archive.service.IngestRequest;
import io.archivo.archive.service.StudyFilter;
import io.archivo.archive.service.StudyOrder;
import io.archivo.archive.service.StudyIngestService;
import io.archivo.archive.service.StudyPublicationService;
import io.archivo.archive.service.StudyQueryService;
import io.archivo.archive.service.StudyClassificationService;
import io.archivo.archive.service.Withdrawal;
import io.archivo.common.http.LimitedInputStream;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.archivo.access.ClassificationDecision;
import io.archivo.common.api.Page;
import io.archivo.common.api.PageRequest;
import io.archivo.common.http.BoundedBody;
import io.archivo.common.problem.ProblemException;
import io.archivo.ddi.DdiConfig;
import io.archivo.ddi.model.Variable;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Studies of the archive. Identifiers are DDI IDNos such as {@code hdl:1902.1/00012}: send them percent-encoded
 * ({@code hdl%3A1902.1%2F00012}) in the path.
 */
@Path("/api/v1/studies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Studies")
public class StudyResource {

    static final String XML = "application/xml";

    @Inject
    StudyIngestService ingest;
    @Inject
    StudyQueryService queries;
    @Inject
    StudyPublicationService publication;
    @Inject
    CurrentCaller caller;
    @Inject
    DdiConfig ddiConfig;
    @Inject
    StudyClassificationService classification;
    @Inject
    ObjectMapper json;

    @GET
    @Operation(summary = "List studies (anonymous callers see published public studies only); sort=idno (default) or"
            + " published (the latest publications first)")
    public Page<StudySummary> list(@QueryParam("q") String q, @QueryParam("process") String process,
            @QueryParam("status") String status, @QueryParam("sort") String sort, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return queries.list(caller.get(), new StudyFilter(q, process, status), PageRequest.of(page, size),
                StudyOrder.of(sort));
    }

    @POST
    @Consumes({ XML, MediaType.TEXT_XML, MediaType.APPLICATION_OCTET_STREAM })
    @RolesAllowed({ Caller.EDITOR, Caller.ADMIN })
    @Operation(summary = "Upload a DDI Codebook document: creates the study or adds a version")
    public Response upload(InputStream body, @QueryParam("strict") boolean strict, @QueryParam("process") String process) {
        return ingested(ingest.ingest(request(BoundedBody.read(body, ddiConfig.maxBytes(), "DDI document"), null, null,
                strict, process)));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({ Caller.EDITOR, Caller.ADMIN })
    @Operation(summary = "Upload a DDI Codebook document as the multipart part 'file'")
    public Response uploadForm(@RestForm("file") FileUpload file, @QueryParam("strict") boolean strict,
            @QueryParam("process") String process) {
        return ingested(ingest.ingest(request(fileBytes(file), null, null, strict, process)));
    }

    @PUT
    @Path("{idno}")
    @Consumes({ XML, MediaType.TEXT_XML, MediaType.APPLICATION_OCTET_STREAM })
    @RolesAllowed({ Caller.EDITOR, Caller.ADMIN })
    @Operation(summary = "Add a version to a study; the document's IDNo must be the one in the path (409 otherwise)")
    public Response put(@PathParam("idno") String idno, InputStream body, @HeaderParam("If-Match") String ifMatch,
            @QueryParam("strict") boolean strict, @QueryParam("process") String process) {
        return ingested(ingest.ingest(request(BoundedBody.read(body, ddiConfig.maxBytes(), "DDI document"), idno,
                ifMatch, strict, process)));
    }

    @GET
    @Path("{idno}")
    @Operation(summary = "A study: its fields, validation status, current and published version; 410 with the"
            + " withdrawal (date, reason, replacement) for a study that was public and is withdrawn")
    public StudyView get(@PathParam("idno") String idno) {
        return queries.getOrGone(caller.get(), idno);
    }

    @GET
    @Path("{idno}/versions")
    @Operation(summary = "The versions of a study (anonymous callers see published ones)")
    public List<VersionView> versions(@PathParam("idno") String idno) {
        return queries.history(caller.get(), idno);
    }

    @GET
    @Path("{idno}/versions/{number}")
    @Operation(summary = "One version with its full validation report")
    public VersionView version(@PathParam("idno") String idno, @PathParam("number") int number) {
        return queries.version(caller.get(), idno, number);
    }

    @GET
    @Path("{idno}/variables")
    @Operation(summary = "The variables of the shown version (or ?version=n), paged")
    public Page<Variable> variables(@PathParam("idno") String idno, @QueryParam("version") Integer version,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return queries.variables(caller.get(), idno, version, PageRequest.of(page, size));
    }

    @GET
    @Path("{idno}/ddi")
    @Produces(XML)
    @Operation(summary = "The original DDI document of a version, byte for byte; the ETag is its SHA-256")
    public Response ddi(@PathParam("idno") String idno, @QueryParam("version") Integer version,
            @jakarta.ws.rs.core.Context Request request) {
        StudyQueryService.Download v = queries.ddi(caller.get(), idno, version);
        EntityTag etag = new EntityTag(v.etag());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(etag);
        if (notModified != null) {
            return notModified.build();
        }
        return Response.ok(v.content(), XML).tag(etag).header("X-DDI-Version", v.ddiVersion()).build();
    }

    @POST
    @Path("{idno}/publish")
    @RolesAllowed({ Caller.EDITOR, Caller.ADMIN })
    @Operation(summary = "Publish the latest version (or ?version=n)")
    public Map<String, Object> publish(@PathParam("idno") String idno, @QueryParam("version") Integer version) {
        int n = publication.publish(caller.get(), idno, version);
        return Map.of("idno", idno, "publishedVersion", n, "status", "published");
    }

    @POST
    @Path("publish")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Caller.EDITOR, Caller.ADMIN })
    @Operation(summary = "Publish the latest version of many studies at once (all or none): {\"idnos\": [...]}, at most 1000")
    public Map<String, Object> publishAll(BulkPublication body) {
        if (body == null || body.idnos() == null) {
            throw ProblemException.badRequest("bad-publication-list", "Bad list of studies to publish",
                    "Send {\"idnos\": [...]} with the IDNos to publish");
        }
        return Map.of("published", publication.publishAll(caller.get(), body.idnos()), "status", "published");
    }

    /** Body of a bulk publication. */
    public record BulkPublication(List<String> idnos) {
    }

    @POST
    @Path("{idno}/withdraw")
    @RolesAllowed({ Caller.EDITOR, Caller.ADMIN })
    @Operation(summary = "Hide a study from the public, keeping its history; optional JSON body {\"reason\": \"…\" (at most"
            + " 2000 characters), \"replacedBy\": \"<IDNo of another study or http(s) URL>\"}")
    public Map<String, Object> withdraw(@PathParam("idno") String idno, InputStream body) throws IOException {
        publication.withdraw(caller.get(), idno, withdrawal(body));
        return Map.of("idno", idno, "status", "withdrawn");
    }

    /** The most a withdrawal body may hold: a 2,000-character reason and a 2,048-character link, with room. */
    static final int MAX_WITHDRAWAL_BODY = 64 * 1024;

    /** Body of a withdrawal; both members optional. */
    public record WithdrawalBody(String reason, String replacedBy) {
    }

    /** An empty body (as before bodies were read) is a withdrawal without reason or replacement. */
    private Withdrawal withdrawal(InputStream body) throws IOException {
        if (body == null) {
            return Withdrawal.NONE;
        }
        byte[] bytes;
        try (InputStream in = new LimitedInputStream(body, MAX_WITHDRAWAL_BODY, "Body too large", "withdrawal body")) {
            bytes = in.readAllBytes();
        }
        if (new String(bytes, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            return Withdrawal.NONE;
        }
        // malformed JSON, or a member of the wrong shape: 400 invalid-json with line, column and field
        WithdrawalBody parsed = json.readValue(bytes, WithdrawalBody.class);
        return parsed == null ? Withdrawal.NONE : new Withdrawal(parsed.reason(), parsed.replacedBy());
    }

    @PUT
    @Path("{idno}/classification")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Caller.EDITOR, Caller.ADMIN })
    @Operation(summary = "Classify a study (Ley 1712): level publica|clasificada|reservada, legalBasis, exception total|parcial, decidedOn, term")
    public ClassificationDecision classify(@PathParam("idno") String idno, ClassificationDecision.Input body) {
        return classification.classify(caller.get(), idno, ClassificationDecision.of(body));
    }

    @PUT
    @Path("{idno}/variables/{name}/sensitive")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Caller.EDITOR, Caller.ADMIN })
    @Operation(summary = "Flag (or with {\"sensitive\": false} unflag) a variable as personal data (Ley 1581): hidden from the public")
    public Map<String, Object> sensitive(@PathParam("idno") String idno, @PathParam("name") String name,
            SensitiveFlag body) {
        boolean sensitive = body == null || body.sensitive() == null || body.sensitive();
        return Map.of("idno", idno, "variable", name, "sensitive", sensitive, "sensitiveVariables",
                classification.flagSensitive(caller.get(), idno, name, sensitive));
    }

    /** Body of the sensitive-variable flag; absent means true. */
    public record SensitiveFlag(Boolean sensitive) {
    }

    private IngestRequest request(byte[] content, String expectedIdno, String ifMatch, boolean strict, String process) {
        return new IngestRequest(content, expectedIdno, ifMatch, strict, blankToNull(process), caller.get());
    }

    private Response ingested(IngestOutcome outcome) {
        VersionView version = outcome.view();
        IngestResponse body = new IngestResponse(outcome.kind().name().toLowerCase(), outcome.idno(), version);
        UriBuilder study = UriBuilder.fromPath("/api/v1/studies/{idno}");
        return switch (outcome.kind()) {
            case CREATED -> Response.created(study.build(outcome.idno())).entity(body).tag(version.sha256()).build();
            case NEW_VERSION -> Response.created(study.path("versions/{n}").build(outcome.idno(), outcome.version()))
                    .entity(body).tag(version.sha256()).build();
            case UNCHANGED -> Response.ok(body).tag(version.sha256())
                    .header("Content-Location", study.path("versions/{n}").build(outcome.idno(), outcome.version()))
                    .build();
        };
    }

    private byte[] fileBytes(FileUpload file) {
        if (file == null) {
            throw ProblemException.badRequest("missing-file", "Missing file", "The multipart body has no part named 'file'");
        }
        try {
            return BoundedBody.read(Files.newInputStream(file.uploadedFile()), ddiConfig.maxBytes(), "DDI document");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
