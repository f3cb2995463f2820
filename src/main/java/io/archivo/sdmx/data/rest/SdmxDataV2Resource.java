package io.archivo.sdmx.data.rest;

import io.archivo.access.CurrentCaller;
import io.archivo.sdmx.data.format.DataFormat;
import io.archivo.sdmx.data.format.DataMessage.Detail;
import io.archivo.sdmx.data.query.DataParameters;
import io.archivo.sdmx.data.query.DataQueryException;
import io.archivo.sdmx.data.query.DataQueryService;
import io.quarkus.vertx.http.Compressed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * SDMX REST v2 data queries: {@code /sdmx/v2/data/dataflow/{agency}/{id}/{version}/{key}} (or the
 * {@code datastructure} / {@code provisionagreement} naming one dataflow, see {@link FlowPaths}) with {@code c[DIM]}
 * component filters ({@code A+B}, {@code A,B}; {@code c[TIME_PERIOD]=ge:2020+le:2022}), {@code attributes} and
 * {@code measures} (mapped to the detail levels). Default format SDMX-CSV 2.0.
 */
@Path("/sdmx/v2/data")
public class SdmxDataV2Resource {

    @Inject
    DataQueryService service;
    @Inject
    CurrentCaller caller;
    @Inject
    io.archivo.sdmx.data.DataflowCatalog catalog;

    @GET
    @Compressed
    @Path("{context}/{agency}/{id}")
    public Response three(@PathParam("context") String context, @PathParam("agency") String agency,
            @PathParam("id") String id, @BeanParam DataRequest r) {
        return query(context, agency, id, null, null, r);
    }

    @GET
    @Compressed
    @Path("{context}/{agency}/{id}/{version}")
    public Response four(@PathParam("context") String context, @PathParam("agency") String agency,
            @PathParam("id") String id, @PathParam("version") String version, @BeanParam DataRequest r) {
        return query(context, agency, id, version, null, r);
    }

    @GET
    @Compressed
    @Path("{context}/{agency}/{id}/{version}/{key}")
    public Response five(@PathParam("context") String context, @PathParam("agency") String agency,
            @PathParam("id") String id, @PathParam("version") String version, @PathParam("key") String key,
            @BeanParam DataRequest r) {
        return query(context, agency, id, version, key, r);
    }

    private Response query(String context, String agency, String id, String version, String key, DataRequest r) {
        String detail = r.detail;
        boolean noAttributes = "none".equalsIgnoreCase(r.attributes);
        boolean noMeasures = "none".equalsIgnoreCase(r.measures);
        if (noAttributes || noMeasures) {
            detail = (noAttributes && noMeasures ? Detail.SERIESKEYSONLY
                    : noAttributes ? Detail.DATAONLY : Detail.NODATA).name();
        }
        var raw = new DataQueryService.RawParameters(null, null, r.updatedAfter, r.firstN, r.lastN, detail,
                r.dimensionAtObservation, r.includeHistory, FlowPaths.componentFilters(r.uri));
        var flow = FlowPaths.v2(service, catalog, "data", context, agency, id, version, () -> {
            if (r.attributes != null && !List.of("dsd", "all", "none").contains(r.attributes.toLowerCase())) {
                throw DataQueryException.notImplemented("attributes=" + r.attributes + " (dsd, all or none)");
            }
            if (r.measures != null && !List.of("all", "none").contains(r.measures.toLowerCase())) {
                throw DataQueryException.notImplemented("measures=" + r.measures + " (all or none)");
            }
            DataParameters.v2Options(r.offset, r.limit, r.sort, r.reportingYearStartDay);
        });
        return DataResponder.respond(service, caller.get(), r, DataFormat.CSV_20, DataFormat.CSV_20, flow,
                FlowPaths.v2Key(key), raw);
    }
}
