package io.archivo.inventory.api;

import io.archivo.common.problem.ProblemException;
import io.archivo.common.api.Page;
import io.archivo.common.api.PageRequest;
import io.archivo.inventory.api.dto.ProcessInput;
import io.archivo.inventory.api.dto.ProcessDetailView;
import io.archivo.inventory.api.dto.ProcessView;
import io.archivo.inventory.service.PublishedStudies;
import io.archivo.common.organisation.Department;
import io.archivo.inventory.domain.ProcessFilter;
import io.archivo.inventory.domain.ProcessType;
import io.archivo.inventory.importer.InventoryFormat;
import io.archivo.inventory.service.DdiSkeletonWriter;
import io.archivo.inventory.service.ImportOutcome;
import io.archivo.inventory.service.ProcessService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The inventory of statistical processes over HTTP; every method is one call to {@link ProcessService}. */
@Path("/api/v1/processes")
@Produces(MediaType.APPLICATION_JSON)
public class ProcessResource {

    @Inject
    ProcessService service;

    @Inject
    PublishedStudies studies;

    @Inject
    io.archivo.access.CurrentCaller caller;

    @Context
    UriInfo uriInfo;

    @GET
    @Path("{code}/classification")
    public io.archivo.access.ClassificationDecision classification(@PathParam("code") String code) {
        return service.classification(code);
    }

    @PUT
    @Path("{code}/classification")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"editor", "admin"})
    public io.archivo.access.ClassificationDecision classify(@PathParam("code") String code,
            io.archivo.access.ClassificationDecision.Input body) {
        return service.classify(caller.get(), code, io.archivo.access.ClassificationDecision.of(body));
    }

    @GET
    public Page<ProcessView> list(@QueryParam("department") String department, @QueryParam("type") String type,
            @QueryParam("thematicArea") String thematicArea, @QueryParam("publicDissemination") String dissemination,
            @QueryParam("documented") String documented, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        ProcessFilter filter = new ProcessFilter(
                ProcessDtoMapper.queryValue(Department.class, "department", department),
                ProcessDtoMapper.queryValue(ProcessType.class, "type", type),
                thematicArea == null || thematicArea.isBlank() ? null : thematicArea.strip(),
                ProcessDtoMapper.queryFlag("publicDissemination", dissemination),
                ProcessDtoMapper.queryFlag("documented", documented));
        return service.list(filter, PageRequest.of(page, size)).map(ProcessDtoMapper::toView);
    }

    @GET
    @Path("{code}")
    public ProcessDetailView get(@PathParam("code") String code) {
        return new ProcessDetailView(ProcessDtoMapper.toView(service.get(code)), studies.studiesOf(code));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"editor", "admin"})
    public Response create(ProcessInput input) {
        ProcessView created = ProcessDtoMapper.toView(service.create(caller.get(), ProcessDtoMapper.fromInput(input)));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.code()).build()).entity(created).build();
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"editor", "admin"})
    public ProcessView update(@PathParam("code") String code, ProcessInput input) {
        return ProcessDtoMapper.toView(service.update(caller.get(), code, ProcessDtoMapper.fromInput(input)));
    }

    @DELETE
    @Path("{code}")
    @RolesAllowed({"editor", "admin"})
    public Response delete(@PathParam("code") String code) {
        service.delete(caller.get(), code);
        return Response.noContent().build();
    }

    @POST
    @Path("import")
    @Consumes({InventoryFormat.CSV_MEDIA_TYPE, InventoryFormat.XLSX_MEDIA_TYPE})
    @RolesAllowed({"editor", "admin"})
    public ImportOutcome importFile(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        InventoryFormat format = contentType != null && contentType.startsWith(InventoryFormat.XLSX_MEDIA_TYPE)
                ? InventoryFormat.XLSX : InventoryFormat.CSV;
        return service.importFile(caller.get(), body, format);
    }

    @POST
    @Path("import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({"editor", "admin"})
    public ImportOutcome importUpload(@RestForm("file") FileUpload file) {
        if (file == null) {
            throw ProblemException.badRequest("missing-file", "Falta el archivo",
                    "Envíe el inventario en la parte «file» (CSV o XLSX)");
        }
        try {
            byte[] content = Files.readAllBytes(file.uploadedFile());
            return service.importFile(caller.get(), content, InventoryFormat.sniff(content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GET
    @Path("export")
    @Produces({InventoryFormat.CSV_MEDIA_TYPE, InventoryFormat.XLSX_MEDIA_TYPE})
    public Response export(@QueryParam("format") @DefaultValue("csv") String formatName) {
        InventoryFormat format = InventoryFormat.fromName(formatName).orElseThrow(() -> ProblemException.badRequest(
                "invalid-parameter", "Parámetro no válido", "format debe ser csv o xlsx"));
        return Response.ok(service.export(format), format.mediaType())
                .header("Content-Disposition", "attachment; filename=\"inventario-procesos." + format.extension() + "\"")
                .build();
    }

    @POST
    @Path("{code}/ddi-skeleton")
    @Produces(MediaType.APPLICATION_XML)
    @RolesAllowed({"editor", "admin"})
    public Response ddiSkeleton(@PathParam("code") String code) {
        return Response.ok(service.ddiSkeleton(code), MediaType.APPLICATION_XML)
                .header("Content-Disposition", "attachment; filename=\"" + DdiSkeletonWriter.idnoOf(code) + ".xml\"")
                .build();
    }
}
