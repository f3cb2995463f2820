package io.archivo.files.storage;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.function.Consumer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * An S3-compatible object store (AWS S3, MinIO, S3Proxy, …) through AWS SDK v2, so that replicas share the files.
 * Keys are the same content-addressed paths as on disk; an object is written in one PUT of the staged, verified
 * file with its Content-MD5 checked by the server, so it is whole or absent.
 */
public final class S3BlobStore implements BlobStore, AutoCloseable {

    private final S3Client s3;
    private final String bucket;
    private final String prefix;

    public S3BlobStore(S3Client s3, String bucket, String prefix) {
        this.s3 = s3;
        this.bucket = bucket;
        this.prefix = prefix == null || prefix.isBlank() ? "" : prefix.endsWith("/") ? prefix : prefix + "/";
    }

    /** A client for the given endpoint (null: AWS), region, addressing and credentials (null: default chain). */
    public static S3Client client(String endpoint, String region, boolean pathStyle, String accessKey, String secretKey) {
        S3ClientBuilder b = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(Region.of(region))
                .forcePathStyle(pathStyle)
                // checksums only where the API requires them: the SDK's default (aws-chunked bodies with a trailing
                // checksum) is not implemented by every S3-compatible store; the PUT carries a Content-MD5 instead
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .credentialsProvider(accessKey != null && secretKey != null
                        ? StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey))
                        : DefaultCredentialsProvider.builder().build());
        if (endpoint != null && !endpoint.isBlank()) {
            b.endpointOverride(URI.create(endpoint));
        }
        return b.build();
    }

    private String key(String sha256) {
        return prefix + BlobStore.key(sha256);
    }

    @Override
    public void commit(Staging.Staged staged) throws IOException {
        if (exists(staged.sha256())) {
            return;
        }
        try {
            s3.putObject(PutObjectRequest.builder().bucket(bucket).key(key(staged.sha256()))
                    .contentLength(staged.size())
                    .contentMD5(md5(staged.path()))
                    .build(), RequestBody.fromFile(staged.path()));
        } catch (S3Exception e) {
            throw new IOException("S3 PUT of " + staged.sha256() + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Content-MD5 of the staged bytes: every S3-compatible store verifies it (S3Proxy answers 501 to
     * {@code x-amz-checksum-sha256}), so a body damaged on the way is refused rather than stored under its hash.
     */
    private static String md5(java.nio.file.Path file) throws IOException {
        try (InputStream in = java.nio.file.Files.newInputStream(file)) {
            java.security.MessageDigest md5 = java.security.MessageDigest.getInstance("MD5");
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                md5.update(buf, 0, n);
            }
            return java.util.Base64.getEncoder().encodeToString(md5.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean exists(String sha256) throws IOException {
        return size(sha256) >= 0;
    }

    @Override
    public long size(String sha256) throws IOException {
        try {
            return s3.headObject(HeadObjectRequest.builder().bucket(bucket).key(key(sha256)).build()).contentLength();
        } catch (NoSuchKeyException e) {
            return -1;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return -1;
            }
            throw new IOException("S3 HEAD failed: " + e.getMessage(), e);
        }
    }

    @Override
    public InputStream open(String sha256, long offset, long length) throws IOException {
        GetObjectRequest.Builder get = GetObjectRequest.builder().bucket(bucket).key(key(sha256));
        if (offset > 0 || length >= 0) {
            get.range("bytes=" + offset + "-" + (length >= 0 ? String.valueOf(offset + length - 1) : ""));
        }
        try {
            return s3.getObject(get.build());
        } catch (S3Exception e) {
            throw new IOException("S3 GET failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void delete(String sha256) throws IOException {
        try {
            s3.deleteObject(b -> b.bucket(bucket).key(key(sha256)));
        } catch (S3Exception e) {
            throw new IOException("S3 DELETE failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void forEach(Consumer<Stored> consumer) throws IOException {
        try {
            s3.listObjectsV2Paginator(ListObjectsV2Request.builder().bucket(bucket).prefix(prefix + "sha256/").build())
                    .contents().forEach(o -> {
                        String name = o.key().substring(o.key().lastIndexOf('/') + 1);
                        if (name.matches("[0-9a-f]{64}")) {
                            consumer.accept(new Stored(name, o.lastModified()));
                        }
                    });
        } catch (S3Exception e) {
            throw new IOException("S3 LIST failed: " + e.getMessage(), e);
        }
    }

    /** Creates the bucket when it does not exist (embedded and test set-ups). */
    public void ensureBucket() {
        try {
            s3.headBucket(b -> b.bucket(bucket));
        } catch (S3Exception e) {
            s3.createBucket(b -> b.bucket(bucket));
        }
    }

    @Override
    public void close() {
        s3.close();
    }
}
