package io.archivo.files.storage;

import io.archivo.common.config.ArchivoConfig;
import io.archivo.files.FilesConfig;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The configured store ({@code archivo.files.storage}: {@code filesystem} or {@code s3}) and the local staging
 * folder every upload lands in first ({@code <data>/files/tmp}).
 */
@ApplicationScoped
public class FileStorage {

    private final Staging staging;
    private final BlobStore store;

    FileStorage(ArchivoConfig archivo, FilesConfig config) {
        Path root = archivo.dataDir().resolve("files");
        try {
            this.staging = new Staging(root.resolve("tmp"));
            if ("s3".equalsIgnoreCase(config.storage())) {
                FilesConfig.S3 s3 = config.s3();
                S3BlobStore s3store = new S3BlobStore(S3BlobStore.client(s3.endpoint().orElse(null), s3.region(),
                        s3.pathStyle(), s3.accessKey().orElse(null), s3.secretKey().orElse(null)), s3.bucket(),
                        s3.prefix().orElse(""));
                s3store.ensureBucket();
                this.store = s3store;
            } else if ("filesystem".equalsIgnoreCase(config.storage())) {
                this.store = new FileSystemBlobStore(root);
            } else {
                throw new IllegalArgumentException("archivo.files.storage must be filesystem or s3, not '"
                        + config.storage() + "'");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Staging staging() {
        return staging;
    }

    public BlobStore store() {
        return store;
    }

    @PreDestroy
    void close() throws Exception {
        if (store instanceof AutoCloseable c) {
            c.close();
        }
    }
}
