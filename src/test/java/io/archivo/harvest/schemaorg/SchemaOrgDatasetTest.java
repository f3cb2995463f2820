package io.archivo.harvest.schemaorg;

import static io.archivo.testsupport.Api.admin;
import static io.archivo.testsupport.Api.anonymous;
import static io.archivo.testsupport.Api.editor;
import static io.archivo.testsupport.Api.ensureProcess;
import static io.archivo.testsupport.Api.variant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The schema.org Dataset JSON-LD of a study ({@code Accept: application/ld+json} on {@code /api/v1/studies/{idno}})
 * and its embedding in the study page: Google Dataset Search's required and recommended fields, a description sized
 * to 50–5,000 characters, no sensitive variable, and nothing for a study the public may not see.
 */
@QuarkusTest
@Tag("persistence")
class SchemaOrgDatasetTest {

    static final String FIXTURE = "/archive/encuesta-movilidad-2025.xml";
    static final String LD = "application/ld+json";
    private static boolean ready;

    @BeforeEach
    synchronized void catalogue() {
        if (ready) {
            return;
        }
        ensureProcess("SO-MOV", "transito", "Transporte y movilidad");
        publish(upload("SO-PUB", "Encuesta schema.org", null));
        publish(upload("SO-SHORT", "Encuesta de resumen corto",
                "Caracteriza los viajes diarios de los hogares de Santiago de Cali por modo de transporte."));
        publish(upload("SO-SENS", "Encuesta schema.org con variable sensible", null));
        admin().contentType("application/json").body("{\"sensitive\": true}")
                .put("/api/v1/studies/SO-SENS/variables/modo/sensitive").then().statusCode(200);
        // a public data file (a download) and a classified one (listed to the public, not downloadable)
        for (String level : List.of("publica", "clasificada")) {
            admin().contentType("text/csv").header("Content-Disposition", "attachment; filename=\"viajes_" + level + ".csv\"")
                    .body("comuna;tiempo_viaje\n1;20\n".getBytes(StandardCharsets.UTF_8))
                    .post("/api/v1/studies/SO-SENS/files?accessLevel=" + level).then().statusCode(201);
        }
        upload("SO-DRAFT", "Borrador schema.org", null);
        upload("SO-CLAS", "Encuesta schema.org clasificada", null);
        admin().contentType("application/json").body("{\"level\":\"clasificada\",\"legalBasis\":\"Ley 1581 de 2012\","
                + "\"exception\":\"total\",\"decidedOn\":\"2025-03-14\",\"term\":\"15 años\"}")
                .put("/api/v1/studies/SO-CLAS/classification").then().statusCode(200);
        publish("SO-CLAS");
        ready = true;
    }

