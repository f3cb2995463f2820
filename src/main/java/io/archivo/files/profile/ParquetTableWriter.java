package io.archivo.files.profile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;

/**
 * A table as Apache Parquet, typed by its profile: {@code integer} columns as INT64, {@code decimal} as DOUBLE (a
 * decimal comma read as a point), every other column as a UTF-8 string with the cell as it was; a missing value
 * (an absent cell, blank, {@code NA}, {@code NULL}, … as the profile counts them) is null. Columns are named as in
 * the profile (blank headers {@code column_N}; a repeated name gets {@code _2}, {@code _3}: Parquet readers look
 * columns up by name). Written with parquet-java through {@link LocalOutputFile} and a plain configuration, so no
 * Hadoop installation or file system is involved; GZIP pages ({@link GzipPages}), which every Parquet reader
 * decodes and the JDK compresses without native libraries.
 */
public final class ParquetTableWriter implements TableWriter {

    /** Rows buffered per row group before they are written: bounds the memory of one conversion. */
    private static final long ROW_GROUP_BYTES = 32L << 20;

    /** A value of a numeric column that does not read as its type; the conversion retries with it as text. */
    public static final class NotNumeric extends IOException {
        private final int column;

        NotNumeric(int column, String name, String value) {
            super("column '" + name + "' has the non-numeric value '" + value + "'");
            this.column = column;
        }

        /** The 0-based column. */
        public int column() {
            return column;
        }
    }

    private final Path out;
    private final List<TableProfile.Column> profiled;
    private final boolean decimalComma;
    private final Set<Integer> asText;
    private ParquetWriter<List<String>> writer;

    /**
     * @param profile      the table's profile (types and names of its first 2,000 columns; wider ones are text)
     * @param decimalComma whether the file writes decimals with a comma
     * @param asText       0-based columns to write as text whatever their profile says
     */
    public ParquetTableWriter(Path out, TableProfile profile, boolean decimalComma, Set<Integer> asText) {
        this.out = out;
        this.profiled = profile.columns();
        this.decimalComma = decimalComma;
        this.asText = asText;
    }

    @Override
    public void row(long line, List<String> cells) throws IOException {
        if (writer == null) {
            writer = open(columns(cells));
        } else {
            try {
                writer.write(cells);
            } catch (NotNumericUnchecked e) {
                throw (NotNumeric) e.getCause();
            }
        }
    }

    private enum Kind { INT64, DOUBLE, STRING }

    private record Col(String name, Kind kind) {
    }

    /** The columns from the header row, typed and named by the profile where it has them. */
    private List<Col> columns(List<String> header) {
        List<Col> cols = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < header.size(); i++) {
            TableProfile.Column p = i < profiled.size() ? profiled.get(i) : null;
            String name = p != null ? p.name() : header.get(i).strip();
            if (name.isEmpty()) {
                name = "column_" + (i + 1);
            }
            String unique = name;
            for (int n = 2; !names.add(unique); n++) {
                unique = name + "_" + n;
            }
            Kind kind = p == null || asText.contains(i) ? Kind.STRING
                    : "integer".equals(p.type()) ? Kind.INT64
                    : "decimal".equals(p.type()) ? Kind.DOUBLE : Kind.STRING;
            cols.add(new Col(unique, kind));
        }
        return cols;
    }

    private ParquetWriter<List<String>> open(List<Col> cols) throws IOException {
        Types.MessageTypeBuilder schema = Types.buildMessage();
        for (Col c : cols) {
            switch (c.kind()) {
                case INT64 -> schema.optional(PrimitiveTypeName.INT64).named(c.name());
                case DOUBLE -> schema.optional(PrimitiveTypeName.DOUBLE).named(c.name());
                case STRING -> schema.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType())
                        .named(c.name());
            }
        }
        return new Builder(new LocalOutputFile(out), new Rows(schema.named("table"), cols, decimalComma))
                .withConf(new PlainParquetConfiguration())
                .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                .withCodecFactory(new GzipPages())
                .withCompressionCodec(CompressionCodecName.GZIP)
                .withRowGroupSize(ROW_GROUP_BYTES)
                .build();
    }

    @Override
    public void close() throws IOException {
        if (writer == null) {
            throw new IOException("the table has no header row: there are no columns to write");
        }
        writer.close();
    }

    /** Hands each row's cells to Parquet's record consumer, column by column. */
    private static final class Rows extends WriteSupport<List<String>> {
        private final MessageType schema;
        private final List<Col> cols;
        private final boolean decimalComma;
        private RecordConsumer consumer;

        Rows(MessageType schema, List<Col> cols, boolean decimalComma) {
            this.schema = schema;
            this.cols = cols;
            this.decimalComma = decimalComma;
        }

        @Override
        public WriteContext init(Configuration configuration) {
            return new WriteContext(schema, Map.of());
        }

        @Override
        public WriteContext init(ParquetConfiguration configuration) {
            return new WriteContext(schema, Map.of());
        }

        @Override
        public void prepareForWrite(RecordConsumer recordConsumer) {
            this.consumer = recordConsumer;
        }

        @Override
        public void write(List<String> cells) {
            // values are parsed before the record starts: a NotNumeric must not leave a half-written record
            Object[] values = new Object[cols.size()];
            for (int i = 0; i < values.length && i < cells.size(); i++) {
                values[i] = value(i, cells.get(i));
            }
            consumer.startMessage();
            for (int i = 0; i < values.length; i++) {
                if (values[i] == null) {
                    continue;
                }
                consumer.startField(cols.get(i).name(), i);
                if (values[i] instanceof Long l) {
                    consumer.addLong(l);
                } else if (values[i] instanceof Double d) {
                    consumer.addDouble(d);
                } else {
                    consumer.addBinary(Binary.fromString((String) values[i]));
                }
                consumer.endField(cols.get(i).name(), i);
            }
            consumer.endMessage();
        }

        private Object value(int i, String cell) {
            if (ColumnStats.isMissing(cell)) {
                return null;
            }
            Col c = cols.get(i);
            try {
                return switch (c.kind()) {
                    case INT64 -> Long.parseLong(cell.strip());
                    case DOUBLE -> Double.parseDouble(decimalComma ? cell.strip().replace(',', '.') : cell.strip());
                    case STRING -> cell;
                };
            } catch (NumberFormatException e) {
                throw new NotNumericUnchecked(new NotNumeric(i, c.name(), cell));
            }
        }
    }

    /** Carries a {@link NotNumeric} through {@link ParquetWriter#write}, whose signature allows only IOException. */
    private static final class NotNumericUnchecked extends RuntimeException {
        NotNumericUnchecked(NotNumeric cause) {
            super(cause);
        }
    }

    private static final class Builder extends ParquetWriter.Builder<List<String>, Builder> {
        private final Rows rows;

        Builder(OutputFile file, Rows rows) {
            super(file);
            this.rows = rows;
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        protected WriteSupport<List<String>> getWriteSupport(Configuration conf) {
            return rows;
        }

        @Override
        protected WriteSupport<List<String>> getWriteSupport(ParquetConfiguration conf) {
            return rows;
        }
    }
}
