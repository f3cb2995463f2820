package io.archivo.files.api;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.ChannelPromise;
import io.netty.channel.FileRegion;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.HttpContentCompressor;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponse;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.net.impl.ConnectionBase;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Lets Vert.x send a download with {@code sendfile(2)} on a server that compresses other responses.
 *
 * <p>Why: {@code quarkus.http.enable-compression} puts Vert.x's {@code HttpChunkContentCompressor} (a Netty
 * {@link HttpContentCompressor}) into every HTTP/1.1 connection's pipeline, under the name {@code deflater}, and
 * Vert.x 4.5 then never writes a file as a {@link FileRegion}: {@code Http1xServerConnection.supportsFileRegion()}
 * is false as soon as {@code pipeline.get(HttpChunkContentCompressor.class)} finds one, whatever the response, so
 * {@code ConnectionBase.sendFile} falls back to a {@code ChunkedNioFile} of 8 KiB reads and writes through the
 * JVM. There is no option for this in Vert.x or Quarkus.
 *
 * <p>What: before a download is sent, the connection's compressor is put inside this handler, which takes its place
 * in the pipeline and hands every event to it — the same instance, so the {@code Accept-Encoding} of requests
 * already read stays queued, and JSON, HTML and XML on the connection are compressed as before. Vert.x no longer
 * finds its compressor class in the pipeline and sends files as a {@link FileRegion}, which the kernel copies from
 * the page cache to the socket. A file region passes through untouched when the response it belongs to is not
 * being compressed (a download is {@code @Uncompressed}: Quarkus marks it {@code Content-Encoding: identity}); in
 * the rare case that it is (a static text file on the same connection), its bytes are read and given to the
 * compressor like any other content, so nothing is ever sent wrongly.
 *
 * <p>Depends on Vert.x internals (the {@code deflater} name, {@link ConnectionBase#channelHandlerContext()}); when
 * they are not there (HTTP/2, another server), nothing changes and files go the chunked way. {@code
 * FilesDownloadPathTest} checks the zero-copy path and the compression of other responses on the same connection.
 */
final class SendfileBesideCompression extends ChannelDuplexHandler {

    private static final Logger LOG = Logger.getLogger(SendfileBesideCompression.class);
    /** The name Vert.x gives the compressor ({@code HttpServerWorker.configureHttp1Pipeline}). */
    static final String NAME = "deflater";
    private static final int CHUNK = 1 << 16;
    /** File regions passed to the socket as they are, i.e. sent with sendfile(2), since start (for tests). */
    private static final java.util.concurrent.atomic.LongAdder ZERO_COPY = new java.util.concurrent.atomic.LongAdder();

    private final HttpContentCompressor compressor;
    /** Whether the response being written is compressed, as the compressor decided from its headers. */
    private boolean compressing;

    private SendfileBesideCompression(HttpContentCompressor compressor) {
        this.compressor = compressor;
    }

    /**
     * Makes the connection able to send files with {@code sendfile(2)} (once per connection; on its event loop,
     * between two responses, waiting for it so that the following {@code sendFile} sees the new pipeline).
     */
    static void enable(HttpConnection connection) {
        if (!(connection instanceof ConnectionBase base)) {
            return;
        }
        ChannelPipeline pipeline = base.channelHandlerContext().pipeline();
        if (!(pipeline.get(NAME) instanceof HttpContentCompressor)) {
            return; // no compressor, or already wrapped
        }
        Runnable wrap = () -> {
            ChannelHandler h = pipeline.get(NAME);
            if (h instanceof HttpContentCompressor c) {
                pipeline.replace(c, NAME, new SendfileBesideCompression(c));
            }
        };
        try {
            var loop = base.channel().eventLoop();
            if (loop.inEventLoop()) {
                wrap.run();
            } else {
                loop.submit(wrap).get(10, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            // the download still works, the chunked way
            LOG.debugf(e, "could not enable sendfile on %s", connection);
        }
    }

    static long zeroCopyRegions() {
        return ZERO_COPY.sum();
    }

    /** For tests: wraps a compressor as {@link #enable} does. */
    static SendfileBesideCompression around(HttpContentCompressor compressor) {
        return new SendfileBesideCompression(compressor);
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) throws Exception {
        compressor.handlerAdded(ctx); // it keeps the context for the channel's id and configuration
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext ctx) throws Exception {
        compressor.handlerRemoved(ctx);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        compressor.channelInactive(ctx);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
        compressor.channelRead(ctx, msg); // queues the request's Accept-Encoding
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) throws Exception {
        compressor.channelReadComplete(ctx);
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) throws Exception {
        if (msg instanceof FileRegion region) {
            if (compressing) {
                compressRegion(ctx, region, promise);
            } else {
                ZERO_COPY.increment();
                ctx.write(region, promise);
            }
            return;
        }
        if (msg instanceof HttpResponse response) {
            boolean encoded = response.headers().contains(HttpHeaderNames.CONTENT_ENCODING);
            compressor.write(ctx, msg, promise);
            // the compressor sets Content-Encoding on the response it compresses (an "identity" it removes)
            compressing = !encoded && response.headers().contains(HttpHeaderNames.CONTENT_ENCODING);
            return;
        }
        compressor.write(ctx, msg, promise);
    }

    /** A file region of a compressed response: its bytes go through the compressor in 64 KiB contents. */
    private void compressRegion(ChannelHandlerContext ctx, FileRegion region, ChannelPromise promise) {
        Contents contents = new Contents(ctx);
        try {
            long count = region.count();
            long done = 0;
            while (done < count) {
                long n = region.transferTo(contents, done);
                if (n <= 0) {
                    throw new java.io.EOFException("the file ended after " + done + " of " + count + " bytes");
                }
                done += n;
            }
            contents.finish(promise);
        } catch (Exception e) {
            contents.discard();
            promise.tryFailure(e);
        } finally {
            region.release();
        }
    }

    /** Collects what a file region transfers into buffers and writes each one, full, through the compressor. */
    private final class Contents implements WritableByteChannel {
        private final ChannelHandlerContext ctx;
        private ByteBuf buf;

        Contents(ChannelHandlerContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public int write(ByteBuffer src) throws java.io.IOException {
            int n = src.remaining();
            while (src.hasRemaining()) {
                if (buf == null) {
                    buf = ctx.alloc().buffer(CHUNK);
                }
                int take = Math.min(src.remaining(), buf.writableBytes());
                ByteBuffer slice = src.slice();
                slice.limit(take);
                buf.writeBytes(slice);
                src.position(src.position() + take);
                if (!buf.isWritable()) {
                    emit(ctx.newPromise());
                }
            }
            return n;
        }

        void finish(ChannelPromise promise) throws Exception {
            if (buf == null) {
                promise.trySuccess();
            } else {
                emit(promise);
            }
        }

        void discard() {
            if (buf != null) {
                buf.release();
                buf = null;
            }
        }

        private void emit(ChannelPromise promise) throws java.io.IOException {
            ByteBuf full = buf;
            buf = null;
            try {
                compressor.write(ctx, new DefaultHttpContent(full), promise);
            } catch (Exception e) {
                throw new java.io.IOException(e);
            }
        }

        @Override
        public boolean isOpen() {
            return true;
        }

        @Override
        public void close() {
        }
    }
}
