package io.archivo.bench.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark client reads both body framings over one connection and reconnects after {@code Connection: close}. */
class KeepAliveClientTest {

    @Test
    void readsLengthAndChunkedBodiesOnOneConnectionAndReconnectsAfterClose() throws Exception {
        List<String> requestLines = new ArrayList<>();
        List<String> answers = List.of(
                "HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Type: text/plain\r\n\r\nhello",
                "HTTP/1.1 404 Not Found\r\ntransfer-encoding: chunked\r\n\r\n4;ext=1\r\nabcd\r\n3\r\nefg\r\n0\r\nX-Trailer: t\r\n\r\n",
                "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok");
        try (ServerSocket server = new ServerSocket(0)) {
            Thread serving = new Thread(() -> {
                try {
                    int answered = 0;
                    while (answered < answers.size() + 1) {
                        try (Socket s = server.accept()) {
                            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII));
                            OutputStream out = s.getOutputStream();
                            for (String line = in.readLine(); line != null; line = in.readLine()) {
                                requestLines.add(line);
                                while (!in.readLine().isEmpty()) {
                                    // request headers
                                }
                                String answer = answered < answers.size() ? answers.get(answered) : answers.get(0);
                                out.write(answer.getBytes(StandardCharsets.US_ASCII));
                                out.flush();
                                answered++;
                                if (answer.contains("Connection: close")) {
                                    break;
                                }
                            }
                        }
                    }
                } catch (Exception e) {
                    // the test's assertions tell what went wrong
                }
            });
            serving.start();
            try (KeepAliveClient client = new KeepAliveClient(new URL("http://127.0.0.1:" + server.getLocalPort() + "/"),
                    "Accept-Encoding: gzip")) {
                assertEquals(new KeepAliveClient.Response(200, 5), client.get("/a"));
                assertEquals(new KeepAliveClient.Response(404, 7), client.get("/b?x=1"));
                assertEquals(new KeepAliveClient.Response(200, 2), client.get("/c"));
                assertEquals(new KeepAliveClient.Response(200, 5), client.get("/d"));
            }
            serving.join(5_000);
        }
        assertEquals(List.of("GET /a HTTP/1.1", "GET /b?x=1 HTTP/1.1", "GET /c HTTP/1.1", "GET /d HTTP/1.1"), requestLines);
    }
}
