package io.archivo.archive.api;

import static io.archivo.testsupport.Api.admin;
import static io.archivo.testsupport.Api.anonymous;
import static io.archivo.testsupport.Api.editor;
import static io.archivo.testsupport.Api.enc;
import static io.archivo.testsupport.Api.reader;
import static io.archivo.testsupport.Api.resource;
import static io.archivo.testsupport.Api.variant;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Upload, versions and byte-exact download of DDI documents over the REST API. */
@QuarkusTest
@Tag("persistence")
class StudyUploadTest {

    static final String FIXTURE = "/archive/encuesta-movilidad-2025.xml";
    static final String IDNO = "CALI-TEST-EMC-2025";

    @Test
    void uploadCreatesStudyAndKeepsTheBytesExactly() throws Exception {
        byte[] doc = variant(FIXTURE, IDNO, "CALI-UP-1");
        admin().contentType("application/xml").body(doc)
                .post("/api/v1/studies")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/studies/CALI-UP-1"))
                .body("result", equalTo("created"))
                .body("version.number", equalTo(1))
                .body("version.variableCount", equalTo(3));

        Response ddi = anonymousOrAdminDdi("CALI-UP-1");
        assertArrayEquals(doc, ddi.asByteArray());
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(doc));
        assertEquals("\"" + sha + "\"", ddi.header("ETag"));

        admin().header("If-None-Match", "\"" + sha + "\"").get("/api/v1/studies/CALI-UP-1/ddi").then().statusCode(304);

        admin().get("/api/v1/studies/CALI-UP-1").then().statusCode(200)
                .body("idno", equalTo("CALI-UP-1"))
                .body("title", equalTo("Encuesta de Movilidad de Santiago de Cali 2025"))
                .body("status", equalTo("draft"))
                .body("latestVersion", equalTo(1))
                .body("description.abstracts[0].value", containsString("viajes diarios"))
                .body("description.keywords.value", org.hamcrest.Matchers.hasItem("movilidad"))
                .body("description.seriesName", equalTo("TRA-001"))
                .body("description.timePeriods", hasSize(2))
                .body("validation.findingCount", equalTo(0));

