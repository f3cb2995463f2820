package io.archivo.sdmx.rest;

import io.archivo.sdmx.format.SdmxFormat;
import io.quarkus.vertx.http.Compressed;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * SDMX REST v2 (2.2) structure queries under {@code /sdmx/v2}: {@code /structure/{artefactType}/{agencyID}/
 * {resourceID}/{version}/{itemID}}, trailing segments optional ({@code *}, {@code *}, {@code ~}). Defaults to
 * SDMX-JSON 2.0. Methods are {@code @Compressed} (see {@link SdmxV1Resource}).
 */
@Path("/sdmx/v2/structure")
public class SdmxV2Resource {

    private final Supplier<Optional<SdmxStructureSource>> source;
    private final Supplier<Optional<SdmxDataArtefactSource>> data;

    @Inject
    public SdmxV2Resource(Instance<SdmxStructureSource> sources, Instance<SdmxDataArtefactSource> data) {
        this.source = SourceLookup.of(sources);
        this.data = SourceLookup.data(data);
    }

    public SdmxV2Resource(SdmxStructureSource source) {
        this.source = SourceLookup.of(source);
        this.data = Optional::empty;
    }

    @GET
    @Compressed
    public Response all(@BeanParam SdmxRequest request) {
        return query(null, null, null, null, null, request);
    }

    @GET
    @Compressed
    @Path("{type}")
    public Response one(@PathParam("type") String type, @BeanParam SdmxRequest request) {
        return query(type, null, null, null, null, request);
    }

    @GET
    @Compressed
    @Path("{type}/{agencyID}")
    public Response two(@PathParam("type") String type, @PathParam("agencyID") String agencyID,
            @BeanParam SdmxRequest request) {
        return query(type, agencyID, null, null, null, request);
    }

    @GET
    @Compressed
    @Path("{type}/{agencyID}/{resourceID}")
    public Response three(@PathParam("type") String type, @PathParam("agencyID") String agencyID,
            @PathParam("resourceID") String resourceID, @BeanParam SdmxRequest request) {
        return query(type, agencyID, resourceID, null, null, request);
    }

    @GET
    @Compressed
    @Path("{type}/{agencyID}/{resourceID}/{version}")
    public Response four(@PathParam("type") String type, @PathParam("agencyID") String agencyID,
            @PathParam("resourceID") String resourceID, @PathParam("version") String version,
            @BeanParam SdmxRequest request) {
        return query(type, agencyID, resourceID, version, null, request);
    }

    @GET
    @Compressed
    @Path("{type}/{agencyID}/{resourceID}/{version}/{itemID}")
    public Response five(@PathParam("type") String type, @PathParam("agencyID") String agencyID,
            @PathParam("resourceID") String resourceID, @PathParam("version") String version,
            @PathParam("itemID") String itemID, @BeanParam SdmxRequest request) {
        return query(type, agencyID, resourceID, version, itemID, request);
    }

    private Response query(String type, String agencyID, String resourceID, String version, String itemID,
            SdmxRequest r) {
        return query(type, agencyID, resourceID, version, itemID, r.references, r.detail, r.accept, r.ifNoneMatch,
                r.ifModifiedSince, r.security, r.uri);
    }

    /** The single handler behind the routes; public so it can be called without a JAX-RS runtime. */
    public Response query(String type, String agencyID, String resourceID, String version, String itemID,
            String references, String detail, String accept, String ifNoneMatch, String ifModifiedSince,
            SecurityContext security, UriInfo uri) {
        return SdmxResponder.handle(source, data, SdmxFormat.SDMX_JSON_20,
                () -> SdmxQuery.v2(type, agencyID, resourceID, version, itemID, references, detail), accept,
                ifNoneMatch, ifModifiedSince, security, uri);
    }
}
