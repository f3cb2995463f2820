package io.archivo.files.profile;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.List;

/**
 * A streaming RFC 4180 reader that is lenient where real exports are not (a quote inside an unquoted field is
 * kept, an unclosed quote ends at the end of the file) and says where: every row comes with the physical line it
 * starts on, so bad rows can be reported by line number. Blank lines are skipped. Undecodable bytes become U+FFFD
 * and are counted by the caller.
 */
public final class CsvReader {

    private static final int BUFFER = 1 << 16;
    private final Reader in;
    private final char delimiter;
    private final char[] buf = new char[BUFFER];
    private int pos;
    private int len;
    private long line = 1;
    private Long unclosedQuoteLine;

    public CsvReader(InputStream bytes, CsvDialect dialect) throws IOException {
        if (dialect.bom()) {
            bytes.skipNBytes(3);
        }
        this.in = new InputStreamReader(bytes, dialect.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
        this.delimiter = dialect.delimiter();
    }

    /** The line of a quote that was still open at the end of the file, or null. */
    public Long unclosedQuoteLine() {
        return unclosedQuoteLine;
    }

    public void read(RowSink sink) throws IOException {
        List<String> cells = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean inQuotes = false;
        boolean any = false;
        long start = line;
        int c;
        while ((c = next()) >= 0) {
            if (inQuotes) {
                if (c == '"') {
                    if (peek() == '"') {
                        next();
                        field.append('"');
                    } else {
                        inQuotes = false;
                    }
                } else {
                    if (c == '\n' || c == '\r' && peek() != '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
            } else if (c == delimiter) {
                cells.add(field.toString());
                field.setLength(0);
                quoted = false;
                any = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && peek() == '\n') {
                    next();
                }
                if (any || field.length() > 0 || quoted) {
                    cells.add(field.toString());
                    sink.row(start, cells);
                    cells = new ArrayList<>(cells.size());
                }
                field.setLength(0);
                quoted = false;
                any = false;
                line++;
                start = line;
            } else if (c == '"' && field.length() == 0 && !quoted) {
                inQuotes = true;
                quoted = true;
            } else {
                field.append((char) c);
            }
        }
        if (inQuotes) {
            unclosedQuoteLine = start;
        }
        if (any || field.length() > 0 || quoted) {
            cells.add(field.toString());
            sink.row(start, cells);
        }
    }

    private int next() throws IOException {
        if (pos == len && !fill()) {
            return -1;
        }
        return buf[pos++];
    }

    private int peek() throws IOException {
        if (pos == len && !fill()) {
            return -1;
        }
        return buf[pos];
    }

    private boolean fill() throws IOException {
        len = in.read(buf, 0, BUFFER);
        pos = 0;
        if (len <= 0) {
            len = 0;
            return false;
        }
        return true;
    }
}
