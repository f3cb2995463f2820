package io.archivo.sdmx.data.rest;

import io.archivo.access.CurrentCaller;
import io.archivo.sdmx.data.query.AvailabilityService;
import io.archivo.sdmx.data.query.DataQueryService;
import io.archivo.sdmx.format.SdmxFormat;
import io.quarkus.vertx.http.Compressed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * SDMX REST v1 {@code /sdmx/rest/availableconstraint/{flowRef}/{key}/{providerRef}/{componentID}} with
 * {@code mode=exact|available}, {@code startPeriod}, {@code endPeriod}, {@code updatedAfter}: the codes that have
 * data, as an actual content constraint. Default format SDMX-ML 2.1 structure.
 */
@Path("/sdmx/rest/availableconstraint")
public class SdmxAvailabilityV1Resource {

    @Inject
    AvailabilityService availability;
    @Inject
    DataQueryService data;
    @Inject
    CurrentCaller caller;

    @QueryParam("mode")
    String mode;
    @QueryParam("startPeriod")
    String startPeriod;
    @QueryParam("endPeriod")
    String endPeriod;
    @QueryParam("updatedAfter")
    String updatedAfter;
    @QueryParam("references")
    String references;
    @HeaderParam(HttpHeaders.ACCEPT)
    String accept;
    @HeaderParam(HttpHeaders.IF_NONE_MATCH)
    String ifNoneMatch;
    @HeaderParam(HttpHeaders.IF_MODIFIED_SINCE)
    String ifModifiedSince;

    @GET
    @Compressed
    @Path("{flowRef}")
    public Response flow(@PathParam("flowRef") String flowRef) {
        return query(flowRef, null, null, null);
    }

    @GET
    @Compressed
    @Path("{flowRef}/{key}")
    public Response key(@PathParam("flowRef") String flowRef, @PathParam("key") String key) {
        return query(flowRef, key, null, null);
    }

    @GET
    @Compressed
    @Path("{flowRef}/{key}/{providerRef}")
    public Response provider(@PathParam("flowRef") String flowRef, @PathParam("key") String key,
            @PathParam("providerRef") String providerRef) {
        return query(flowRef, key, providerRef, null);
    }

    @GET
    @Compressed
    @Path("{flowRef}/{key}/{providerRef}/{componentID}")
    public Response component(@PathParam("flowRef") String flowRef, @PathParam("key") String key,
            @PathParam("providerRef") String providerRef, @PathParam("componentID") String componentID) {
        return query(flowRef, key, providerRef, componentID);
    }

    private Response query(String flowRef, String key, String providerRef, String componentID) {
        var q = new AvailabilityService.Query(key, Map.of(), startPeriod, endPeriod, updatedAfter, mode, componentID);
        return AvailabilityResponder.respond(availability, caller.get(), SdmxFormat.SDMX_ML_21, accept, ifNoneMatch,
                ifModifiedSince, references, FlowPaths.v1(data, flowRef, providerRef), q);
    }
}
