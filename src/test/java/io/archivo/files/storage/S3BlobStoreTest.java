package io.archivo.files.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The S3 store against a real S3-compatible server: S3Proxy (org.gaul:s3proxy, its jar-with-dependencies copied to
 * target/s3proxy by the build) started as a separate process over a local folder — not on the test classpath,
 * where its Jetty/Woodstox versions clash with the application's. Skipped, saying why, when the jar is absent.
 */
class S3BlobStoreTest {

    static final Path JAR_DIR = Path.of("target/s3proxy");
    static Process server;
    static S3BlobStore store;
    static Path log;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() throws Exception {
        Path jar;
        try (var s = Files.exists(JAR_DIR) ? Files.list(JAR_DIR) : java.util.stream.Stream.<Path>empty()) {
            jar = s.filter(p -> p.getFileName().toString().endsWith(".jar")).findFirst().orElse(null);
        }
        assumeTrue(jar != null, "S3Proxy jar not found in target/s3proxy (the build copies it with"
                + " maven-dependency-plugin); S3 store not tested");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path props = dir.resolve("s3proxy.properties");
        Files.createDirectories(dir.resolve("blobs"));
        Files.writeString(props, String.join("\n",
                "s3proxy.endpoint=http://127.0.0.1:" + port,
                "s3proxy.authorization=aws-v2-or-v4",
                "s3proxy.identity=archivo",
                "s3proxy.credential=archivo-secret",
                "jclouds.provider=filesystem",
                "jclouds.filesystem.basedir=" + dir.resolve("blobs").toAbsolutePath()) + "\n");
        log = dir.resolve("s3proxy.log");
        server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx128m",
                "-jar", jar.toAbsolutePath().toString(), "--properties", props.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.currentTimeMillis() + 60_000;
        while (true) {
            try (Socket s = new Socket("127.0.0.1", port)) {
                break;
            } catch (IOException notYet) {
                if (!server.isAlive() || System.currentTimeMillis() > deadline) {
                    throw new IllegalStateException("S3Proxy did not start: " + Files.readString(log));
                }
                Thread.sleep(200);
            }
        }
        store = new S3BlobStore(S3BlobStore.client("http://127.0.0.1:" + port, "us-east-1", true, "archivo",
                "archivo-secret"), "archivo-files", "replica/");
        store.ensureBucket();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (store != null) {
            store.close();
        }
        if (server != null) {
            server.destroy();
            server.waitFor();
        }
    }

    private Staging.Staged stage(byte[] bytes) throws IOException {
        Staging staging = new Staging(dir.resolve("tmp"));
        return staging.stage(new java.io.ByteArrayInputStream(bytes), 1 << 20);
    }

    @Test
    void storesContentAddressedReadsRangesListsAndDeletes() throws IOException {
        byte[] bytes = "comuna;modo\n1;1\n2;2\n".getBytes(StandardCharsets.UTF_8);
        String sha;
        try (Staging.Staged staged = stage(bytes)) {
            sha = staged.sha256();
            assertFalse(store.exists(sha));
            assertEquals(-1, store.size(sha));
            store.commit(staged);
            store.commit(staged); // idempotent: identical bytes are kept
        }
        assertTrue(store.exists(sha));
        assertEquals(bytes.length, store.size(sha));
        try (InputStream in = store.open(sha, 0, -1)) {
            assertArrayEquals(bytes, in.readAllBytes());
        }
        try (InputStream in = store.open(sha, 7, 4)) {
            assertEquals("modo", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        try (InputStream in = store.open(sha, 12, -1)) {
            assertEquals("1;1\n2;2\n", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        List<String> listed = new ArrayList<>();
        store.forEach(s -> listed.add(s.sha256()));
        assertTrue(listed.contains(sha), listed.toString());
        store.delete(sha);
        assertFalse(store.exists(sha));
    }
}
