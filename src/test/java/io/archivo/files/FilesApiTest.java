package io.archivo.files;

import static io.archivo.testsupport.Api.admin;
import static io.archivo.testsupport.Api.anonymous;
import static io.archivo.testsupport.Api.editor;
import static io.archivo.testsupport.Api.ensureProcess;
import static io.archivo.testsupport.Api.otherEditor;
import static io.archivo.testsupport.Api.variant;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Upload, read, replace and remove data files end to end over HTTP, with the bad inputs of issue 12. */
@QuarkusTest
@Tag("persistence")
class FilesApiTest {

    static final String STUDY = "FILES-EMC";
    static final String BASE = "/api/v1/studies/" + STUDY + "/files";
    static final String CSV = "comuna;modo;tiempo_viaje\n1;1;35,5\n2;2;20\n1;99;\n";

    private static boolean ready;

    @BeforeEach
    synchronized void study() {
        if (ready) {
            return;
        }
        ensureProcess("SAL-FILES", "salud", "Salud");
        admin().contentType("application/xml").body(variant("/archive/encuesta-movilidad-2025.xml",
                "CALI-TEST-EMC-2025", STUDY)).post("/api/v1/studies?process=SAL-FILES").then().statusCode(201);
        admin().post("/api/v1/studies/" + STUDY + "/publish").then().statusCode(200);
        ready = true;
    }

    static Response raw(String name, byte[] body) {
        return editor().contentType("application/octet-stream")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").body(body).post(BASE);
    }

    static String sha(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }

    @Test
    void rawUploadIsStoredContentAddressedAndReadBack() throws Exception {
        byte[] bytes = CSV.getBytes(StandardCharsets.UTF_8);
        Response r = raw("emc2025.csv", bytes);
        r.then().statusCode(201).contentType(containsString("json"))
                .body("name", equalTo("emc2025.csv"))
                .body("mediaType", equalTo("text/csv"))
                .body("size", equalTo(bytes.length))
                .body("sha256", equalTo(sha(bytes)))
                .body("fileDscrId", equalTo("F1"))          // matched by name to the DDI fileDscr
                .body("licence", equalTo("CC BY 4.0"))
                .body("accessLevel", equalTo("publica"));
        int id = r.path("id");
        String sha = sha(bytes);
        Path blob = Path.of("target/test-data/files/sha256", sha.substring(0, 2), sha.substring(2, 4), sha);
        assertArrayEquals(bytes, Files.readAllBytes(blob));

        Response get = anonymous().get(BASE + "/" + id + "/content");
        get.then().statusCode(200).header("ETag", "\"" + sha + "\"").header("Accept-Ranges", "bytes")
                .header("Content-Disposition", containsString("filename=\"emc2025.csv\""));
        assertArrayEquals(bytes, get.asByteArray());
        anonymous().header("If-None-Match", "\"" + sha + "\"").get(BASE + "/" + id + "/content").then().statusCode(304);
        Response part = anonymous().header("Range", "bytes=7-10").get(BASE + "/" + id + "/content");
        part.then().statusCode(206).header("Content-Range", "bytes 7-10/" + bytes.length);
        assertEquals("modo", part.asString());
        anonymous().header("Range", "bytes=999-").get(BASE + "/" + id + "/content").then().statusCode(416)
                .header("Content-Range", "bytes */" + bytes.length);

        // identical bytes are stored once
        int again = raw("copia.csv", bytes).then().statusCode(201).extract().path("id");
        assertTrue(again != id);
        try (Stream<Path> s = Files.walk(Path.of("target/test-data/files/sha256"))) {
            assertEquals(1, s.filter(p -> p.getFileName().toString().equals(sha)).count());
        }
        // downloads are counted (editors see the count) and audited
        Response meta = editor().get(BASE + "/" + id);
        assertTrue(meta.<Integer>path("downloads") >= 2, meta.asString());
        anonymous().get(BASE + "/" + id).then().statusCode(200).body("downloads", nullValue());
        admin().get("/api/v1/admin/audit?action=download-file&target=" + STUDY + "/" + id).then().statusCode(200)
                .body("items[0].actor", equalTo("anonymous"));
    }

