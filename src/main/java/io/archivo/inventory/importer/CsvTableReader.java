package io.archivo.inventory.importer;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV inventory as Excel in Spanish writes it, as well as plain RFC 4180: UTF-8 with or without BOM (or
 * Windows-1252, which "CSV (delimitado por comas)" uses), and {@code ;}, {@code ,} or tab as separator, chosen
 * from the header line.
 */
public final class CsvTableReader {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CsvTableReader() {
    }

    public static SheetTable read(byte[] content) throws IOException {
        String text = decode(content);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separatorOf(text)).setIgnoreEmptyLines(true).get();
        List<String> headers = List.of();
        List<SheetRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            boolean first = true;
            for (CSVRecord record : parser) {
                List<String> cells = record.toList();
                if (first) {
                    headers = cells;
                    first = false;
                } else if (!allBlank(cells)) {
                    // record numbers count the header as 1, like the row numbers of a spreadsheet
                    rows.add(new SheetRow((int) record.getRecordNumber(), cells));
                }
            }
        } catch (java.io.UncheckedIOException | IllegalStateException e) {
            throw new IOException("CSV mal formado: " + e.getMessage(), e);
        }
        return new SheetTable(headers, rows);
    }

    private static String decode(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(content, WINDOWS_1252);
        }
    }

    /** The most frequent candidate separator on the first line, outside quotes; comma when there is none. */
    static char separatorOf(String text) {
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == '\t') {
                tabs++;
            }
        }
        if (semicolons >= commas && semicolons >= tabs && semicolons > 0) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }

    private static boolean allBlank(List<String> cells) {
        return cells.stream().allMatch(String::isBlank);
    }
}
