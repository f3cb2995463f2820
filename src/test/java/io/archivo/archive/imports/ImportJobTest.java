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

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import io.restassured.path.json.JsonPath;
import java.util.LinkedHashMap;
import java.util.List;
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

    /**
     * {@code publish=true}: each stored file is published in its own transaction, under the publish endpoint's rules
     * (an editor's file of a study it may not store fails alone, with its problem, although it was stored in a group
     * with good files); a second submission of the same archive changes nothing and says the versions are published.
     */
    @Test
    void publishFlagPublishesEachStoredFileAndAFailingFileCostsOnlyItself() throws Exception {
        io.archivo.testsupport.Api.ensureProcess("SAL-ZIP", "salud", "Salud");
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("a.xml", ofProcess("CALI-ZPUB-A", "SAL-ZIP"));
        files.put("ajena.xml", ofProcess("CALI-ZPUB-AJENA", "NO-SUCH-PROCESS"));
        files.put("b.xml", ofProcess("CALI-ZPUB-B", "SAL-ZIP"));
        files.put("roto.xml", "<codeBook><stdyDscr>".getBytes());
        JsonPath job = awaitJob(io.archivo.testsupport.Api.editor().contentType("application/zip").body(zip(files))
                .post("/api/v1/imports?publish=true").then().statusCode(202).extract().header("Location"));
        assertEquals("done", job.getString("state"));
        assertEquals(2, job.getInt("succeeded"));
        assertEquals(2, job.getInt("failed"));
        for (String file : List.of("a.xml", "b.xml")) {
            assertEquals("created", job.getString("files.find { it.file == '" + file + "' }.result"));
            assertEquals(true, job.getBoolean("files.find { it.file == '" + file + "' }.published"));
        }
        // a study that belongs to no process: only admins store those (403), found only when storing
        assertEquals(403, job.getInt("files.find { it.file == 'ajena.xml' }.status"));
        org.junit.jupiter.api.Assertions.assertNull(job.get("files.find { it.file == 'ajena.xml' }.published"));
        assertEquals(400, job.getInt("files.find { it.file == 'roto.xml' }.status"));
        anonymous().get("/api/v1/studies/CALI-ZPUB-A").then().statusCode(200).body("publishedVersion", equalTo(1));
        anonymous().get("/api/v1/studies/CALI-ZPUB-B").then().statusCode(200);
        admin().get("/api/v1/studies/CALI-ZPUB-AJENA").then().statusCode(404);
        // indexed as published when the group committed: the public search finds both at once
        anonymous().get("/api/v1/search?q=zumbaquilla").then().statusCode(200)
                .body("items.studyId", org.hamcrest.Matchers.containsInAnyOrder("CALI-ZPUB-A", "CALI-ZPUB-B"));

        JsonPath again = awaitJob(io.archivo.testsupport.Api.editor().contentType("application/zip")
                .body(zip(Map.of("a.xml", files.get("a.xml")))).post("/api/v1/imports?publish=true")
                .then().statusCode(202).extract().header("Location"));
        assertEquals("unchanged", again.getString("files[0].result"));
        assertEquals(true, again.getBoolean("files[0].published"));
        admin().get("/api/v1/studies/CALI-ZPUB-A/versions").then().statusCode(200).body("number", equalTo(List.of(1)));
    }

    /** The fixture with another IDNo, in the series (process) {@code process}. */
    private static byte[] ofProcess(String idno, String process) {
        return new String(variant(FIXTURE, "CALI-TEST-EMC-2025", idno), java.nio.charset.StandardCharsets.UTF_8)
                .replace("<serName>TRA-001</serName>", "<serName>" + process + "</serName>")
                .replace("<titl>Encuesta de Movilidad", "<titl>Encuesta zumbaquilla de Movilidad")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Inject
    ImportService imports;
    @Inject
    EntityManager em;

    /**
     * A job a crash left "running" reported two of its four files; a third got in after its last report. Start-up
     * marks it interrupted and accounts for every file: the two reported, the third as stored (its version exists),
     * the fourth as interrupted. Submitting the archive again brings in the fourth and nothing twice.
     */
    @Test
    void startUpAccountsForEveryFileOfAnInterruptedJob() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : new String[] {"A", "B", "C", "D"}) {
            files.put("lote/" + name + ".xml", variant(FIXTURE, "CALI-TEST-EMC-2025", "CALI-CRASH-" + name));
        }
        for (String name : new String[] {"A", "B", "C"}) {
            admin().contentType("application/xml").body(files.get("lote/" + name + ".xml")).post("/api/v1/studies")
                    .then().statusCode(201);
        }
        String id = java.util.UUID.randomUUID().toString();
        String report = "[{\"file\":\"lote/A.xml\",\"result\":\"created\",\"status\":201,\"idno\":\"CALI-CRASH-A\",\"version\":1},"
                + "{\"file\":\"lote/B.xml\",\"result\":\"created\",\"status\":201,\"idno\":\"CALI-CRASH-B\",\"version\":1},"
                + "{\"file\":\"LEEME.txt\",\"result\":\"skipped\",\"status\":0}]";
        StringBuilder list = new StringBuilder("[");
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            list.append(list.length() > 1 ? "," : "").append("{\"name\":\"").append(f.getKey())
                    .append("\",\"sha256\":\"").append(java.util.HexFormat.of().formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(f.getValue()))).append("\"}");
        }
        String fileList = list.append("]").toString();
        QuarkusTransaction.requiringNew().run(() -> {
            io.archivo.archive.domain.ImportJob job = new io.archivo.archive.domain.ImportJob();
            job.id = id;
            job.createdAt = java.time.OffsetDateTime.now();
            job.createdBy = "admin";
            job.state = "running";
            job.total = 4;
            job.done = 2;
            job.report = report;
            job.files = fileList;
            em.persist(job);
        });

        imports.onStart(null);

        JsonPath job = admin().get("/api/v1/imports/" + id).then().statusCode(200).extract().jsonPath();
        assertEquals("interrupted", job.getString("state"));
        assertEquals(3, job.getInt("done"), "the two reported files and the one found stored");
        assertEquals(1, job.getInt("interrupted"));
        assertEquals("stored", job.getString("files.find { it.file == 'lote/C.xml' }.result"));
        assertEquals("CALI-CRASH-C", job.getString("files.find { it.file == 'lote/C.xml' }.idno"));
        assertEquals(1, job.getInt("files.find { it.file == 'lote/C.xml' }.version"));
        assertEquals("interrupted", job.getString("files.find { it.file == 'lote/D.xml' }.result"));
        admin().get("/api/v1/studies/CALI-CRASH-D").then().statusCode(404);

        JsonPath again = awaitJob(admin().contentType("application/zip").body(zip(files)).post("/api/v1/imports")
                .then().statusCode(202).extract().header("Location"));
        assertEquals("created", again.getString("files.find { it.file == 'lote/D.xml' }.result"));
        assertEquals(List.of("unchanged", "unchanged", "unchanged"),
                again.getList("files.findAll { it.file != 'lote/D.xml' }.result"));
        admin().get("/api/v1/studies/CALI-CRASH-A/versions").then().statusCode(200).body("number", equalTo(List.of(1)));
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
