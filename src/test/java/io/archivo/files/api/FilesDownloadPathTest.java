package io.archivo.files.api;

import static io.archivo.testsupport.Api.admin;
import static io.archivo.testsupport.Api.editor;
import static io.archivo.testsupport.Api.ensureProcess;
import static io.archivo.testsupport.Api.variant;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Downloads go out with sendfile(2) while the server compresses JSON: over one real HTTP/1.1 keep-alive connection
 * (a plain socket, so nothing hides what the server sends), a gzip-accepting client gets the JSON listing gzipped,
 * the file's bytes as they are (sent as a file region), the listing gzipped again afterwards, a static stylesheet
 * gzipped and equal to its plain form, and two pipelined requests answered in order.
 */
@QuarkusTest
@Tag("persistence")
class FilesDownloadPathTest {

    static final String STUDY = "FILES-SENDFILE";
    static final String BASE = "/api/v1/studies/" + STUDY + "/files";

    @TestHTTPResource("/")
    URL base;

    @Test
    void filesAreSentAsFileRegionsAndEverythingElseOnTheConnectionStaysCompressed() throws Exception {
        ensureProcess("SAL-FILES", "salud", "Salud");
        admin().contentType("application/xml").body(variant("/archive/encuesta-movilidad-2025.xml",
                "CALI-TEST-EMC-2025", STUDY)).post("/api/v1/studies?process=SAL-FILES").then().statusCode(201);
        admin().post("/api/v1/studies/" + STUDY + "/publish").then().statusCode(200);
        byte[] data = new byte[1_000_000]; // under the test limit of 1 MiB
        new Random(3).nextBytes(data);
        int id = editor().contentType("application/octet-stream")
                .header("Content-Disposition", "attachment; filename=\"serie.bin\"").body(data).post(BASE).then()
                .statusCode(201).extract().path("id");
        byte[] css;
        try (Connection plain = new Connection()) {
            css = plain.get("/static/archivo.css", null).body;
        }

        try (Connection c = new Connection()) {
            Reply list = c.get(BASE, "gzip");
            assertEquals(200, list.status);
            assertEquals("gzip", list.headers.get("content-encoding"), "JSON is compressed");
            assertTrue(new String(gunzip(list.body), StandardCharsets.UTF_8).contains("serie.bin"));

            long regions = SendfileBesideCompression.zeroCopyRegions();
            Reply file = c.get(BASE + "/" + id + "/content", "gzip");
            assertEquals(200, file.status);
            assertNull(file.headers.get("content-encoding"), "the file's bytes as stored");
            assertEquals(String.valueOf(data.length), file.headers.get("content-length"));
            assertArrayEquals(data, file.body);
            assertTrue(SendfileBesideCompression.zeroCopyRegions() > regions, "sent as a file region (sendfile)");

            Reply ranged = c.send("GET " + BASE + "/" + id + "/content HTTP/1.1\r\nHost: x\r\nAccept-Encoding: gzip\r\n"
                    + "Range: bytes=100-199\r\n\r\n").read();
            assertEquals(206, ranged.status);
            assertArrayEquals(java.util.Arrays.copyOfRange(data, 100, 200), ranged.body);

            Reply again = c.get(BASE, "gzip");
            assertEquals("gzip", again.headers.get("content-encoding"), "still compressed after the download");
            assertTrue(new String(gunzip(again.body), StandardCharsets.UTF_8).contains("serie.bin"));

            Reply style = c.get("/static/archivo.css", "gzip");
            assertEquals(200, style.status);
            byte[] styleBytes = "gzip".equals(style.headers.get("content-encoding")) ? gunzip(style.body) : style.body;
            assertArrayEquals(css, styleBytes, "a static file on the same connection: " + style.headers);

            // pipelined: both requests in one write, answered in order with their own encodings
            c.send("GET " + BASE + "/" + id + "/content HTTP/1.1\r\nHost: x\r\nAccept-Encoding: gzip\r\n\r\n"
                    + "GET " + BASE + " HTTP/1.1\r\nHost: x\r\nAccept-Encoding: gzip\r\n\r\n");
            Reply first = c.read();
            Reply second = c.read();
            assertArrayEquals(data, first.body);
            assertEquals("gzip", second.headers.get("content-encoding"));
            assertTrue(new String(gunzip(second.body), StandardCharsets.UTF_8).contains("serie.bin"));
        }
    }

    private static byte[] gunzip(byte[] gz) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        }
    }

    record Reply(int status, Map<String, String> headers, byte[] body) {
    }

    /** A minimal HTTP/1.1 client on one keep-alive socket: Content-Length and chunked bodies. */
    final class Connection implements AutoCloseable {
        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;

        Connection() throws IOException {
            socket = new Socket(base.getHost(), base.getPort());
            socket.setSoTimeout(30_000);
            in = new java.io.BufferedInputStream(socket.getInputStream(), 1 << 16);
            out = socket.getOutputStream();
        }

        Reply get(String path, String acceptEncoding) throws IOException {
            return send("GET " + path + " HTTP/1.1\r\nHost: x\r\n"
                    + (acceptEncoding == null ? "" : "Accept-Encoding: " + acceptEncoding + "\r\n") + "\r\n").read();
        }

        Connection send(String request) throws IOException {
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return this;
        }

        Reply read() throws IOException {
            String status = line();
            Map<String, String> headers = new LinkedHashMap<>();
            for (String h; !(h = line()).isEmpty(); ) {
                int colon = h.indexOf(':');
                headers.put(h.substring(0, colon).strip().toLowerCase(Locale.ROOT), h.substring(colon + 1).strip());
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                for (int n; (n = Integer.parseInt(line().split(";")[0].strip(), 16)) > 0; ) {
                    body.write(in.readNBytes(n));
                    line();
                }
                while (!line().isEmpty()) {
                    // trailers
                }
            } else if (headers.containsKey("content-length")) {
                body.write(in.readNBytes(Integer.parseInt(headers.get("content-length"))));
            }
            return new Reply(Integer.parseInt(status.split(" ")[1]), headers, body.toByteArray());
        }

        private String line() throws IOException {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            int c;
            while ((c = in.read()) != '\n') {
                if (c < 0) {
                    throw new IOException("connection closed");
                }
                if (c != '\r') {
                    b.write(c);
                }
            }
            return b.toString(StandardCharsets.ISO_8859_1);
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
