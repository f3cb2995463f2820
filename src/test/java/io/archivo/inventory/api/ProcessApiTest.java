package io.archivo.inventory.api;

import static io.archivo.testsupport.Api.admin;
import static io.archivo.testsupport.Api.anonymous;
import static io.archivo.testsupport.Api.ensureProcess;
import static io.archivo.testsupport.Api.resource;
import static io.archivo.testsupport.Api.variant;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The inventory of processes over HTTP: CRUD, spreadsheets, DDI skeletons, and indicators that follow the data. */
@QuarkusTest
@Tag("persistence")
class ProcessApiTest {

    @Test
    void createReadUpdateDeleteWithClearErrors() {
        String body = "{\"code\":\"EDU-77\",\"name\":\"Matrícula escolar oficial\",\"department\":\"Educación\","
                + "\"type\":\"operacion_estadistica\",\"thematicArea\":\"Educación\",\"classification\":\"publica\","
                + "\"purpose\":\"Medir la matrícula\",\"sources\":[\"registro_administrativo\"],\"publicDissemination\":true,"
                + "\"media\":[\"web\"]}";
        anonymous().contentType("application/json").body(body).post("/api/v1/processes").then().statusCode(401);
        admin().contentType("application/json").body(body).post("/api/v1/processes").then().statusCode(201)
                .header("Location", containsString("/api/v1/processes/EDU-77"))
                .body("department.label", equalTo("Educación"));
        admin().contentType("application/json").body(body).post("/api/v1/processes").then().statusCode(409)
                .contentType("application/problem+json");
        anonymous().get("/api/v1/processes/EDU-77").then().statusCode(200)
                .body("name", equalTo("Matrícula escolar oficial")).body("studies", hasSize(0));
        admin().contentType("application/json").body("{\"code\":\"bad code\",\"name\":\"\"}").post("/api/v1/processes")
                .then().statusCode(422).contentType("application/problem+json").body("errors.size()", greaterThan(1));
        admin().contentType("application/json").body("{not json").post("/api/v1/processes")
                .then().statusCode(400).contentType("application/problem+json");
        admin().contentType("application/json").body(body.replace("Matrícula escolar oficial", "Matrícula oficial"))
                .put("/api/v1/processes/EDU-77").then().statusCode(200).body("name", equalTo("Matrícula oficial"));
        anonymous().get("/api/v1/processes?department=educacion&size=5").then().statusCode(200)
                .body("page", equalTo(1)).body("items.code", hasItem("EDU-77"));
        anonymous().get("/api/v1/processes?department=atlantida").then().statusCode(400);
        admin().delete("/api/v1/processes/EDU-77").then().statusCode(204);
        anonymous().get("/api/v1/processes/EDU-77").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void spreadsheetImportIsAllOrNothingAndExportRoundTrips() {
        byte[] good = resource("/inventory/procesos-validos.csv");
        admin().contentType("text/csv").body(good).post("/api/v1/processes/import").then().statusCode(200);
        anonymous().get("/api/v1/processes/SAL-90").then().statusCode(200);

        String bad = new String(good, StandardCharsets.UTF_8).replace("SAL-90;Estadísticas de prueba de salud;Salud",
                "SAL-91;Estadísticas de prueba;Atlántida") + "\n";
        admin().contentType("text/csv").body(bad.getBytes(StandardCharsets.UTF_8)).post("/api/v1/processes/import")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].row", greaterThan(1)).body("errors[0].column", containsString("Dependencia"));
        anonymous().get("/api/v1/processes/SAL-91").then().statusCode(404);

        byte[] csv = anonymous().get("/api/v1/processes/export?format=csv").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asByteArray();
        assertTrue(new String(csv, StandardCharsets.UTF_8).contains("SAL-90"));
        byte[] xlsx = anonymous().get("/api/v1/processes/export?format=xlsx").then().statusCode(200).extract().asByteArray();
        assertEquals('P', (char) xlsx[0], "an XLSX file is a ZIP (PK…)");
        admin().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").body(xlsx)
                .post("/api/v1/processes/import").then().statusCode(200);
        anonymous().get("/api/v1/processes/export?format=pdf").then().statusCode(400);
    }

    @Test
    void ddiSkeletonIsAnUploadableCodebook() {
        ensureProcess("DAG-77", "dagma", "Medio ambiente");
        byte[] skeleton = admin().post("/api/v1/processes/DAG-77/ddi-skeleton").then().statusCode(200)
                .contentType(containsString("xml")).extract().asByteArray();
        JsonPath upload = admin().contentType("application/xml").body(skeleton).queryParam("strict", true)
                .post("/api/v1/studies").then().statusCode(201).extract().jsonPath();
        assertEquals("CALI-DAG-77", upload.getString("idno"));
        admin().get("/api/v1/studies/CALI-DAG-77").then().body("processCode", equalTo("DAG-77"))
                .body("description.authoringEntities[0].name", containsString("DAGMA"));
    }

    @Test
    void indicatorsFollowTheData() {
        ensureProcess("TRA-77", "transito", "Movilidad");
        int before = standardised();
        admin().contentType("application/xml")
                .body(variant("/archive/encuesta-movilidad-2025.xml", "CALI-TEST-EMC-2025", "CALI-TRA-77-2025"))
                .queryParam("process", "TRA-77").post("/api/v1/studies").then().statusCode(201);
        assertEquals(before, standardised(), "a draft does not count");
        admin().post("/api/v1/studies/CALI-TRA-77-2025/publish").then().statusCode(200);
        assertEquals(before + 1, standardised(), "a published study counts");
        anonymous().get("/api/v1/processes/TRA-77").then().body("studies[0].idno", equalTo("CALI-TRA-77-2025"))
                .body("studies[0].year", equalTo(2025));
        admin().post("/api/v1/studies/CALI-TRA-77-2025/withdraw").then().statusCode(200);
        assertEquals(before, standardised(), "a withdrawn study no longer counts");

        anonymous().get("/api/v1/pet/diagnostic").then().statusCode(200).body(containsString("Tránsito"));
    }

    private static int standardised() {
        Map<String, Object> indicator = anonymous().get("/api/v1/pet/indicators").then().statusCode(200).extract()
                .jsonPath().getMap("indicators.find { it.id == 'metadatos-estandarizados' }");
        assertEquals(77, indicator.get("target"));
        return (Integer) indicator.get("current");
    }
}
