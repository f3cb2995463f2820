package io.archivo.sdmx.rest;

import io.archivo.sdmx.format.SdmxFormat;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * The SDMX REST v2 queries Archivo answers only with an SDMX error, after checking their syntax (400, error 140):
 * {@code /schema/{context}/{agencyID}/{resourceID}/{version}} is not implemented (501, error 501: Archivo does not
 * generate XML schemas); {@code /metadata/...} and {@code /registration/...} find nothing (404, error 100: Archivo
 * holds no reference metadata and no registrations). The error message follows {@code Accept} as elsewhere under
 * {@code /sdmx}, also for the schema and metadata media types Archivo never writes (SDMX-JSON 2.0 by default).
 */
@Path("/sdmx/v2")
public class SdmxV2ErrorOnlyResource {

    @HeaderParam(HttpHeaders.ACCEPT)
    String accept;

    @GET
    @Path("schema/{context}/{agencyID}/{resourceID}/{version}")
    public Response schema(@PathParam("context") String context, @PathParam("agencyID") String agencyID,
            @PathParam("resourceID") String resourceID, @PathParam("version") String version,
            @QueryParam("dimensionAtObservation") String dimension, @QueryParam("deletion") String deletion) {
        return answer(() -> SdmxQueryParser.schema(ApiVersion.V2, context, agencyID, resourceID, version, dimension,
                "deletion", deletion));
    }

    @GET
    @Path("metadata/{kind}/{rest: .+}")
    public Response metadata(@PathParam("kind") String kind, @QueryParam("detail") String detail) {
        return answer(() -> SdmxQueryParser.metadata(kind, detail));
    }

    @GET
    @Path("registration/{kind}/{rest: .+}")
    public Response registration(@PathParam("kind") String kind, @QueryParam("updatedBefore") String updatedBefore,
            @QueryParam("updatedAfter") String updatedAfter) {
        return answer(() -> SdmxQueryParser.registration(kind, updatedBefore, updatedAfter));
    }

    private Response answer(Runnable check) {
        return SdmxResponder.errorOnly(accept, SdmxFormat.SDMX_JSON_20, check);
    }
}
