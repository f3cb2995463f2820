package io.archivo.bench;

import io.archivo.access.Caller;
import io.archivo.common.http.BoundedBody;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.util.Map;

/**
 * Benchmark-only endpoint, present only when {@code archivo.bench.sink=true} at build time (set by
 * {@link IngestBenchmark.Profile}): takes a DDI upload exactly as {@code POST /api/v1/studies} does (same media
 * type, InputStream body, roles, BoundedBody copy) and does nothing with it, so that the benchmark can tell the
 * cost of the HTTP layer from the cost of ingest.
 */
@Path("/bench/sink")
@IfBuildProperty(name = "archivo.bench.sink", stringValue = "true")
public class BenchSinkResource {

    @POST
    @Consumes("application/xml")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Caller.EDITOR, Caller.ADMIN })
    public Map<String, Object> sink(InputStream body) {
        return Map.of("bytes", BoundedBody.read(body, Long.MAX_VALUE, "body").length);
    }
}
