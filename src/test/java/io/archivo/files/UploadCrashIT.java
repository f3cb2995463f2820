package io.archivo.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archivo.testsupport.PackagedService;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, "nothing is lost": the packaged service is killed (SIGKILL) during data-file uploads, at three moments —
 * a quarter of the body in, three quarters in, and right after the last byte was sent (before the answer, so between
 * storing the bytes and committing the row, or just after). After each restart: a file whose body did not arrive
 * whole has no row; a file that has a row has its bytes whole (SHA-256 of the download equals the upload's); the
 * staging folder is empty and no stored blob lacks a row (start-up collection, grace 0 here); a new upload works.
 */
class UploadCrashIT {

    private static final String ADMIN_PASSWORD = "upload-crash-admin";
    private static final int SIZE = 64 << 20;

    @Test
    void killsDuringUploadsLeaveNoRowWithoutBytesAndNoBytesWithoutRow() throws Exception {
        Path dataDir = Path.of("target", "upload-crash", "run-" + System.currentTimeMillis(), "data");
        try (PackagedService service = new PackagedService(dataDir, Map.of("ARCHIVO_ADMIN_PASSWORD", ADMIN_PASSWORD,
                "ARCHIVO_FILES_ORPHAN_GRACE", "PT0S"))) {
            service.start();
            String idno = service.as("admin", ADMIN_PASSWORD).get("/api/v1/studies").then().statusCode(200)
                    .extract().jsonPath().getString("items[0].idno");
            Set<String> blobsBefore = blobs(dataDir);
            byte[] body = new byte[SIZE];
            new Random(12).nextBytes(body);
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));

            double[] cutAt = {0.25, 0.75, 1.0};
            for (int round = 0; round < cutAt.length; round++) {
                String name = "crash-" + round + ".bin";
                uploadThenKill(service, idno, name, body, (int) (SIZE * cutAt[round]));
                service.start();

                JsonPath files = service.as("admin", ADMIN_PASSWORD).get("/api/v1/studies/{idno}/files", idno)
                        .then().statusCode(200).extract().jsonPath();
                List<String> names = files.getList("name");
                if (cutAt[round] < 1.0) {
                    assertFalse(names.contains(name), "a body cut at " + cutAt[round] + " left a row: " + names);
                }
                for (Map<String, Object> f : files.<Map<String, Object>>getList("$")) {
                    byte[] content = service.as("admin", ADMIN_PASSWORD)
                            .get("/api/v1/studies/{idno}/files/{id}/content", idno, f.get("id"))
                            .then().statusCode(200).extract().asByteArray();
                    assertEquals(f.get("sha256"), HexFormat.of().formatHex(
                            MessageDigest.getInstance("SHA-256").digest(content)), "file " + f.get("name") + " whole");
                }
                Set<String> expected = new TreeSet<>(blobsBefore);
                expected.addAll(files.getList("sha256"));
                assertEquals(expected, blobs(dataDir), "round " + round + ": every stored blob has a row");
                try (Stream<Path> staged = Files.list(dataDir.resolve("files").resolve("tmp"))) {
                    assertEquals(List.of(), staged.toList(), "round " + round + ": no interrupted upload is left");
                }
            }

            // the service still takes uploads: the same bytes again, whole
            String created = service.as("admin", ADMIN_PASSWORD).contentType("application/octet-stream")
                    .header("Content-Disposition", "attachment; filename=\"after-crashes.bin\"").body(body)
                    .post("/api/v1/studies/{idno}/files", idno).then().statusCode(201).extract().path("sha256");
            assertEquals(sha, created);
            assertTrue(blobs(dataDir).contains(sha));
        }
    }

    /** Sends {@code sent} bytes of the body (of a declared full length), then kills the service before any answer. */
    private static void uploadThenKill(PackagedService service, String idno, String name, byte[] body, int sent)
            throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create(service.baseUri() + "/api/v1/studies/" + idno + "/files")
                .toURL().openConnection();
        c.setRequestMethod("POST");
        c.setDoOutput(true);
        c.setFixedLengthStreamingMode(body.length);
        c.setRequestProperty("Content-Type", "application/octet-stream");
        c.setRequestProperty("Content-Disposition", "attachment; filename=\"" + name + "\"");
        c.setRequestProperty("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        OutputStream out = c.getOutputStream();
        for (int off = 0; off < sent; off += 1 << 20) {
            out.write(body, off, Math.min(1 << 20, sent - off));
        }
        out.flush();
        service.kill();
        c.disconnect();
    }

    /** The SHA-256 of every blob in the file system store ({@code files/sha256/xx/yy/<sha>}). */
    private static Set<String> blobs(Path dataDir) throws IOException {
        Path root = dataDir.resolve("files").resolve("sha256");
        if (!Files.exists(root)) {
            return new TreeSet<>();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("[0-9a-f]{64}")).collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
