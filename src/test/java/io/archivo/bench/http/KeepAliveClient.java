package io.archivo.bench.http;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A blocking HTTP/1.1 GET client over one kept-alive connection, for load generators that share the service's JVM
 * and cores. The JDK's {@code HttpClient} hands every exchange between the caller, its selector thread and its
 * executor, and at 16 clients on 2 cores that bookkeeping took a quarter of the machine's CPU away from the service
 * under test; this client does the exchange on the calling thread with one write and buffered reads. It reads
 * {@code Content-Length} and chunked bodies (what Vert.x sends, compressed or not) and discards them, counting the
 * bytes. One instance per client thread; not thread-safe.
 */
public final class KeepAliveClient implements Closeable {

    /**
     * {@code -Dbench.client=jdk}: a benchmark uses the JDK HttpClient instead, as every benchmark did before
     * 2026-12-03, for comparing the two.
     */
    public static final boolean JDK_CLIENT_ASKED = "jdk".equals(System.getProperty("bench.client", "keepalive"));

    /** The status and the number of body bytes received (as sent: compressed when the server compressed). */
    public record Response(int status, long bodyBytes) {
    }

    private final InetSocketAddress address;
    private final byte[] headers;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    /** {@code base} gives host and port; {@code extraHeaders} are sent with every request, e.g. {@code Accept-Encoding: gzip}. */
    public KeepAliveClient(URL base, String... extraHeaders) {
        this.address = new InetSocketAddress(base.getHost(), base.getPort());
        StringBuilder h = new StringBuilder("Host: ").append(base.getHost()).append(':').append(base.getPort()).append("\r\n");
        for (String header : extraHeaders) {
            h.append(header).append("\r\n");
        }
        this.headers = h.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** GETs {@code pathAndQuery}; a connection the server closed in between is opened again once. */
    public Response get(String pathAndQuery) throws IOException {
        boolean fresh = socket == null;
        if (fresh) {
            connect();
        }
        try {
            return exchange(pathAndQuery);
        } catch (IOException stale) {
            close();
            if (fresh) {
                throw stale;
            }
            connect();
            return exchange(pathAndQuery);
        }
    }

    private void connect() throws IOException {
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(address, 5_000);
        socket.setSoTimeout(60_000);
        in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
        out = socket.getOutputStream();
    }

    private Response exchange(String pathAndQuery) throws IOException {
        ByteArrayOutputStream request = new ByteArrayOutputStream(256);
        request.writeBytes(("GET " + pathAndQuery + " HTTP/1.1\r\n").getBytes(StandardCharsets.US_ASCII));
        request.writeBytes(headers);
        out.write(request.toByteArray());
        out.flush();

        String statusLine = line();
        if (!statusLine.startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP response: " + statusLine);
        }
        int status = Integer.parseInt(statusLine.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean closes = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).trim();
            switch (name) {
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                case "connection" -> closes = value.equalsIgnoreCase("close");
                default -> {
                }
            }
        }
        long body;
        if (chunked) {
            body = 0;
            for (long size = chunkSize(); size > 0; size = chunkSize()) {
                skip(size);
                body += size;
                line(); // the CRLF after the chunk
            }
            while (!line().isEmpty()) {
                // trailers
            }
        } else if (length >= 0) {
            skip(length);
            body = length;
        } else {
            throw new IOException("a response without Content-Length or chunks is not supported");
        }
        if (closes) {
            close();
        }
        return new Response(status, body);
    }

    private long chunkSize() throws IOException {
        String size = line();
        int extension = size.indexOf(';');
        return Long.parseLong((extension < 0 ? size : size.substring(0, extension)).trim(), 16);
    }

    private void skip(long n) throws IOException {
        long left = n;
        while (left > 0) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    throw new EOFException("connection closed inside a body");
                }
                skipped = 1;
            }
            left -= skipped;
        }
    }

    /** One header line, without its CRLF. */
    private String line() throws IOException {
        StringBuilder line = new StringBuilder(64);
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new EOFException("connection closed");
            }
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a loopback socket that is already broken
            }
            socket = null;
        }
    }
}
