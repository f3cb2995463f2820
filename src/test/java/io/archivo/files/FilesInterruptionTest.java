package io.archivo.files;

import static io.archivo.testsupport.Api.admin;
import static io.archivo.testsupport.Api.anonymous;
import static io.archivo.testsupport.Api.editor;
import static io.archivo.testsupport.Api.ensureProcess;
import static io.archivo.testsupport.Api.variant;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archivo.files.storage.BlobStore;
import io.archivo.files.storage.FileStorage;
import io.archivo.files.storage.OrphanCollector;
import io.archivo.files.storage.Staging;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Interrupted uploads leave nothing half-written (issue 12, "nothing is lost"): a client that disconnects in the
 * middle of the body leaves no row, no staging file and no blob; a restartable upload survives what start-up does
 * after a crash and completes; start-up deletes stale staging files and blobs no row refers to, and only those; a
 * blob appears under its content address only by an atomic move of a whole, verified file. The orphan grace period
 * is one hour here (as in production), so start-up keeps what is younger.
 */
@QuarkusTest
@TestProfile(FilesInterruptionTest.Profile.class)
@Tag("persistence")
class FilesInterruptionTest {

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("archivo.files.orphan-grace", "PT1H");
        }
    }

    static final String STUDY = "FILES-INT";
    static final String BASE = "/api/v1/studies/" + STUDY + "/files";

    @TestHTTPResource("/")
    URL base;

    @Inject
    FileStorage storage;

    @Inject
    OrphanCollector collector;

    private static boolean ready;

    @BeforeEach
    synchronized void study() {
        if (ready) {
            return;
        }
        ensureProcess("SAL-INT", "salud", "Salud");
        admin().contentType("application/xml").body(variant("/archive/encuesta-movilidad-2025.xml",
                "CALI-TEST-EMC-2025", STUDY)).post("/api/v1/studies?process=SAL-INT").then().statusCode(201);
        admin().post("/api/v1/studies/" + STUDY + "/publish").then().statusCode(200);
        ready = true;
    }

    private Path filesRoot() {
        return storage.staging().dir().getParent();
    }

    private Set<Path> tree() throws Exception {
        try (Stream<Path> s = Files.walk(filesRoot())) {
            return s.filter(Files::isRegularFile).collect(Collectors.toSet());
        }
    }

    private static List<String> names() {
        return admin().get(BASE).path("name");
    }

    /** Sends the headers and part of a declared body, then drops the connection (RST, or FIN when graceful). */
    private void abortedUpload(String name, int declared, byte[] sent, boolean graceful) throws Exception {
        aborted("POST " + BASE, name, declared, "", sent, graceful);
    }

    private void aborted(String requestLine, String name, int declared, String headers, byte[] sent, boolean graceful)
            throws Exception {
        String auth = Base64.getEncoder().encodeToString("editor-salud:editor-test-password".getBytes());
        try (Socket s = new Socket(base.getHost(), base.getPort())) {
            if (!graceful) {
                s.setSoLinger(true, 0);
            }
            OutputStream out = s.getOutputStream();
            out.write((requestLine + " HTTP/1.1\r\n" + headers + "Host: localhost\r\nAuthorization: Basic " + auth
                    + "\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment; filename=\"" + name
                    + "\"\r\nContent-Length: " + declared + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(sent);
            out.flush();
            Thread.sleep(300); // let the server start staging the body
            if (graceful) {
                s.shutdownOutput();
                Thread.sleep(300);
            }
        }
    }

    @Test
    void aClientThatDisconnectsMidBodyLeavesNothing() throws Exception {
        byte[] sent = new byte[300_000];
        new Random().nextBytes(sent); // fresh bytes each run: the store outlives the in-memory test database
        String partialSha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(sent));
        Set<Path> before = tree();
        abortedUpload("cortado-rst.bin", 900_000, sent, false);
        abortedUpload("cortado-fin.bin", 900_000, sent, true);
        // the server notices the broken body and cleans up; wait until its staging is back to what it was
        Instant deadline = Instant.now().plusSeconds(20);
        Set<Path> after = tree();
        while (!after.equals(before) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            after = tree();
        }
        assertEquals(before, after, "no staging file and no blob remain of an interrupted upload");
        assertFalse(storage.store().exists(partialSha), "the bytes that arrived are not stored under their hash");
        List<String> names = names();
        assertFalse(names.contains("cortado-rst.bin") || names.contains("cortado-fin.bin"), "no row: " + names);
        // and the server is fine: the next upload works
        editor().contentType("application/octet-stream").header("Content-Disposition", "attachment; filename=entero.bin")
                .body(sent).post(BASE).then().statusCode(201).body("size", org.hamcrest.Matchers.equalTo(sent.length));
    }

    @Test
    void aRestartableUploadContinuesAfterWhatStartUpDoes() throws Exception {
        byte[] all = "k;v\n1;uno\n2;dos\n3;tres\n4;cuatro\n".getBytes(StandardCharsets.UTF_8);
        String url = BASE + "/uploads/reinicio-0001";
        io.restassured.RestAssured.config = io.restassured.RestAssured.config()
                .redirect(io.restassured.config.RedirectConfig.redirectConfig().followRedirects(false));
        editor().contentType("application/octet-stream").header("Content-Disposition", "attachment; filename=kv.csv")
                .header("Content-Range", "bytes 0-11/" + all.length).body(Arrays.copyOfRange(all, 0, 12))
                .put(url).then().statusCode(308).header("Range", "bytes=0-11");
        // the server dies here; at the next start the collector runs: the upload is younger than the grace period.
        // The pieces are the only state of a restartable upload (a file in the staging folder), nothing in memory.
        collector.collect();
        editor().head(url).then().statusCode(308).header("Upload-Offset", "12");
        Response done = editor().contentType("application/octet-stream")
                .header("Content-Disposition", "attachment; filename=kv.csv")
                .header("Content-Range", "bytes 12-" + (all.length - 1) + "/" + all.length)
                .body(Arrays.copyOfRange(all, 12, all.length)).put(url);
        done.then().statusCode(201);
        assertArrayEquals(all, anonymous().get(BASE + "/" + done.path("id") + "/content").asByteArray());
        try (Stream<Path> s = Files.list(storage.staging().dir())) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().startsWith("resumable-")), "the pieces are gone");
        }
    }

    @Test
    void aBrokenPieceOfARestartableUploadIsKeptAndTheUploadResumes() throws Exception {
        byte[] all = new byte[600_000];
        new Random().nextBytes(all);
        String url = BASE + "/uploads/cortada-0001";
        io.restassured.RestAssured.config = io.restassured.RestAssured.config()
                .redirect(io.restassured.config.RedirectConfig.redirectConfig().followRedirects(false));
        aborted("PUT " + url, "trozos.bin", all.length, "Content-Range: bytes 0-" + (all.length - 1) + "/" + all.length
                + "\r\n", Arrays.copyOf(all, 250_000), false);
        long have = 0;
        for (int i = 0; i < 50 && have == 0; i++) {
            Thread.sleep(200);
            String offset = editor().head(url).then().statusCode(308).extract().header("Upload-Offset");
            have = Long.parseLong(offset);
        }
        assertTrue(have > 0 && have <= 250_000, "the server keeps what arrived: " + have);
        Response done = editor().contentType("application/octet-stream")
                .header("Content-Disposition", "attachment; filename=trozos.bin")
                .header("Content-Range", "bytes " + have + "-" + (all.length - 1) + "/" + all.length)
                .body(Arrays.copyOfRange(all, (int) have, all.length)).put(url);
        done.then().statusCode(201);
        assertArrayEquals(all, anonymous().get(BASE + "/" + done.path("id") + "/content").asByteArray());
    }

    @Test
    void startUpDeletesStaleStagingAndUnreferencedBlobsOnly() throws Exception {
        FileTime old = FileTime.from(Instant.now().minus(Duration.ofHours(2)));
        // an upload interrupted by a crash two hours ago, and one in flight now (another replica's)
        Path stale = Files.write(storage.staging().dir().resolve(Staging.PREFIX + "crash.part"), new byte[10]);
        Files.setLastModifiedTime(stale, old);
        Path fresh = Files.write(storage.staging().dir().resolve(Staging.PREFIX + "now.part"), new byte[10]);
        // a crash between storing the bytes and committing the row: a whole blob that no row names
        byte[] orphanBytes = "bytes whose row was never committed".getBytes(StandardCharsets.UTF_8);
        Staging.Staged orphan = storage.staging().stage(new ByteArrayInputStream(orphanBytes), 1 << 20);
        storage.store().commit(orphan);
        Path orphanBlob = filesRoot().resolve(BlobStore.key(orphan.sha256()));
        Files.setLastModifiedTime(orphanBlob, old);
        // a blob that a row refers to, just as old
        byte[] kept = "a file that is attached".getBytes(StandardCharsets.UTF_8);
        String keptSha = editor().contentType("application/octet-stream")
                .header("Content-Disposition", "attachment; filename=guardado.txt").body(kept).post(BASE)
                .then().statusCode(201).extract().path("sha256");
        Path keptBlob = filesRoot().resolve(BlobStore.key(keptSha));
        Files.setLastModifiedTime(keptBlob, old);

        OrphanCollector.Result r = collector.collect();

        assertFalse(Files.exists(stale), "a stale staging file is deleted");
        assertTrue(Files.exists(fresh), "an upload younger than the grace period is kept");
        assertFalse(Files.exists(orphanBlob), "a blob without a row is deleted");
        assertTrue(Files.exists(keptBlob), "a blob a row refers to is kept");
        assertTrue(r.staged() >= 1 && r.blobs() >= 1, r.toString());
        Files.delete(fresh);
    }

    @Test
    void aBlobIsPublishedOnlyByAnAtomicMoveOfAWholeVerifiedFile() throws Exception {
        byte[] bytes = new byte[200_000];
        new Random(11).nextBytes(bytes);
        Staging.Staged staged = storage.staging().stage(new ByteArrayInputStream(bytes), 1 << 20);
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)), staged.sha256());
        assertFalse(storage.store().exists(staged.sha256()), "staged bytes are not in the store");
        storage.store().commit(staged);
        Path blob = filesRoot().resolve(BlobStore.key(staged.sha256()));
        assertFalse(Files.exists(staged.path()), "the staged file was moved, not copied");
        assertArrayEquals(bytes, Files.readAllBytes(blob));
        // what a crash in the middle of the non-atomic fallback (a copy across file systems) would leave:
        // never listed as a blob, and deleted by the collector's walk
        Path leftover = Files.write(blob.getParent().resolve(".in-123.part"), Arrays.copyOf(bytes, 1000));
        storage.store().forEach(s -> assertFalse(s.sha256().contains("in-"), s.toString()));
        assertFalse(Files.exists(leftover), "a half-copied file is removed");
        // more than the limit: refused while streaming, nothing left in staging
        Set<Path> before = tree();
        io.archivo.common.problem.ProblemException tooLarge = org.junit.jupiter.api.Assertions.assertThrows(
                io.archivo.common.problem.ProblemException.class,
                () -> storage.staging().stage(new ByteArrayInputStream(bytes), 100_000));
        assertEquals(413, tooLarge.status());
        assertEquals(before, tree());
        storage.store().delete(staged.sha256());
    }
}
