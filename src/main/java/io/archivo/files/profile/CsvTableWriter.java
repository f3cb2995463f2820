package io.archivo.files.profile;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * UTF-8 RFC 4180 CSV (commas, CRLF, quotes where needed, no BOM). Rows keep their cells as they were (a short row
 * stays short), except that decimal commas of numeric columns become points, so the file reads as numbers anywhere.
 */
public final class CsvTableWriter implements TableWriter {

    private static final Pattern COMMA_NUMBER = Pattern.compile("[-+]?(\\d+,?\\d*|,\\d+)");

    private final CSVPrinter printer;
    private final Set<Integer> decimalCommaColumns;
    private boolean header = true;

    /** {@code decimalCommaColumns}: the 0-based numeric columns whose decimal commas become points. */
    public CsvTableWriter(Path out, Set<Integer> decimalCommaColumns) throws IOException {
        this.printer = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out),
                StandardCharsets.UTF_8), 1 << 16), CSVFormat.RFC4180);
        this.decimalCommaColumns = decimalCommaColumns;
    }

    @Override
    public void row(long line, List<String> cells) throws IOException {
        if (header) {
            header = false;
        } else {
            for (int i : decimalCommaColumns) {
                if (i < cells.size() && COMMA_NUMBER.matcher(cells.get(i).strip()).matches()) {
                    cells.set(i, cells.get(i).strip().replace(',', '.'));
                }
            }
        }
        printer.printRecord(cells);
    }

    @Override
    public void close() throws IOException {
        printer.close();
    }
}