    /** Uploads the fixture under another IDNo; {@code abstractText} replaces the abstract (short ones test padding). */
    static String upload(String idno, String title, String abstractText) {
        String doc = new String(variant(FIXTURE, "CALI-TEST-EMC-2025", idno), StandardCharsets.UTF_8)
                .replace("Encuesta de Movilidad de Santiago de Cali 2025", title);
        if (abstractText != null) {
            doc = doc.replace(abstractText, "Viajes.");
        }
        admin().contentType("application/xml").body(doc.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/studies?process=SO-MOV").then().statusCode(201);
        return idno;
    }

    static void publish(String idno) {
        admin().post("/api/v1/studies/" + idno + "/publish").then().statusCode(200);
    }

    static JsonPath dataset(String idno) {
        Response r = anonymous().accept(LD).get("/api/v1/studies/" + idno);
        assertEquals(200, r.statusCode(), r.asString());
        assertTrue(r.contentType().startsWith(LD), r.contentType());
        return r.jsonPath();
    }

    @Test
    void theDatasetHasGooglesRequiredAndRecommendedFields() {
        JsonPath d = dataset("SO-PUB");
        assertEquals("https://schema.org/", d.getString("'@context'"));
        assertEquals("Dataset", d.getString("'@type'"));
        assertEquals("Encuesta schema.org", d.getString("name"));
        String description = d.getString("description");
        assertTrue(description.length() >= 50 && description.length() <= 5000, description);
        assertTrue(description.startsWith("Caracteriza los viajes"), description);
        assertEquals(List.of("SO-PUB"), d.getList("identifier"));
        assertEquals("Organization", d.getString("creator[0].'@type'"));
        assertEquals("Secretaría de Movilidad", d.getString("creator[0].name"));
        assertEquals("https://creativecommons.org/licenses/by/4.0/", d.getString("license"));
        assertEquals("2025-01-01/2025-12-31", d.getString("temporalCoverage"));
        List<Map<String, Object>> places = d.getList("spatialCoverage");
        assertTrue(places.stream().allMatch(p -> "Place".equals(p.get("@type"))));
        assertTrue(places.stream().anyMatch(p -> "Santiago de Cali, zona urbana".equals(p.get("name"))), places.toString());
        assertEquals(List.of("comuna", "modo", "tiempo_viaje"), d.getList("variableMeasured.name"));
        assertTrue(d.getList("variableMeasured.'@type'").stream().allMatch("PropertyValue"::equals));
        List<String> urls = d.getList("distribution.contentUrl");
        assertTrue(urls.stream().anyMatch(u -> u.endsWith("/api/v1/studies/SO-PUB/ddi")), urls.toString());
        assertTrue(urls.stream().anyMatch(u -> u.contains("/sdmx/rest/dataflow/all/")), urls.toString());
        assertTrue(d.getList("distribution.'@type'").stream().allMatch("DataDownload"::equals));
        assertTrue(d.getList("distribution.encodingFormat").contains("application/xml"));
        assertTrue(d.getList("keywords").contains("movilidad"));
        assertTrue(d.getString("url").endsWith("/estudios/SO-PUB"));
        assertEquals("DataCatalog", d.getString("includedInDataCatalog.'@type'"));
        assertNotNull(d.getString("datePublished"));
    }

    @Test
    void aShortAbstractIsCompletedFromTheCatalogue() {
        String description = dataset("SO-SHORT").getString("description");
        assertTrue(description.startsWith("Viajes. "), description);
        assertTrue(description.length() >= 50, description);
        assertTrue(description.contains("SO-SHORT") && description.contains("SO-MOV"), description);
    }

    @Test
    void sensitiveVariablesAreNotMeasured() {
        JsonPath d = dataset("SO-SENS");
        assertEquals(List.of("comuna", "tiempo_viaje"), d.getList("variableMeasured.name"));
        assertFalse(anonymous().accept(LD).get("/api/v1/studies/SO-SENS").asString().contains("\"modo\""));
    }

    @Test
    void studiesThePublicMayNotSeeHaveNoDatasetWhoeverAsks() {
        for (String idno : List.of("SO-DRAFT", "SO-CLAS", "NO-SUCH-STUDY")) {
            for (io.restassured.specification.RequestSpecification who : List.of(anonymous(), admin(), editor())) {
                Response r = who.accept(LD).get("/api/v1/studies/" + idno);
                assertEquals(404, r.statusCode(), idno + ": " + r.asString());
                assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
            }
        }
    }

    @Test
    void plainJsonStillComesFromTheArchive() {
        Response json = anonymous().accept("application/json").get("/api/v1/studies/SO-PUB");
        assertEquals(200, json.statusCode());
        assertTrue(json.contentType().startsWith("application/json"));
        assertEquals("SO-PUB", json.jsonPath().getString("idno"));
        assertEquals("SO-PUB", anonymous().get("/api/v1/studies/SO-PUB").jsonPath().getString("idno"));
        admin().get("/api/v1/studies/SO-PUB/versions").then().statusCode(200);
        anonymous().get("/api/v1/studies/SO-PUB/ddi").then().statusCode(200);
    }

    /**
     * The page builds the dataset from its own read where its caller sees the public face, and reads it as the
     * public otherwise: either way it is exactly what the API serves the public (no sensitive variable, only the
     * public file among the downloads).
     */
    @Test
    void theStudyPageEmbedsWhatTheApiServesThePublicWhoeverAsks() {
        for (String idno : List.of("SO-PUB", "SO-SENS")) {
            Map<String, Object> api = dataset(idno).getMap("$");
            for (io.restassured.specification.RequestSpecification who : List.of(anonymous(), admin(), editor())) {
                String html = who.accept("text/html").get("/estudios/" + idno).then().statusCode(200).extract().asString();
                String open = "<script type=\"application/ld+json\">";
                int start = html.indexOf(open);
                assertTrue(start > 0, idno + " embeds a dataset");
                String script = html.substring(start + open.length(), html.indexOf("</script>", start));
                assertEquals(api, new JsonPath(script.replace("<\\/", "</")).getMap("$"), idno);
            }
        }
        JsonPath sens = dataset("SO-SENS");
        assertEquals(List.of("comuna", "tiempo_viaje"), sens.getList("variableMeasured.name"));
        List<String> names = sens.getList("distribution.name");
        assertTrue(names.contains("viajes_publica.csv") && !names.contains("viajes_clasificada.csv"), names.toString());
    }

    @Test
    void theStudyPageEmbedsTheDataset() {
        String html = anonymous().accept("text/html").get("/estudios/SO-PUB").then().statusCode(200).extract().asString();
        int start = html.indexOf("<script type=\"application/ld+json\">");
        assertTrue(start > 0, "the page has a JSON-LD script");
        String script = html.substring(start + "<script type=\"application/ld+json\">".length(), html.indexOf("</script>", start));
        JsonPath d = new JsonPath(script.replace("<\\/", "</"));
        assertEquals("Dataset", d.getString("'@type'"));
        assertEquals("Encuesta schema.org", d.getString("name"));
        String draft = admin().accept("text/html").get("/estudios/SO-DRAFT").then().statusCode(200).extract().asString();
        assertFalse(draft.contains("application/ld+json"), "a draft seen by an admin embeds nothing");
    }
}
