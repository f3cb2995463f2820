package io.archivo.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import io.archivo.files.profile.GzipPages;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.api.ReadSupport;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;

/**
 * A downloaded Parquet file read back with parquet-java's own reader (footer, schema and every record); GZIP pages
 * are inflated by the JDK, as the service writes them (without Hadoop's configuration classes).
 */
record ParquetTable(MessageType schema, long rowCount, List<Group> rows) {

    static ParquetTable read(byte[] bytes) throws IOException {
        Path file = Files.createTempFile("download-", ".parquet");
        try {
            Files.write(file, bytes);
            InputFile in = new LocalInputFile(file);
            MessageType schema;
            long count;
            try (ParquetFileReader footer = ParquetFileReader.open(in, ParquetReadOptions.builder(
                    new PlainParquetConfiguration()).withCodecFactory(new GzipPages()).build())) {
                schema = footer.getFileMetaData().getSchema();
                count = footer.getRecordCount();
            }
            List<Group> rows = new ArrayList<>();
            try (ParquetReader<Group> reader = new ParquetReader.Builder<Group>(in, new PlainParquetConfiguration()) {
                @Override
                protected ReadSupport<Group> getReadSupport() {
                    return new GroupReadSupport();
                }
            }.withCodecFactory(new GzipPages()).build()) {
                for (Group g; (g = reader.read()) != null; ) {
                    rows.add(g);
                }
            }
            return new ParquetTable(schema, count, rows);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    List<String> names() {
        return schema.getFields().stream().map(Type::getName).toList();
    }

    List<String> types() {
        return schema.getFields().stream().map(f -> f.asPrimitiveType().getPrimitiveTypeName().name()).toList();
    }
}
