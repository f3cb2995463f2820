package io.archivo.sdmx.data.rest;

import io.archivo.access.CurrentCaller;
import io.archivo.sdmx.data.format.DataFormat;
import io.archivo.sdmx.data.query.DataQueryService;
import io.quarkus.vertx.http.Compressed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * SDMX REST v1 data queries: {@code /sdmx/rest/data/{flowRef}/{key}/{providerRef}}. {@code flowRef} is
 * {@code ID}, {@code AGENCY,ID} or {@code AGENCY,ID,VERSION}; default format SDMX-ML 2.1 GenericData.
 */
@Path("/sdmx/rest/data")
public class SdmxDataV1Resource {

    @Inject
    DataQueryService service;
    @Inject
    CurrentCaller caller;

    @GET
    @Compressed
    @Path("{flowRef}")
    public Response flow(@PathParam("flowRef") String flowRef, @BeanParam DataRequest r) {
        return query(flowRef, null, null, r);
    }

    @GET
    @Compressed
    @Path("{flowRef}/{key}")
    public Response key(@PathParam("flowRef") String flowRef, @PathParam("key") String key, @BeanParam DataRequest r) {
        return query(flowRef, key, null, r);
    }

    @GET
    @Compressed
    @Path("{flowRef}/{key}/{providerRef}")
    public Response provider(@PathParam("flowRef") String flowRef, @PathParam("key") String key,
            @PathParam("providerRef") String providerRef, @BeanParam DataRequest r) {
        return query(flowRef, key, providerRef, r);
    }

    private Response query(String flowRef, String key, String providerRef, DataRequest r) {
        var raw = new DataQueryService.RawParameters(r.startPeriod, r.endPeriod, r.updatedAfter, r.firstN, r.lastN,
                r.detail, r.dimensionAtObservation, r.includeHistory, Map.of());
        return DataResponder.respond(service, caller.get(), r, DataFormat.GENERIC_21, DataFormat.CSV_10,
                FlowPaths.v1(service, flowRef, providerRef), key, raw);
    }
}
