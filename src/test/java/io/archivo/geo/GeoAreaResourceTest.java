package io.archivo.geo;

import static io.archivo.testsupport.Api.admin;
import static io.archivo.testsupport.Api.anonymous;
import static io.archivo.testsupport.Api.editor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The geographic frame over HTTP: GeoJSON for the IDESC, admin-only new versions with the old kept, the matcher, SDMX. */
@QuarkusTest
class GeoAreaResourceTest {

    @Test
    void areasAreAGeoJsonFeatureCollectionOfCodesAndNames() {
        Response r = anonymous().get("/api/v1/geo/areas?version=1.0");
        assertEquals(200, r.statusCode());
        assertTrue(r.contentType().startsWith("application/geo+json"), r.contentType());
        assertEquals("FeatureCollection", r.jsonPath().getString("type"));
        List<Map<String, Object>> features = r.jsonPath().getList("features");
        assertEquals(1 + 22 + 15, features.size());
        assertTrue(features.stream().allMatch(f -> f.containsKey("geometry") && f.get("geometry") == null));
        assertEquals("Santiago de Cali", r.jsonPath().getString("features.find { it.id == '76001' }.properties.name"));
        assertEquals("Comuna 3", r.jsonPath().getString("features.find { it.id == '03' }.properties.name"));
        assertEquals("corregimiento", r.jsonPath().getString("features.find { it.id == '51' }.properties.kind"));
        assertEquals("Navarro", r.jsonPath().getString("features.find { it.id == '51' }.properties.name"));
        assertEquals("Golondrinas", r.jsonPath().getString("features.find { it.id == '65' }.properties.name"));
        assertEquals(404, anonymous().get("/api/v1/geo/areas?version=9.9").statusCode());
    }

    @Test
    void theMatcherReportsWhereEachValueWent() {
        Response r = anonymous().contentType("application/json").body("[\"Comuna 3\",\"comuna 03\",\"C3\",\"Navarro\",\"Jamundí\"]")
                .post("/api/v1/geo/match");
        assertEquals(200, r.statusCode());
        assertEquals(List.of("03", "03", "03", "51"), r.jsonPath().getList("code").subList(0, 4));
        assertNull(r.jsonPath().getList("code").get(4));
        assertEquals("NAME", r.jsonPath().getString("[3].rule"));
    }

    @Test
    void onlyAdminsPublishANewVersionAndOldOnesAreKept() {
        List<String> before = anonymous().get("/api/v1/geo/versions").jsonPath().getList("version");
        String next = "1." + (before.size() + 10);
        // the whole frame again: other tests of this application map studies with the current version
        List<Map<String, Object>> areas = anonymous().get("/api/v1/geo/areas").jsonPath().getList("features.properties");
        StringBuilder json = new StringBuilder("{\"version\":\"" + next + "\",\"areas\":[");
        for (int i = 0; i < areas.size(); i++) {
            Map<String, Object> a = areas.get(i);
            String name = (String) a.get("name");
            json.append(i == 0 ? "" : ",").append("{\"code\":\"").append(a.get("code")).append("\",\"name\":\"")
                    .append(name).append("\",\"kind\":\"").append(a.get("kind")).append("\"")
                    .append(a.get("parent") == null ? "" : ",\"parent\":\"" + a.get("parent") + "\"").append("}");
        }
        String body = json.append("]}").toString();
        assertEquals(401, anonymous().contentType("application/json").body(body).post("/api/v1/geo/versions").statusCode());
        assertEquals(403, editor().contentType("application/json").body(body).post("/api/v1/geo/versions").statusCode());
        Response bad = admin().contentType("application/json")
                .body("{\"version\":\"0.1\",\"areas\":[{\"code\":\"a b\",\"name\":\"\",\"kind\":\"barrio\",\"parent\":\"X\"}]}")
                .post("/api/v1/geo/versions");
        assertEquals(422, bad.statusCode());
        assertTrue(bad.contentType().startsWith("application/problem+json"));
        assertEquals(201, admin().contentType("application/json").body(body).post("/api/v1/geo/versions").statusCode());
        assertEquals(422, admin().contentType("application/json").body(body).post("/api/v1/geo/versions").statusCode(),
                "the same version again is not higher than the current one");
        assertEquals(next, anonymous().get("/api/v1/geo/areas").jsonPath().getString("version"));
        assertEquals(38, anonymous().get("/api/v1/geo/areas").jsonPath().getList("features").size());
        assertEquals(38, anonymous().get("/api/v1/geo/areas?version=1.0").jsonPath().getList("features").size());
        // both versions are SDMX codelists
        Response sdmx = anonymous().get("/sdmx/rest/codelist/ARCHIVO_CALI/CL_AREA_CALI/all");
        assertEquals(200, sdmx.statusCode());
        assertTrue(sdmx.asString().contains("version=\"1.0\"") && sdmx.asString().contains("version=\"" + next + "\""));
        assertTrue(sdmx.asString().contains("Pichindé"));
    }

    @Test
    void eachAreaResolvesAsAGeoJsonFeature() {
        Response r = anonymous().get("/api/v1/geo/areas/03");
        assertEquals(200, r.statusCode());
        assertTrue(r.contentType().startsWith("application/geo+json"), r.contentType());
        assertEquals("Feature", r.jsonPath().getString("type"));
        assertEquals("03", r.jsonPath().getString("id"));
        assertEquals("Comuna 3", r.jsonPath().getString("properties.name"));
        assertEquals("76001", r.jsonPath().getString("properties.parent"));
        assertEquals("CL_AREA_CALI", r.jsonPath().getString("codelist"));
        assertEquals("Navarro", anonymous().get("/api/v1/geo/areas/51?version=1.0").jsonPath().getString("properties.name"));
        Response missing = anonymous().get("/api/v1/geo/areas/99");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.contentType().startsWith("application/problem+json"));
    }
}
