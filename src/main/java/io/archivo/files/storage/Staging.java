package io.archivo.files.storage;

import io.archivo.common.problem.ProblemException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The local landing area of uploads ({@code <data>/files/tmp}): bytes are streamed to a temp file while their
 * SHA-256 is computed, then fsync'ed. Nothing here is ever visible; start-up deletes what a crash left behind.
 */
public final class Staging {

    public static final String PREFIX = "upload-";
    /** Read, hash and write in 1 MiB steps: few system calls and digest calls per file. */
    private static final int BUFFER = 1 << 20;
    /** Every this many bytes written, the kernel is asked (in the background) to start writing them to disk. */
    private static final long WRITEBACK_EVERY = 16L << 20;
    /** One daemon thread for early write-back: the final fsync then finds little left to write. */
    private static final java.util.concurrent.ExecutorService WRITEBACK = java.util.concurrent.Executors
            .newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "archivo-files-writeback");
                t.setDaemon(true);
                return t;
            });

    private final Path dir;

    public Staging(Path dir) throws IOException {
        this.dir = Files.createDirectories(dir);
    }

    public Path dir() {
        return dir;
    }

    /** A staged upload: the temp file, its hash and size. The caller deletes it when done. */
    public record Staged(Path path, String sha256, long size) implements AutoCloseable {
        @Override
        public void close() {
            try {
                Files.deleteIfExists(path);
            } catch (IOException ignored) {
                // the start-up cleaner removes it
            }
        }
    }

    /** Streams {@code in} to a new temp file; more than {@code maxBytes} is a 413 and leaves nothing behind. */
    public Staged stage(InputStream in, long maxBytes) throws IOException {
        Path tmp = Files.createTempFile(dir, PREFIX, ".part");
        try {
            return append(tmp, in, maxBytes, 0, true);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }

    /**
     * Writes {@code in} into {@code file} at {@code offset}, truncating anything beyond it first; with {@code hash}
     * the SHA-256 of the whole file is computed (on the fly for a fresh file), else the result has none. Used by
     * plain uploads and by the pieces of {@code Content-Range} uploads.
     */
    public Staged append(Path file, InputStream in, long maxBytes, long offset, boolean hash) throws IOException {
        MessageDigest sha = sha256();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.READ)) {
            ch.truncate(offset);
            if (hash) {
                ch.position(0);
                rehash(ch, offset, sha);
            }
            ch.position(offset);
            byte[] buf = new byte[BUFFER];
            long total = offset;
            long flushedAt = offset;
            java.util.concurrent.Future<?> writeback = null;
            Body body = new Body(in);
            int n;
            while ((n = body.fill(buf)) > 0 || body.broke != null) {
                if (n == 0) {
                    throw new BodyInterrupted(body.broke);
                }
                total += n;
                if (total > maxBytes) {
                    throw new ProblemException(413, "file-too-large", "File too large",
                            "The file is larger than the limit of " + maxBytes + " bytes (ARCHIVO_FILES_MAX_BYTES)")
                            .with("limitBytes", maxBytes);
                }
                if (hash) {
                    sha.update(buf, 0, n);
                }
                ByteBuffer bb = ByteBuffer.wrap(buf, 0, n);
                while (bb.hasRemaining()) {
                    ch.write(bb);
                }
                // without this the kernel keeps a large upload in dirty pages (up to 10 % of memory) and the fsync at
                // the end writes it all while the client waits; a write-back in flight overlaps disk and network
                if (body.broke != null) {
                    ch.force(false); // a restartable upload keeps, durably, what arrived before the break
                    throw new BodyInterrupted(body.broke);
                }
                if (total - flushedAt >= WRITEBACK_EVERY && (writeback == null || writeback.isDone())) {
                    flushedAt = total;
                    writeback = WRITEBACK.submit(() -> {
                        ch.force(false);
                        return null;
                    });
                }
            }
            ch.force(true);
            return new Staged(file, hash ? HexFormat.of().formatHex(sha.digest()) : null, total);
        }
    }

    /** The request body, read in large steps; a break is remembered so that the bytes before it are written. */
    private static final class Body {
        private final InputStream in;
        IOException broke;

        Body(InputStream in) {
            this.in = in;
        }

        /** Reads until {@code buf} is full, the stream ends or breaks (bodies arrive in pieces of a few KiB). */
        int fill(byte[] buf) {
            int filled = 0;
            int n;
            try {
                while (filled < buf.length && (n = in.read(buf, filled, buf.length - filled)) > 0) {
                    filled += n;
                }
            } catch (IOException e) {
                broke = e;
            }
            return filled;
        }
    }

    /** The request body broke off (the client disconnected or reset the connection): not a server failure. */
    public static final class BodyInterrupted extends IOException {
        BodyInterrupted(IOException cause) {
            super("the upload's body broke off: " + cause.getMessage(), cause);
        }
    }

    /**
     * Stages a file that is already on disk (a multipart part Quarkus stored): moved into the staging folder when it
     * is on the same file system (no second write), else copied; then hashed in one read.
     */
    public Staged adopt(Path uploaded, long maxBytes) throws IOException {
        long size = Files.size(uploaded);
        if (size > maxBytes) {
            throw new ProblemException(413, "file-too-large", "File too large",
                    "The file is larger than the limit of " + maxBytes + " bytes (ARCHIVO_FILES_MAX_BYTES)")
                    .with("limitBytes", maxBytes);
        }
        Path tmp = Files.createTempFile(dir, PREFIX, ".part");
        try {
            try {
                Files.move(uploaded, tmp, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException otherDisk) {
                try (InputStream in = Files.newInputStream(uploaded)) {
                    return append(tmp, in, maxBytes, 0, true);
                }
            }
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            return hash(tmp);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }

    /** The staged form (with hash) of a complete file in the staging folder. */
    public Staged hash(Path file) throws IOException {
        MessageDigest sha = sha256();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            rehash(ch, size, sha);
            return new Staged(file, HexFormat.of().formatHex(sha.digest()), size);
        }
    }

    private static void rehash(FileChannel ch, long upTo, MessageDigest sha) throws IOException {
        ByteBuffer bb = ByteBuffer.allocate(BUFFER);
        long left = upTo;
        while (left > 0) {
            bb.clear().limit((int) Math.min(BUFFER, left));
            int n = ch.read(bb);
            if (n < 0) {
                break;
            }
            bb.flip();
            sha.update(bb);
            left -= n;
        }
    }

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
