package io.archivo.archive.imports;

import static io.archivo.testsupport.Api.admin;
import static io.archivo.testsupport.Api.anonymous;
import static io.archivo.testsupport.Api.variant;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import static io.archivo.testsupport.Zips.awaitJob;
import static io.archivo.testsupport.Zips.zip;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Bulk import of a ZIP: a job with progress; one bad file does not stop the rest; unsafe archives are refused. */
@QuarkusTest
@Tag("persistence")
class ImportJobTest {

    static final String FIXTURE = "/archive/encuesta-movilidad-2025.xml";

    @Test
    void importsEveryGoodFileAndReportsTheBadOne() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("lote/a.xml", variant(FIXTURE, "CALI-TEST-EMC-2025", "CALI-ZIP-A"));
        files.put("lote/roto.xml", "<codeBook><stdyDscr>".getBytes());
        files.put("lote/b.xml", variant(FIXTURE, "CALI-TEST-EMC-2025", "CALI-ZIP-B"));
        files.put("lote/LEEME.txt", "no es DDI".getBytes());
        String location = admin().contentType("application/zip").body(zip(files)).post("/api/v1/imports")
                .then().statusCode(202).header("Location", containsString("/api/v1/imports/"))
                .body("total", equalTo(3)).extract().header("Location");

        JsonPath job = awaitJob(location);
        assertEquals("done", job.getString("state"));
        assertEquals(3, job.getInt("done"));
        assertEquals(2, job.getInt("succeeded"));
        assertEquals(1, job.getInt("failed"));
        Map<String, Object> broken = job.getMap("files.find { it.file == 'lote/roto.xml' }");
        assertEquals(400, broken.get("status"));
        assertEquals("skipped", job.getString("files.find { it.file == 'lote/LEEME.txt' }.result"));
        admin().get("/api/v1/studies/CALI-ZIP-A").then().statusCode(200);
        admin().get("/api/v1/studies/CALI-ZIP-B").then().statusCode(200);
    }

    @Test
    void pathTraversalRefusesTheWholeArchive() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("ok.xml", variant(FIXTURE, "CALI-TEST-EMC-2025", "CALI-ZIP-SLIP"));
        files.put("../../evil.xml", variant(FIXTURE, "CALI-TEST-EMC-2025", "CALI-ZIP-EVIL"));
        admin().contentType("application/zip").body(zip(files)).post("/api/v1/imports")
                .then().statusCode(400).contentType("application/problem+json").body("entry", equalTo("../../evil.xml"));
        files.clear();
        files.put("/etc/evil.xml", variant(FIXTURE, "CALI-TEST-EMC-2025", "CALI-ZIP-EVIL"));
        admin().contentType("application/zip").body(zip(files)).post("/api/v1/imports").then().statusCode(400);
        admin().get("/api/v1/studies/CALI-ZIP-SLIP").then().statusCode(404);
    }

    @Test
    void zipBombIsRefused() throws Exception {
        // 20 MiB of zeros compress to a few KiB; the test profile allows 16 MiB expanded
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("bomba.xml", new byte[20 * 1024 * 1024]);
        admin().contentType("application/zip").body(zip(files)).post("/api/v1/imports")
                .then().statusCode(413).contentType("application/problem+json");
    }

    @Test
    void garbageIsNotAZipAndAnonymousCannotImport() throws Exception {
        admin().contentType("application/zip").body("not a zip at all".getBytes()).post("/api/v1/imports")
                .then().statusCode(400).contentType("application/problem+json");
        anonymous().contentType("application/zip").body(zip(Map.of("a.xml", new byte[1]))).post("/api/v1/imports")
                .then().statusCode(401);
        admin().get("/api/v1/imports/no-such-job").then().statusCode(404);
    }
}
