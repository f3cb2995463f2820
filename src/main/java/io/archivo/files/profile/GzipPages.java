package io.archivo.files.profile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * Parquet's GZIP page codec with the JDK's zlib. parquet-java's own codec factory builds every codec (GZIP,
 * Snappy, ZSTD, …) through a Hadoop {@code Configuration}, which needs the XML parser shaded into
 * hadoop-client-runtime (another 30 MB); GZIP is in every Parquet reader and the JDK has it.
 */
public final class GzipPages implements CompressionCodecFactory {

    @Override
    public BytesInputCompressor getCompressor(CompressionCodecName codec) {
        require(codec);
        return new BytesInputCompressor() {
            @Override
            public BytesInput compress(BytesInput bytes) throws IOException {
                ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.max(64, bytes.size() / 4));
                try (GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16)) {
                    bytes.writeAllTo(gz);
                }
                return BytesInput.from(out.toByteArray());
            }

            @Override
            public CompressionCodecName getCodecName() {
                return CompressionCodecName.GZIP;
            }

            @Override
            public void release() {
            }
        };
    }

    @Override
    public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
        require(codec);
        return new BytesInputDecompressor() {
            @Override
            public BytesInput decompress(BytesInput bytes, int uncompressedSize) throws IOException {
                try (InputStream in = new GZIPInputStream(bytes.toInputStream(), 1 << 16)) {
                    return BytesInput.from(in.readNBytes(uncompressedSize));
                }
            }

            @Override
            public void decompress(ByteBuffer input, int compressedSize, ByteBuffer output, int uncompressedSize)
                    throws IOException {
                byte[] compressed = new byte[compressedSize];
                input.get(compressed);
                output.put(decompress(BytesInput.from(compressed), uncompressedSize).toByteArray());
            }

            @Override
            public void release() {
            }
        };
    }

    private static void require(CompressionCodecName codec) {
        if (codec != CompressionCodecName.GZIP) {
            throw new IllegalArgumentException("only GZIP pages are written and read here, not " + codec);
        }
    }

    @Override
    public void release() {
    }
}
