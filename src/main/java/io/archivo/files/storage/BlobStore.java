package io.archivo.files.storage;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * Where the bytes of data files live, addressed by their SHA-256 (identical bytes are stored once). Every upload
 * is first staged locally ({@link Staging}), checked, and then {@link #commit committed}: a blob exists in the
 * store only whole and verified.
 */
public interface BlobStore {

    /** Makes the staged bytes durable under their hash (idempotent: existing identical bytes are kept). */
    void commit(Staging.Staged staged) throws IOException;

    boolean exists(String sha256) throws IOException;

    /** The stored size in bytes, or -1 when the blob is absent. */
    long size(String sha256) throws IOException;

    /** The bytes from {@code offset} on ({@code length} bytes, or to the end when negative). */
    InputStream open(String sha256, long offset, long length) throws IOException;

    void delete(String sha256) throws IOException;

    /**
     * The blob as a local file, when the store keeps it on this machine's file system (the folder store), so that
     * a download can be sent with zero copy ({@code sendfile}); empty for remote stores, which are streamed.
     */
    default java.util.Optional<java.nio.file.Path> localFile(String sha256) {
        return java.util.Optional.empty();
    }

    /** Every stored hash with its last-modified time (for the orphan collector). */
    void forEach(Consumer<Stored> consumer) throws IOException;

    record Stored(String sha256, Instant modified) {
    }

    /** The content-addressed key of a hash: {@code sha256/ab/cd/abcd…}. */
    static String key(String sha256) {
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return "sha256/" + sha256.substring(0, 2) + "/" + sha256.substring(2, 4) + "/" + sha256;
    }
}
