package io.archivo.files.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.channel.DefaultFileRegion;
import io.netty.channel.FileRegion;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.compression.CompressionOptions;
import io.netty.handler.codec.compression.StandardCompressionOptions;
import io.netty.handler.codec.http.HttpContentCompressor;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compressor wrapper on a Netty channel of its own: a file region of an uncompressed response leaves as the
 * region itself (what the transport sends with sendfile), one of a compressed response is compressed like any other
 * content, and the compressor keeps compressing the responses around them.
 */
class SendfileBesideCompressionTest {

    @TempDir
    Path dir;

    /** Vert.x's own compressor (package-private in vertx-core), wrapped as on a server connection. */
    private EmbeddedChannel channel() throws Exception {
        var vertx = Class.forName("io.vertx.core.http.impl.HttpChunkContentCompressor")
                .getConstructor(CompressionOptions[].class);
        vertx.setAccessible(true);
        HttpContentCompressor compressor = (HttpContentCompressor) vertx.newInstance((Object) new CompressionOptions[] {
                StandardCompressionOptions.gzip(), StandardCompressionOptions.deflate()});
        return new EmbeddedChannel(SendfileBesideCompression.around(compressor));
    }

    private static void request(EmbeddedChannel ch, String acceptEncoding) {
        DefaultFullHttpRequest req = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, "/x");
        req.headers().set(HttpHeaderNames.ACCEPT_ENCODING, acceptEncoding);
        ch.writeInbound(req);
        ch.readInbound();
    }

    private static HttpResponse response(String type, String contentEncoding) {
        HttpResponse r = new DefaultHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK);
        r.headers().set(HttpHeaderNames.CONTENT_TYPE, type);
        if (contentEncoding != null) {
            r.headers().set(HttpHeaderNames.CONTENT_ENCODING, contentEncoding);
        }
        return r;
    }

    private Path file(int size) throws Exception {
        byte[] b = new byte[size];
        new Random(7).nextBytes(b);
        for (int i = 0; i < b.length; i += 3) {
            b[i] = 'a'; // compressible
        }
        return Files.write(dir.resolve("f.bin"), b);
    }

    @Test
    void regionOfAnUncompressedResponseLeavesAsTheRegion() throws Exception {
        Path f = file(300_000);
        EmbeddedChannel ch = channel();
        request(ch, "gzip");
        long before = SendfileBesideCompression.zeroCopyRegions();
        // what Quarkus does for an @Uncompressed route: Content-Encoding identity, which Vert.x's compressor removes
        ch.writeOutbound(response("text/plain", "identity"));
        ch.writeOutbound(new DefaultFileRegion(f.toFile(), 0, Files.size(f)));
        ch.writeOutbound(LastHttpContent.EMPTY_LAST_CONTENT);
        HttpResponse head = ch.readOutbound();
        assertNull(head.headers().get(HttpHeaderNames.CONTENT_ENCODING), "not compressed");
        FileRegion region = assertInstanceOf(FileRegion.class, ch.readOutbound(), "the region itself, not bytes");
        assertEquals(Files.size(f), region.count());
        region.release();
        assertInstanceOf(LastHttpContent.class, ch.readOutbound());
        assertEquals(before + 1, SendfileBesideCompression.zeroCopyRegions());

        // the next response on the connection is compressed as before
        request(ch, "gzip");
        ch.writeOutbound(response("application/json", null));
        ch.writeOutbound(new io.netty.handler.codec.http.DefaultLastHttpContent(
                io.netty.buffer.Unpooled.copiedBuffer("{\"a\":\"" + "b".repeat(1000) + "\"}",
                        java.nio.charset.StandardCharsets.UTF_8)));
        HttpResponse json = ch.readOutbound();
        assertEquals("gzip", json.headers().get(HttpHeaderNames.CONTENT_ENCODING));
        assertEquals("{\"a\":\"" + "b".repeat(1000) + "\"}", new String(gunzip(body(ch)),
                java.nio.charset.StandardCharsets.UTF_8));
        ch.finishAndReleaseAll();
    }

    @Test
    void regionOfACompressedResponseIsCompressed() throws Exception {
        Path f = file(300_000);
        EmbeddedChannel ch = channel();
        request(ch, "gzip");
        long before = SendfileBesideCompression.zeroCopyRegions();
        ch.writeOutbound(response("text/css", null));
        ch.writeOutbound(new DefaultFileRegion(f.toFile(), 0, Files.size(f)));
        ch.writeOutbound(LastHttpContent.EMPTY_LAST_CONTENT);
        HttpResponse head = ch.readOutbound();
        assertEquals("gzip", head.headers().get(HttpHeaderNames.CONTENT_ENCODING));
        byte[] gz = body(ch);
        assertTrue(gz.length < Files.size(f), "compressed: " + gz.length);
        assertArrayEquals(Files.readAllBytes(f), gunzip(gz));
        assertEquals(before, SendfileBesideCompression.zeroCopyRegions());
        ch.finishAndReleaseAll();
    }

    /** The contents written after the head, up to the last one. */
    private static byte[] body(EmbeddedChannel ch) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Object o;
        while ((o = ch.readOutbound()) != null) {
            HttpContent c = assertInstanceOf(HttpContent.class, o);
            ByteBuf b = c.content();
            byte[] bytes = new byte[b.readableBytes()];
            b.readBytes(bytes);
            out.writeBytes(bytes);
            c.release();
            if (c instanceof LastHttpContent) {
                break;
            }
        }
        return out.toByteArray();
    }

    private static byte[] gunzip(byte[] gz) throws Exception {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        }
    }
}