    @Test
    void multipartUploadWithExplicitMetadata() {
        editor().multiPart("file", "viajes.csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8), "text/csv")
                .multiPart("description", "Viajes por hogar").multiPart("fileDscrId", "F1")
                .multiPart("licence", "CC BY-SA 4.0").multiPart("accessLevel", "clasificada")
                .post(BASE).then().statusCode(201)
                .body("fileDscrId", equalTo("F1")).body("description", equalTo("Viajes por hogar"))
                .body("licence", equalTo("CC BY-SA 4.0")).body("accessLevel", equalTo("clasificada"));
        editor().multiPart("file", "x.csv", "a\n1\n".getBytes(StandardCharsets.UTF_8)).multiPart("fileDscrId", "F9")
                .post(BASE).then().statusCode(422).contentType(containsString("problem+json"))
                .body("detail", containsString("F9"));
    }

    @Test
    void replaceAndRemoveMakeNewRevisionsAndKeepEarlierFiles() {
        byte[] v1 = "x,y\n1,2\n".getBytes(StandardCharsets.UTF_8);
        byte[] v2 = "x,y\n1,3\n".getBytes(StandardCharsets.UTF_8);
        Response first = raw("serie.csv", v1);
        int id1 = first.path("id");
        int rev1 = first.path("addedRevision");
        Response second = editor().contentType("text/csv").header("Content-Disposition", "attachment; filename=serie.csv")
                .body(v2).post(BASE + "?replaces=" + id1);
        second.then().statusCode(201).body("replaces", equalTo(id1));
        int id2 = second.path("id");
        int rev2 = second.path("addedRevision");
        assertTrue(rev2 > rev1);
        List<Integer> current = anonymous().get(BASE).path("id");
        assertTrue(current.contains(id2) && !current.contains(id1), current.toString());
        List<Integer> before = anonymous().get(BASE + "?revision=" + rev1).path("id");
        assertTrue(before.contains(id1) && !before.contains(id2), before.toString());
        assertArrayEquals(v1, anonymous().get(BASE + "/" + id1 + "/content").asByteArray());

        editor().delete(BASE + "/" + id2).then().statusCode(204);
        assertFalse(anonymous().get(BASE).<List<Integer>>path("id").contains(id2));
        assertArrayEquals(v2, anonymous().get(BASE + "/" + id2 + "/content").asByteArray());
        editor().delete(BASE + "/" + id2).then().statusCode(404);
        editor().contentType("text/csv").header("Content-Disposition", "attachment; filename=z.csv").body(v2)
                .post(BASE + "?replaces=" + id1).then().statusCode(404);
    }

    @Test
    void badInputIsAProblemAndLeavesNothing() throws IOException {
        long rows = rows();
        raw("vacio.csv", new byte[0]).then().statusCode(422).contentType(containsString("problem+json"))
                .body("type", containsString("file-empty"));
        byte[] binary = new byte[4096];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 31);
        }
        raw("datos.csv", binary).then().statusCode(415).body("type", containsString("content-mismatch"));
        raw("../etc/passwd.csv", CSV.getBytes()).then().statusCode(400).body("type", containsString("invalid-file-name"));
        editor().contentType("text/csv").header("Content-Disposition", "attachment; filename*=UTF-8''a%07b.csv")
                .body(CSV.getBytes()).post(BASE).then().statusCode(400);
        editor().contentType("text/csv").header("Content-Disposition", "attachment; filename*=UTF-8''..%2Fx.csv")
                .body(CSV.getBytes()).post(BASE).then().statusCode(400);
        editor().contentType("text/csv").body(CSV.getBytes()).post(BASE).then().statusCode(400);
        raw("grande.csv", new byte[(int) (1 << 20) + 1]).then().statusCode(413)
                .body("type", containsString("file-too-large"));
        raw("libro.xlsx", CSV.getBytes()).then().statusCode(415);
        raw("bomba.xlsx", zipBomb()).then().statusCode(422).body("type", containsString("zip-bomb"));
        anonymous().contentType("text/csv").header("Content-Disposition", "attachment; filename=a.csv")
                .body(CSV.getBytes()).post(BASE).then().statusCode(403); // the study is public: seen, not changeable
        otherEditor().contentType("text/csv").header("Content-Disposition", "attachment; filename=a.csv")
                .body(CSV.getBytes()).post(BASE).then().statusCode(403);
        editor().contentType("text/csv").header("Content-Disposition", "attachment; filename=a.csv")
                .body(CSV.getBytes()).post(BASE + "?accessLevel=secreta").then().statusCode(400);
        assertEquals(rows, rows(), "no refused upload left a row");
        try (Stream<Path> tmp = Files.list(Path.of("target/test-data/files/tmp"))) {
            assertEquals(0, tmp.filter(p -> p.getFileName().toString().startsWith("upload-")).count(),
                    "no refused upload left a staging file");
        }
    }

    /** A ZIP that looks like a workbook with one part of 200 MB of zeros (a few hundred KB packed). */
    static byte[] zipBomb() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes());
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write("<workbook/>".getBytes());
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 200; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static long rows() {
        return admin().get(BASE).<List<?>>path("$").size();
    }

    @Test
    void restartableUploadWithContentRange() {
        byte[] all = "k,v\n1,uno\n2,dos\n3,tres\n".getBytes(StandardCharsets.UTF_8);
        String url = BASE + "/uploads/carga-0001";
        io.restassured.RestAssured.config = io.restassured.RestAssured.config()
                .redirect(io.restassured.config.RedirectConfig.redirectConfig().followRedirects(false));
        editor().contentType("application/octet-stream").header("Content-Disposition", "attachment; filename=kv.csv")
                .header("Content-Range", "bytes 0-9/" + all.length).body(java.util.Arrays.copyOfRange(all, 0, 10))
                .put(url).then().statusCode(308).header("Range", "bytes=0-9");
        editor().head(url).then().statusCode(308).header("Upload-Offset", "10");
        // a piece beyond what the server holds is refused with the offset to resume at
        editor().contentType("application/octet-stream").header("Content-Disposition", "attachment; filename=kv.csv")
                .header("Content-Range", "bytes 15-" + (all.length - 1) + "/" + all.length)
                .body(java.util.Arrays.copyOfRange(all, 15, all.length)).put(url).then().statusCode(409)
                .body("offset", equalTo(10));
        Response done = editor().contentType("application/octet-stream")
                .header("Content-Disposition", "attachment; filename=kv.csv")
                .header("Content-Range", "bytes 10-" + (all.length - 1) + "/" + all.length)
                .body(java.util.Arrays.copyOfRange(all, 10, all.length)).put(url);
        done.then().statusCode(201).body("size", equalTo(all.length));
        assertArrayEquals(all, anonymous().get(BASE + "/" + done.path("id") + "/content").asByteArray());
    }

    @Test
    void listingIsJson() {
        anonymous().get("/api/v1/studies/NO-SUCH/files").then().statusCode(404);
        anonymous().get(BASE).then().statusCode(200).body("$", org.hamcrest.Matchers.instanceOf(List.class));
        anonymous().get(BASE + "/999999").then().statusCode(404);
        anonymous().get(BASE + "/999999/content").then().statusCode(404);
        hasSize(0);
    }
}
