package io.archivo.files.profile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Profiles a CSV or XLSX file in one streaming pass with memory bounded per column (see {@link ColumnStats}):
 * rows whose cell count differs from the header's are profiled anyway and reported with their line numbers.
 */
public final class TableProfiler {

    /** Columns profiled; wider tables are profiled on their first ones and say so. */
    static final int MAX_COLUMNS = 2000;
    /** Line numbers kept per finding (the count is always complete). */
    static final int MAX_LINES = 100;

    private TableProfiler() {
    }

    public static TableProfile csv(Path file) throws IOException {
        CsvDialect dialect;
        try (InputStream in = Files.newInputStream(file)) {
            dialect = CsvDialect.detect(in);
        }
        Accumulator acc = new Accumulator(dialect.decimalComma());
        CsvReader reader;
        try (InputStream in = Files.newInputStream(file)) {
            reader = new CsvReader(in, dialect);
            reader.read(acc);
        }
        if (reader.unclosedQuoteLine() != null) {
            acc.findings.add(new TableProfile.Finding("unclosed-quote", "A quoted field opened on line "
                    + reader.unclosedQuoteLine() + " is never closed; it runs to the end of the file", 1L,
                    List.of(reader.unclosedQuoteLine())));
        }
        return acc.result("csv", dialect.encodingName(), String.valueOf(dialect.delimiter()),
                dialect.decimalComma() ? "," : ".", null);
    }

    public static TableProfile xlsx(Path file, long maxExpandedBytes) throws IOException {
        XlsxReader reader = new XlsxReader(maxExpandedBytes);
        Accumulator acc = new Accumulator(false);
        reader.read(file, acc);
        if (!reader.otherSheets().isEmpty()) {
            acc.findings.add(TableProfile.Finding.of("other-sheets", "Only the first sheet ('" + reader.sheetName()
                    + "') is profiled; the workbook also has " + String.join(", ", reader.otherSheets())));
        }
        return acc.result("xlsx", null, null, null, reader.sheetName());
    }

    /** Collects the statistics of every column and the row-level findings. */
    static final class Accumulator implements RowSink {
        private final boolean decimalComma;
        private final List<ColumnStats> columns = new ArrayList<>();
        private final List<TableProfile.Finding> findings = new ArrayList<>();
        private int width = -1;
        private long rows;
        private long badRows;
        private final List<Long> badLines = new ArrayList<>();
        private long replaced;
        private final List<Long> replacedLines = new ArrayList<>();

        Accumulator(boolean decimalComma) {
            this.decimalComma = decimalComma;
        }

        @Override
        public void row(long line, List<String> cells) {
            if (hasReplacement(cells)) {
                replaced++;
                if (replacedLines.size() < MAX_LINES) {
                    replacedLines.add(line);
                }
            }
            if (width < 0) {
                header(cells);
                return;
            }
            rows++;
            if (cells.size() != width) {
                badRows++;
                if (badLines.size() < MAX_LINES) {
                    badLines.add(line);
                }
            }
            for (int i = 0; i < columns.size(); i++) {
                columns.get(i).add(i < cells.size() ? cells.get(i) : null);
            }
        }

        private void header(List<String> cells) {
            width = cells.size();
            Set<String> seen = new HashSet<>();
            List<String> duplicates = new ArrayList<>();
            int blank = 0;
            for (int i = 0; i < Math.min(width, MAX_COLUMNS); i++) {
                String name = cells.get(i).strip();
                if (name.isEmpty()) {
                    name = "column_" + (i + 1);
                    blank++;
                }
                if (!seen.add(name)) {
                    duplicates.add(name);
                }
                columns.add(new ColumnStats(i + 1, name, decimalComma));
            }
            if (blank > 0) {
                findings.add(TableProfile.Finding.of("unnamed-columns", blank
                        + " header cell(s) are empty; those columns are called column_N"));
            }
            if (!duplicates.isEmpty()) {
                findings.add(TableProfile.Finding.of("duplicate-column-names", "Column names appear more than once: "
                        + String.join(", ", duplicates)));
            }
            if (width > MAX_COLUMNS) {
                findings.add(TableProfile.Finding.of("too-many-columns", "The table has " + width
                        + " columns; the first " + MAX_COLUMNS + " are profiled"));
            }
        }

        private static boolean hasReplacement(List<String> cells) {
            for (String c : cells) {
                if (c.indexOf('\uFFFD') >= 0) {
                    return true;
                }
            }
            return false;
        }

        TableProfile result(String format, String encoding, String delimiter, String decimal, String sheet) {
            List<TableProfile.Finding> out = new ArrayList<>();
            if (width < 0) {
                out.add(TableProfile.Finding.of("no-header", "The table has no rows at all"));
            } else if (rows == 0) {
                out.add(TableProfile.Finding.of("no-rows", "The table has a header and no data rows"));
            }
            if (badRows > 0) {
                out.add(new TableProfile.Finding("inconsistent-columns", badRows + " row(s) do not have the "
                        + width + " cells of the header; missing cells count as missing, extra cells are ignored",
                        badRows, List.copyOf(badLines)));
            }
            if (replaced > 0) {
                out.add(new TableProfile.Finding("undecodable-bytes", replaced + " row(s) have bytes that are not "
                        + encoding + "; they were read as U+FFFD", replaced, List.copyOf(replacedLines)));
            }
            out.addAll(findings);
            return new TableProfile(format, encoding, delimiter, decimal, sheet, rows,
                    columns.stream().map(ColumnStats::result).toList(), out);
        }
    }
}