        admin().get("/api/v1/studies/CALI-UP-1/variables?size=2").then().statusCode(200)
                .body("total", equalTo(3)).body("page", equalTo(1)).body("size", equalTo(2))
                .body("items", hasSize(2))
                .body("items[1].name", equalTo("modo"))
                .body("items[1].categories", hasSize(3))
                .body("items[1].categories[2].missing", equalTo(true))
                .body("items[1].categories[0].frequency", equalTo(420));
    }

    private static void assertAnswerIsTheStoredVersion(Response upload, int number) {
        Map<String, Object> stored = admin().get("/api/v1/studies/CALI-UP-2/versions/" + number).then().statusCode(200)
                .extract().jsonPath().getMap("");
        assertEquals(stored, upload.jsonPath().getMap("version"));
        assertEquals("\"" + stored.get("sha256") + "\"", upload.header("ETag"));
    }

    private static Response anonymousOrAdminDdi(String idno) {
        return admin().get("/api/v1/studies/" + enc(idno) + "/ddi").then().statusCode(200)
                .contentType(containsString("application/xml")).extract().response();
    }

    @Test
    void reuploadOfIdenticalBytesCreatesNothingAndChangesAddVersions() {
        byte[] v1 = variant(FIXTURE, IDNO, "CALI-UP-2");
        Response created = admin().contentType("application/xml").body(v1).post("/api/v1/studies");
        created.then().statusCode(201);
        Response unchanged = admin().contentType("application/xml").body(v1).post("/api/v1/studies");
        unchanged.then().statusCode(200).body("result", equalTo("unchanged")).body("version.number", equalTo(1));

        byte[] v2 = new String(v1, StandardCharsets.UTF_8).replace("EMC 2025", "EMC 2025 (revisada)")
                .getBytes(StandardCharsets.UTF_8);
        Response added = admin().contentType("application/xml").body(v2).post("/api/v1/studies");
        added.then().statusCode(201)
                .header("Location", endsWith("/api/v1/studies/CALI-UP-2/versions/2"))
                .body("result", equalTo("new_version")).body("version.number", equalTo(2));

        // the answer is built from what the upload had in hand, not read back: it must be what a read shows
        assertAnswerIsTheStoredVersion(created, 1);
        assertAnswerIsTheStoredVersion(unchanged, 1);
        assertAnswerIsTheStoredVersion(added, 2);

        admin().get("/api/v1/studies/CALI-UP-2/versions").then().statusCode(200)
                .body("number", org.hamcrest.Matchers.contains(1, 2));
        assertArrayEquals(v1, admin().get("/api/v1/studies/CALI-UP-2/ddi?version=1").asByteArray());
        assertArrayEquals(v2, admin().get("/api/v1/studies/CALI-UP-2/ddi").asByteArray());
    }

    @Test
    void putChecksTheIdnoAndIfMatch() {
        byte[] v1 = variant(FIXTURE, IDNO, "CALI-UP-3");
        // editors change studies of their own department's processes (docs/access.md)
        io.archivo.testsupport.Api.ensureProcess("SAL-UP", "salud", "Salud");
        String etag = admin().contentType("application/xml").body(v1).post("/api/v1/studies?process=SAL-UP")
                .then().statusCode(201).extract().header("ETag");

        editor().contentType("application/xml").body(v1).put("/api/v1/studies/OTHER-ID")
                .then().statusCode(409).contentType("application/problem+json")
                .body("documentIdno", equalTo("CALI-UP-3"));

        byte[] v2 = new String(v1, StandardCharsets.UTF_8).replace("EMC 2025", "EMC v2").getBytes(StandardCharsets.UTF_8);
        editor().contentType("application/xml").header("If-Match", "\"0000\"").body(v2).put("/api/v1/studies/CALI-UP-3")
                .then().statusCode(412).contentType("application/problem+json");
        editor().contentType("application/xml").header("If-Match", etag).body(v2).put("/api/v1/studies/CALI-UP-3")
                .then().statusCode(201).body("version.number", equalTo(2));
        // the ETag sent is now stale
        byte[] v3 = new String(v1, StandardCharsets.UTF_8).replace("EMC 2025", "EMC v3").getBytes(StandardCharsets.UTF_8);
        editor().contentType("application/xml").header("If-Match", etag).body(v3).put("/api/v1/studies/CALI-UP-3")
                .then().statusCode(412);
        admin().get("/api/v1/studies/CALI-UP-3/versions").then().body("$", hasSize(2));
    }

    @Test
    void handleIdentifiersWorkPercentEncoded() {
        byte[] legacy = resource("/archive/legacy-nesstar.xml");
        admin().contentType("application/xml").body(legacy).post("/api/v1/studies")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/studies/hdl:1902.1%2F00012"))
                .body("version.ddiVersion", equalTo("2.0"));
        admin().get("/api/v1/studies/hdl%3A1902.1%2F00012").then().statusCode(200)
                .body("idno", equalTo("hdl:1902.1/00012"))
                .body("title", equalTo("Registro de matrícula escolar (versión antigua)"));
        assertArrayEquals(legacy, admin().get("/api/v1/studies/" + enc("hdl:1902.1/00012") + "/ddi").asByteArray());
    }

    @Test
    void multipartUploadWithFilePart() {
        byte[] doc = variant(FIXTURE, IDNO, "CALI-UP-MULTI");
        io.archivo.testsupport.Api.ensureProcess("SAL-UP", "salud", "Salud");
        editor().multiPart("file", "emc.xml", doc, "application/xml")
                .post("/api/v1/studies?process=SAL-UP").then().statusCode(201).body("idno", equalTo("CALI-UP-MULTI"));
        editor().multiPart("other", "emc.xml", doc, "application/xml")
                .post("/api/v1/studies").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void writesNeedAnEditorOrAdmin() {
        byte[] doc = variant(FIXTURE, IDNO, "CALI-UP-AUTH");
        anonymous().contentType("application/xml").body(doc).post("/api/v1/studies")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Basic"));
        reader().contentType("application/xml").body(doc).post("/api/v1/studies")
                .then().statusCode(403).contentType("application/problem+json");
        anonymous().auth().preemptive().basic("admin", "wrong").contentType("application/xml").body(doc)
                .post("/api/v1/studies").then().statusCode(401);
        admin().get("/api/v1/studies/CALI-UP-AUTH").then().statusCode(404);
    }

    @Test
    void listingIsPagedAndFilterable() {
        io.archivo.testsupport.Api.ensureProcess("TRA-LIST", "transito", "Movilidad");
        for (int i = 1; i <= 3; i++) {
            admin().contentType("application/xml").body(variant(FIXTURE, IDNO, "CALI-LIST-" + i))
                    .queryParam("process", "TRA-LIST").post("/api/v1/studies").then().statusCode(201);
        }
        admin().get("/api/v1/studies?process=TRA-LIST&size=2&page=2").then().statusCode(200)
                .body("total", equalTo(3)).body("page", equalTo(2)).body("size", equalTo(2))
                .body("items", hasSize(1)).body("items[0].idno", equalTo("CALI-LIST-3"))
                .body("items[0].processCode", equalTo("TRA-LIST"));
        admin().get("/api/v1/studies?size=1000").then().statusCode(400).contentType("application/problem+json");
        admin().contentType("application/xml").body(variant(FIXTURE, IDNO, "CALI-LIST-X")).queryParam("process", "NO-SUCH")
                .post("/api/v1/studies").then().statusCode(422).body("type", endsWith("unknown-process"));
        admin().get("/api/v1/studies?status=bogus").then().statusCode(400);
        admin().get("/api/v1/studies?status=draft").then().statusCode(200).body("total", greaterThan(2));
        admin().get("/api/v1/studies/CALI-LIST-1/versions/1").then().statusCode(200)
                .body("validation.note", notNullValue());
    }
}
