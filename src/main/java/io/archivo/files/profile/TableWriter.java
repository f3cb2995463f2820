package io.archivo.files.profile;

import java.io.Closeable;

/**
 * Writes the rows of a table (header first, as a {@link RowSink} receives them) in a reusable format; closing it
 * completes the file. One per conversion: {@link CsvTableWriter}, {@link ParquetTableWriter}.
 */
public interface TableWriter extends RowSink, Closeable {
}
