package io.archivo.archive.api;

import static io.archivo.testsupport.Api.admin;
import static io.archivo.testsupport.Api.anonymous;
import static io.archivo.testsupport.Api.ensureProcess;
import static io.archivo.testsupport.Api.variant;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archivo.testsupport.Zips;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Edge cases found in review: each was a 500, a leak or a lost file before it was fixed. */
@QuarkusTest
@Tag("persistence")
class ArchiveRobustnessTest {

    static final String FIXTURE = StudyUploadTest.FIXTURE;

    private static byte[] doc(String idno) {
        return variant(FIXTURE, "CALI-TEST-EMC-2025", idno);
    }

    @Test
    void overlongIdnoIsA422NotA500() {
        admin().contentType("application/xml").body(doc("X".repeat(600))).post("/api/v1/studies")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:archivo:problem:ddi-invalid-idno"));
    }

    @Test
    void oneBrokenFileDoesNotStopAnImport() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("a-long.xml", doc("Y".repeat(600)));
        files.put("b-ok.xml", doc("CALI-ROB-ZIP"));
        files.put("c-empty.xml", new byte[0]);
        String location = admin().contentType("application/zip").body(Zips.zip(files)).post("/api/v1/imports")
                .then().statusCode(202).extract().header("Location");
        JsonPath job = Zips.awaitJob(location);
        assertEquals("done", job.getString("state"));
        assertEquals(3, job.getInt("done"));
        assertEquals(1, job.getInt("succeeded"));
        admin().get("/api/v1/studies/CALI-ROB-ZIP").then().statusCode(200);
    }

    @Test
    void absurdPagesAreA400() {
        anonymous().get("/api/v1/studies?page=2147483647&size=100").then().statusCode(400)
                .contentType("application/problem+json");
        anonymous().get("/api/v1/processes?page=2147483647&size=100").then().statusCode(400);
    }

    @Test
    void aProcessWithStudiesCannotBeDeleted() {
        ensureProcess("SAL-ROB", "salud", "Salud");
        admin().contentType("application/xml").body(doc("CALI-ROB-DEL")).queryParam("process", "SAL-ROB")
                .post("/api/v1/studies").then().statusCode(201);
        admin().delete("/api/v1/processes/SAL-ROB").then().statusCode(409).contentType("application/problem+json");
        anonymous().get("/api/v1/processes/SAL-ROB").then().statusCode(200);
    }

    @Test
    void rollingBackHidesTheNewerEditionFromThePublic() {
        byte[] v1 = doc("CALI-ROB-ROLL");
        admin().contentType("application/xml").body(v1).post("/api/v1/studies").then().statusCode(201);
        byte[] v2 = new String(v1, StandardCharsets.UTF_8).replace("EMC 2025", "EMC con cédulas")
                .getBytes(StandardCharsets.UTF_8);
        admin().contentType("application/xml").body(v2).post("/api/v1/studies").then().statusCode(201);
        admin().post("/api/v1/studies/CALI-ROB-ROLL/publish").then().statusCode(200);
        anonymous().get("/api/v1/studies/CALI-ROB-ROLL/ddi?version=2").then().statusCode(200);
        admin().post("/api/v1/studies/CALI-ROB-ROLL/publish?version=1").then().statusCode(200);
        anonymous().get("/api/v1/studies/CALI-ROB-ROLL/ddi?version=2").then().statusCode(404);
        anonymous().get("/api/v1/studies/CALI-ROB-ROLL/ddi?version=1").then().statusCode(200);
    }

    @Test
    void sensitiveVariablesAreRedactedWhateverTheDocumentLooksLike() {
        ensureProcess("SAL-ROB2", "salud", "Salud");
        // an internal entity (accepted at ingest) and a name attribute with spaces around it
        String text = new String(doc("CALI-ROB-RED"), StandardCharsets.UTF_8)
                .replace("<codeBook", "<!DOCTYPE codeBook [<!ENTITY ciudad \"Cali\">]>\n<codeBook")
                .replace("Encuesta de Movilidad de Santiago de Cali 2025", "Encuesta de Movilidad de &ciudad; 2025")
                .replace("name=\"modo\"", "name=\" modo \"");
        admin().contentType("application/xml").body(text.getBytes(StandardCharsets.UTF_8)).queryParam("process", "SAL-ROB2")
                .post("/api/v1/studies").then().statusCode(201);
        admin().post("/api/v1/studies/CALI-ROB-RED/publish").then().statusCode(200);
        admin().contentType("application/json").body("{\"sensitive\": true}")
                .put("/api/v1/studies/CALI-ROB-RED/variables/modo/sensitive").then().statusCode(200);
        String redacted = anonymous().get("/api/v1/studies/CALI-ROB-RED/ddi").then().statusCode(200)
                .contentType(containsString("xml")).extract().asString();
        assertFalse(redacted.contains("Bicicleta"), "the sensitive variable's categories are gone");
        assertTrue(redacted.contains("tiempo_viaje"), "the other variables stay");
        assertTrue(redacted.contains("Encuesta de Movilidad de Cali 2025"), "the entity is expanded");
    }

    @Test
    void aDesignationNeverNamesAVariableFlaggedSensitiveLater() {
        ensureProcess("SAL-ROB3", "salud", "Salud");
        admin().contentType("application/xml").body(doc("CALI-ROB-DSG")).queryParam("process", "SAL-ROB3")
                .post("/api/v1/studies").then().statusCode(201);
        admin().post("/api/v1/studies/CALI-ROB-DSG/publish").then().statusCode(200);
        admin().contentType("application/json").body("{\"dimensions\": [\"comuna\", \"modo\"]}")
                .put("/api/v1/processes/SAL-ROB3/sdmx").then().statusCode(200);
        admin().contentType("application/json").body("{\"sensitive\": true}")
                .put("/api/v1/studies/CALI-ROB-DSG/variables/modo/sensitive").then().statusCode(200);
        anonymous().get("/api/v1/processes/SAL-ROB3/sdmx").then().statusCode(200)
                .body("dimensions", org.hamcrest.Matchers.contains("comuna"));
    }
}
