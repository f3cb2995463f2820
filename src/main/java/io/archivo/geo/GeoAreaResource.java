package io.archivo.geo;

import io.archivo.access.Caller;
import io.archivo.access.CurrentCaller;
import io.archivo.common.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Cali's geographic frame over HTTP: GeoJSON of codes and names for the IDESC, versions, and the name matcher. */
@Path("/api/v1/geo")
@Tag(name = "Geographic frame")
public class GeoAreaResource {

    public static final String GEOJSON = "application/geo+json";

    /** Body of a new version. */
    public record NewVersion(String version, List<GeoArea> areas) {
    }

    /** One value of a mapping report. */
    public record MatchView(String value, String code, String name, String kind, String rule) {
    }

    @Inject
    GeoAreaService service;
    @Inject
    CurrentCaller caller;

    @GET
    @Path("areas")
    @Produces({ GEOJSON, MediaType.APPLICATION_JSON })
    @Operation(summary = "Cali's comunas, corregimientos and the municipality as a GeoJSON FeatureCollection "
            + "of codes and names (geometry null); ?version= for an older version")
    public Response areas(@QueryParam("version") String version) {
        AreaFrame frame = version == null ? service.current() : service.version(version)
                .orElseThrow(() -> ProblemException.notFound("No version '" + version + "' of the geographic frame"));
        List<Map<String, Object>> features = new ArrayList<>();
        for (GeoArea a : frame.areas()) {
            if (a.isPlace()) { // zones and special codes are codes for tables, with no place to draw
                features.add(feature(a));
            }
        }
        Map<String, Object> fc = new LinkedHashMap<>();
        fc.put("type", "FeatureCollection");
        fc.put("codelist", AreaFrame.CODELIST_ID);
        fc.put("version", frame.version());
        fc.put("features", features);
        return Response.ok(fc, GEOJSON).build();
    }

    /**
     * One area: the resolvable URI that DCAT's {@code dct:spatial} and schema.org's {@code spatialCoverage} name
     * ({@code <base>/api/v1/geo/areas/{code}}). A GeoJSON Feature of the code and name, with the frame's version.
     */
    @GET
    @Path("areas/{code}")
    @Produces({ GEOJSON, MediaType.APPLICATION_JSON })
    @Operation(summary = "One area of the frame as a GeoJSON Feature (code, name, kind, parent; geometry null); "
            + "?version= for an older version")
    public Response area(@PathParam("code") String code, @QueryParam("version") String version) {
        AreaFrame frame = version == null ? service.current() : service.version(version)
                .orElseThrow(() -> ProblemException.notFound("No version '" + version + "' of the geographic frame"));
        GeoArea area = frame.areas().stream().filter(a -> a.code().equals(code)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("No area '" + code + "' in version " + frame.version()
                        + " of the geographic frame " + AreaFrame.CODELIST_ID));
        Map<String, Object> f = feature(area);
        f.put("codelist", AreaFrame.CODELIST_ID);
        f.put("version", frame.version());
        return Response.ok(f, GEOJSON).build();
    }

    private static Map<String, Object> feature(GeoArea a) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("code", a.code());
        props.put("name", a.name());
        props.put("kind", a.kind());
        props.put("parent", a.parent());
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("type", "Feature");
        f.put("id", a.code());
        f.put("geometry", null);
        f.put("properties", props);
        return f;
    }

    @GET
    @Path("versions")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The published versions of the geographic frame")
    public List<Map<String, Object>> versions() {
        return service.versions().stream().map(f -> Map.<String, Object>of("version", f.version(),
                "publishedAt", f.publishedAt().toString(), "areas", f.areas().size())).toList();
    }

    @POST
    @Path("versions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.ADMIN)
    @Operation(summary = "Publish a new version of the geographic frame (admins; older versions are kept)")
    public Response publish(NewVersion body) {
        if (body == null) {
            throw ProblemException.badRequest("empty-body", "Empty body", "Send {\"version\": \"1.1\", \"areas\": [...]}");
        }
        AreaFrame f = service.publish(caller.get(), body.version(), body.areas());
        return Response.status(201).entity(Map.of("version", f.version(), "areas", f.areas().size())).build();
    }

    @POST
    @Path("match")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Map names as people write them (\"Comuna 3\", \"C3\", \"Navarro\") to area codes, with the rule used")
    public List<MatchView> match(List<String> values) {
        if (values == null) {
            throw ProblemException.badRequest("empty-body", "Empty body", "Send a JSON array of names");
        }
        return service.current().matcher().matchAll(values).stream().map(GeoAreaResource::view).toList();
    }

    static MatchView view(AreaMatcher.Match m) {
        return m.matched()
                ? new MatchView(m.value(), m.area().code(), m.area().name(), m.area().kind(), m.rule().name())
                : new MatchView(m.value(), null, null, null, null);
    }
}
