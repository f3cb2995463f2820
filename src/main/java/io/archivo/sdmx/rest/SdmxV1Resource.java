package io.archivo.sdmx.rest;

import io.archivo.sdmx.format.SdmxFormat;
import io.quarkus.vertx.http.Compressed;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * SDMX REST v1 (1.5) structure queries under {@code /sdmx/rest}: {@code /{resource}/{agencyID}/{resourceID}/
 * {version}/{itemID}} with trailing segments optional. Defaults to SDMX-ML 2.1. Structure types Archivo has none
 * of answer 404 (no results); {@code schema} queries answer 501 (after their syntax is checked); {@code data} and
 * {@code availableconstraint} are routed to {@code io.archivo.sdmx.data.rest} (a longer literal path wins).
 * <p>
 * {@code @Compressed}: the SDMX media types are not in {@code quarkus.http.compress-media-types}, so without it
 * harvest-size messages went out uncompressed even to clients sending {@code Accept-Encoding: gzip}.
 */
@Path("/sdmx/rest")
public class SdmxV1Resource {

    private final Supplier<Optional<SdmxStructureSource>> source;
    private final Supplier<Optional<SdmxDataArtefactSource>> data;

    @Inject
    public SdmxV1Resource(Instance<SdmxStructureSource> sources, Instance<SdmxDataArtefactSource> data) {
        this.source = SourceLookup.of(sources);
        this.data = SourceLookup.data(data);
    }

    public SdmxV1Resource(SdmxStructureSource source) {
        this.source = SourceLookup.of(source);
        this.data = Optional::empty;
    }

    @GET
    @Compressed
    @Path("{resource}")
    public Response one(@PathParam("resource") String resource, @BeanParam SdmxRequest request) {
        return query(resource, null, null, null, null, request);
    }

    @GET
    @Compressed
    @Path("{resource}/{agencyID}")
    public Response two(@PathParam("resource") String resource, @PathParam("agencyID") String agencyID,
            @BeanParam SdmxRequest request) {
        return query(resource, agencyID, null, null, null, request);
    }

    @GET
    @Compressed
    @Path("{resource}/{agencyID}/{resourceID}")
    public Response three(@PathParam("resource") String resource, @PathParam("agencyID") String agencyID,
            @PathParam("resourceID") String resourceID, @BeanParam SdmxRequest request) {
        return query(resource, agencyID, resourceID, null, null, request);
    }

    @GET
    @Compressed
    @Path("{resource}/{agencyID}/{resourceID}/{version}")
    public Response four(@PathParam("resource") String resource, @PathParam("agencyID") String agencyID,
            @PathParam("resourceID") String resourceID, @PathParam("version") String version,
            @BeanParam SdmxRequest request) {
        return query(resource, agencyID, resourceID, version, null, request);
    }

    @GET
    @Compressed
    @Path("{resource}/{agencyID}/{resourceID}/{version}/{itemID}")
    public Response five(@PathParam("resource") String resource, @PathParam("agencyID") String agencyID,
            @PathParam("resourceID") String resourceID, @PathParam("version") String version,
            @PathParam("itemID") String itemID, @BeanParam SdmxRequest request) {
        return query(resource, agencyID, resourceID, version, itemID, request);
    }

    /** Schema queries: syntax checked (400), then 501 as an SDMX error, whatever schema media type is asked for. */
    @GET
    @Path("schema/{context}/{agencyID}/{resourceID}")
    public Response schema(@PathParam("context") String context, @PathParam("agencyID") String agencyID,
            @PathParam("resourceID") String resourceID, @QueryParam("dimensionAtObservation") String dimension,
            @QueryParam("explicitMeasure") String explicitMeasure, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        return schema(context, agencyID, resourceID, null, dimension, explicitMeasure, accept);
    }

    @GET
    @Path("schema/{context}/{agencyID}/{resourceID}/{version}")
    public Response schema(@PathParam("context") String context, @PathParam("agencyID") String agencyID,
            @PathParam("resourceID") String resourceID, @PathParam("version") String version,
            @QueryParam("dimensionAtObservation") String dimension,
            @QueryParam("explicitMeasure") String explicitMeasure, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        return SdmxResponder.errorOnly(accept, SdmxFormat.SDMX_ML_21, () -> SdmxQueryParser.schema(ApiVersion.V1,
                context, agencyID, resourceID, version, dimension, "explicitMeasure", explicitMeasure));
    }

    private Response query(String resource, String agencyID, String resourceID, String version, String itemID,
            SdmxRequest r) {
        return query(resource, agencyID, resourceID, version, itemID, r.references, r.detail, r.accept, r.ifNoneMatch,
                r.ifModifiedSince, r.security, r.uri);
    }

    /** The single handler behind the routes; public so it can be called without a JAX-RS runtime. */
    public Response query(String resource, String agencyID, String resourceID, String version, String itemID,
            String references, String detail, String accept, String ifNoneMatch, String ifModifiedSince,
            SecurityContext security, UriInfo uri) {
        return SdmxResponder.handle(source, data, SdmxFormat.SDMX_ML_21,
                () -> SdmxQuery.v1(resource, agencyID, resourceID, version, itemID, references, detail), accept,
                ifNoneMatch, ifModifiedSince, security, uri);
    }
}
