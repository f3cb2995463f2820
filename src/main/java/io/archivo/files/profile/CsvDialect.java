package io.archivo.files.profile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How a CSV file is written, guessed from its first {@value #SAMPLE} bytes: the encoding (a BOM, else valid UTF-8,
 * else Windows-1252 when it uses the bytes 0x80–0x9F that Latin-1 leaves to control codes, else ISO-8859-1), the
 * delimiter (the candidate that splits the sample lines most consistently) and the decimal separator (a comma when
 * numbers like {@code 35,5} appear and the delimiter is not a comma) — the shape of the Latin-1, semicolon,
 * decimal-comma exports of Colombian offices.
 */
public record CsvDialect(Charset charset, boolean bom, char delimiter, boolean decimalComma) {

    static final int SAMPLE = 1 << 16;
    private static final char[] CANDIDATES = {',', ';', '\t', '|'};
    private static final int SAMPLE_LINES = 50;
    private static final Pattern COMMA_NUMBER = Pattern.compile("[-+]?\\d+,\\d+");
    private static final Pattern POINT_NUMBER = Pattern.compile("[-+]?\\d+\\.\\d+");
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    public static CsvDialect detect(InputStream in) throws IOException {
        byte[] b = in.readNBytes(SAMPLE);
        boolean bom = b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
        Charset cs = bom || validUtf8(b) ? StandardCharsets.UTF_8 : usesC1(b) ? WINDOWS_1252 : StandardCharsets.ISO_8859_1;
        String text = new String(b, bom ? 3 : 0, b.length - (bom ? 3 : 0), cs);
        String[] lines = text.split("\r\n|\n|\r", -1);
        // the last line of a cut sample is incomplete unless the whole file fitted
        int usable = Math.min(SAMPLE_LINES, b.length == SAMPLE && lines.length > 1 ? lines.length - 1 : lines.length);
        char delimiter = delimiter(lines, usable);
        return new CsvDialect(cs, bom, delimiter, delimiter != ',' && decimalComma(lines, usable, delimiter));
    }

    public String encodingName() {
        return charset.equals(WINDOWS_1252) ? "windows-1252" : charset.name();
    }

    private static boolean validUtf8(byte[] b) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate(b.length + 1);
        // endOfInput=false: a character cut by the end of the sample is not an error
        CoderResult r = d.decode(ByteBuffer.wrap(b), out, false);
        return !r.isError();
    }

    private static boolean usesC1(byte[] b) {
        for (byte x : b) {
            int c = x & 0xFF;
            if (c >= 0x80 && c <= 0x9F) {
                return true;
            }
        }
        return false;
    }

    /** The candidate whose count per line is the same on most lines (ties: the larger count); ',' when none. */
    private static char delimiter(String[] lines, int usable) {
        char best = ',';
        int bestLines = 0;
        int bestCount = 0;
        for (char c : CANDIDATES) {
            Map<Integer, Integer> counts = new HashMap<>();
            for (int i = 0; i < usable; i++) {
                if (!lines[i].isEmpty()) {
                    counts.merge(countOutsideQuotes(lines[i], c), 1, Integer::sum);
                }
            }
            for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
                if (e.getKey() > 0 && (e.getValue() > bestLines || e.getValue() == bestLines && e.getKey() > bestCount)) {
                    best = c;
                    bestLines = e.getValue();
                    bestCount = e.getKey();
                }
            }
        }
        return best;
    }

    private static int countOutsideQuotes(String line, char c) {
        int n = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char x = line.charAt(i);
            if (x == '"') {
                quoted = !quoted;
            } else if (x == c && !quoted) {
                n++;
            }
        }
        return n;
    }

    private static boolean decimalComma(String[] lines, int usable, char delimiter) {
        int commas = 0;
        int points = 0;
        for (int i = 1; i < usable; i++) {
            for (String cell : lines[i].split(Pattern.quote(String.valueOf(delimiter)), -1)) {
                String v = cell.strip();
                if (v.length() > 1 && v.startsWith("\"") && v.endsWith("\"")) {
                    v = v.substring(1, v.length() - 1).strip();
                }
                if (COMMA_NUMBER.matcher(v).matches()) {
                    commas++;
                } else if (POINT_NUMBER.matcher(v).matches()) {
                    points++;
                }
            }
        }
        return commas > 0 && commas >= points;
    }
}
