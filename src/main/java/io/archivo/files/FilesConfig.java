package io.archivo.files;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Settings of the data files ({@code archivo.files.*}, e.g. {@code ARCHIVO_FILES_MAX_BYTES}); docs/files.md. */
@ConfigMapping(prefix = "archivo.files")
public interface FilesConfig {

    /** Largest data file, in bytes (a single request is further bounded by quarkus.http.limits.max-body-size). */
    @WithDefault("2147483648")
    long maxBytes();

    /** The licence a file gets when the upload names none. */
    @WithDefault("CC BY 4.0")
    String defaultLicence();

    /** {@code filesystem} (a content-addressed folder under the data directory) or {@code s3}. */
    @WithDefault("filesystem")
    String storage();

    /**
     * Start-up garbage collection deletes stored bytes without a row only when older than this, so that an upload
     * of another replica sharing the store, between storing its bytes and committing its row, is left alone.
     */
    @WithDefault("PT1H")
    Duration orphanGrace();

    /** Largest total a spreadsheet (a ZIP) may declare it expands to; bigger ones are refused before expansion. */
    @WithDefault("536870912")
    long maxExpandedBytes();

    /** Largest expansion ratio of any spreadsheet part (zip bombs compress far better than real sheets). */
    @WithDefault("100")
    int maxCompressionRatio();

    S3 s3();

    interface S3 {
        /** e.g. {@code https://s3.eu-west-1.amazonaws.com} or a MinIO / S3Proxy URL; AWS's default when absent. */
        Optional<String> endpoint();

        @WithDefault("archivo-files")
        String bucket();

        @WithDefault("us-east-1")
        String region();

        /** Path-style addressing (MinIO, S3Proxy, most self-hosted stores). */
        @WithDefault("true")
        boolean pathStyle();

        /** Static credentials; without them the AWS default chain (environment, profile, instance role) is used. */
        Optional<String> accessKey();

        Optional<String> secretKey();

        /** Key prefix inside the bucket. */
        @WithDefault("")
        Optional<String> prefix();
    }
}
