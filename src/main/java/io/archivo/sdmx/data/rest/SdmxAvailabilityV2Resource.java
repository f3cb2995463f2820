package io.archivo.sdmx.data.rest;

import io.archivo.access.CurrentCaller;
import io.archivo.sdmx.data.query.AvailabilityService;
import io.archivo.sdmx.data.query.DataParameters;
import io.archivo.sdmx.data.query.DataQueryService;
import io.archivo.sdmx.format.SdmxFormat;
import io.quarkus.vertx.http.Compressed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * SDMX REST v2 {@code /sdmx/v2/availability/dataflow/{agency}/{id}/{version}/{key}/{componentId}} (or by the
 * {@code datastructure} / {@code provisionagreement} naming one dataflow, see {@link FlowPaths}) with
 * {@code c[DIM]} filters (as for data), {@code mode=exact|available} and {@code updatedAfter}. Default format
 * SDMX-JSON 2.0 structure (a {@code dataConstraints} entry); SDMX-ML 3.0 gives a {@code DataConstraint}.
 */
@Path("/sdmx/v2/availability")
public class SdmxAvailabilityV2Resource {

    @Inject
    AvailabilityService availability;
    @Inject
    DataQueryService data;
    @Inject
    CurrentCaller caller;
    @Inject
    io.archivo.sdmx.data.DataflowCatalog catalog;

    @QueryParam("mode")
    String mode;
    @QueryParam("updatedAfter")
    String updatedAfter;
    @QueryParam("references")
    String references;
    @QueryParam("reportingYearStartDay")
    String reportingYearStartDay;
    @HeaderParam(HttpHeaders.ACCEPT)
    String accept;
    @HeaderParam(HttpHeaders.IF_NONE_MATCH)
    String ifNoneMatch;
    @HeaderParam(HttpHeaders.IF_MODIFIED_SINCE)
    String ifModifiedSince;
    @Context
    UriInfo uri;

    @GET
    @Compressed
    @Path("{context}/{agency}/{id}")
    public Response three(@PathParam("context") String context, @PathParam("agency") String agency,
            @PathParam("id") String id) {
        return query(context, agency, id, null, null, null);
    }

    @GET
    @Compressed
    @Path("{context}/{agency}/{id}/{version}")
    public Response four(@PathParam("context") String context, @PathParam("agency") String agency,
            @PathParam("id") String id, @PathParam("version") String version) {
        return query(context, agency, id, version, null, null);
    }

    @GET
    @Compressed
    @Path("{context}/{agency}/{id}/{version}/{key}")
    public Response five(@PathParam("context") String context, @PathParam("agency") String agency,
            @PathParam("id") String id, @PathParam("version") String version, @PathParam("key") String key) {
        return query(context, agency, id, version, key, null);
    }

    @GET
    @Compressed
    @Path("{context}/{agency}/{id}/{version}/{key}/{componentId}")
    public Response six(@PathParam("context") String context, @PathParam("agency") String agency,
            @PathParam("id") String id, @PathParam("version") String version, @PathParam("key") String key,
            @PathParam("componentId") String componentId) {
        return query(context, agency, id, version, key, componentId);
    }

    private Response query(String context, String agency, String id, String version, String key, String componentId) {
        var q = new AvailabilityService.Query(FlowPaths.v2Key(key), FlowPaths.componentFilters(uri), null, null,
                updatedAfter, mode, componentId);
        return AvailabilityResponder.respond(availability, caller.get(), SdmxFormat.SDMX_JSON_20, accept, ifNoneMatch,
                ifModifiedSince, references, FlowPaths.v2(data, catalog, "availability", context, agency, id, version,
                        () -> DataParameters.yearStartDay(reportingYearStartDay)), q);
    }
}
