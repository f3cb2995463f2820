package io.archivo.files.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The embedded store: {@code <data>/files/sha256/ab/cd/<hash>}. A staged file is moved into place atomically
 * (same file system as the staging folder) and its directory fsync'ed, so a blob is either whole or absent.
 */
public final class FileSystemBlobStore implements BlobStore {

    private final Path root;

    public FileSystemBlobStore(Path root) throws IOException {
        this.root = Files.createDirectories(root);
    }

    Path path(String sha256) {
        return root.resolve(BlobStore.key(sha256));
    }

    @Override
    public void commit(Staging.Staged staged) throws IOException {
        Path target = path(staged.sha256());
        if (Files.exists(target)) {
            // identical bytes are stored once; touching keeps the orphan collector off a blob being re-attached
            Files.setLastModifiedTime(target, java.nio.file.attribute.FileTime.from(java.time.Instant.now()));
            return;
        }
        Files.createDirectories(target.getParent());
        try {
            Files.move(staged.path(), target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException raced) {
            return;
        } catch (AtomicMoveNotSupportedException e) {
            Path tmp = Files.createTempFile(target.getParent(), ".in-", ".part");
            Files.copy(staged.path(), tmp, StandardCopyOption.REPLACE_EXISTING);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        }
        syncDirectory(target.getParent());
    }

    private static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException ignored) {
            // not every platform can fsync a directory
        }
    }

    @Override
    public boolean exists(String sha256) {
        return Files.isRegularFile(path(sha256));
    }

    @Override
    public long size(String sha256) throws IOException {
        Path p = path(sha256);
        return Files.isRegularFile(p) ? Files.size(p) : -1;
    }

    @Override
    public InputStream open(String sha256, long offset, long length) throws IOException {
        FileChannel ch = FileChannel.open(path(sha256), StandardOpenOption.READ);
        ch.position(offset);
        InputStream in = Channels.newInputStream(ch);
        return length < 0 ? in : new BoundedInputStream(in, length);
    }

    @Override
    public java.util.Optional<Path> localFile(String sha256) {
        Path p = path(sha256);
        return Files.isRegularFile(p) ? java.util.Optional.of(p) : java.util.Optional.empty();
    }

    @Override
    public void delete(String sha256) throws IOException {
        Files.deleteIfExists(path(sha256));
    }

    @Override
    public void forEach(Consumer<Stored> consumer) throws IOException {
        Path base = root.resolve("sha256");
        if (!Files.isDirectory(base)) {
            return;
        }
        try (Stream<Path> files = Files.walk(base)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                String name = p.getFileName().toString();
                if (Files.isRegularFile(p) && name.matches("[0-9a-f]{64}")) {
                    consumer.accept(new Stored(name, Files.getLastModifiedTime(p).toInstant()));
                } else if (Files.isRegularFile(p) && name.startsWith(".in-")) {
                    Files.deleteIfExists(p); // an interrupted non-atomic copy
                }
            }
        }
    }
}
