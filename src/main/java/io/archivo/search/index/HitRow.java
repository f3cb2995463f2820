package io.archivo.search.index;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.UnicodeUtil;

/**
 * What a hit shows (ids, title, department, years …) and the text its snippets are cut from, kept as one binary doc
 * value per document ({@link #FIELD}). Stored fields kept these before: each study document sits in a compressed
 * block among its variables' documents, so showing a page decompressed a block per hit, about a fifth of an uncached
 * search's CPU. Binary doc values are not compressed: reading a row is one seek and one copy.
 * <p>
 * A row is a sequence of (field code byte, text) entries up to its end; a field may repeat (keywords, category labels). The codes are
 * positions in {@link #CODED}, written into the index: changing that list needs a new
 * {@link LuceneIndex#SCHEMA_VERSION}.
 */
public final class HitRow {

    /** The binary doc values field holding each document's row. */
    public static final String FIELD = "hitRow";

    /** Fields a row may hold, by code (their position). Append only, and bump the schema when you do. */
    private static final List<String> CODED = codedFields();
    private static final Map<String, Integer> CODES = codes();

    // one entry per (field, value): where its UTF-8 text lies in the row; decoded only when asked for, since a hit
    // uses a few of its row's values (the title, and the snippet text of the fields its query has words for)
    private final BytesRef row;
    private final byte[] codes;
    private final int[] starts;
    private final int[] lengths;
    private final int size;

    private HitRow(BytesRef row, byte[] codes, int[] starts, int[] lengths, int size) {
        this.row = row;
        this.codes = codes;
        this.starts = starts;
        this.lengths = lengths;
        this.size = size;
    }

    /** The first value of {@code field}, or null. */
    public String get(String field) {
        int code = code(field);
        for (int i = 0; i < size; i++) {
            if ((codes[i] & 0xff) == code) {
                return text(i);
            }
        }
        return null;
    }

    /** Every value of {@code field} in the order it was added; empty when none. */
    public List<String> values(String field) {
        int code = code(field);
        List<String> out = null;
        for (int i = 0; i < size; i++) {
            if ((codes[i] & 0xff) == code) {
                if (out == null) {
                    out = new ArrayList<>(2);
                }
                out.add(text(i));
            }
        }
        return out == null ? List.of() : out;
    }

    private String text(int entry) {
        return new String(row.bytes, starts[entry], lengths[entry], StandardCharsets.UTF_8);
    }

    /** The first value of {@code field} as an integer, or null. */
    public Integer integer(String field) {
        String value = get(field);
        return value == null ? null : Integer.valueOf(value);
    }

    /**
     * Reads a row written by {@link Builder}. Its values are decoded from {@code bytes} when asked for, so the row is
     * only valid while {@code bytes} is: until the doc values it came from move to another document.
     */
    public static HitRow read(BytesRef bytes) {
        byte[] codes = new byte[16];
        int[] starts = new int[16];
        int[] lengths = new int[16];
        int size = 0;
        ByteArrayDataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
        while (!in.eof()) {
            if (size == codes.length) {
                codes = Arrays.copyOf(codes, size * 2);
                starts = Arrays.copyOf(starts, size * 2);
                lengths = Arrays.copyOf(lengths, size * 2);
            }
            codes[size] = in.readByte();
            lengths[size] = in.readVInt();
            starts[size] = in.getPosition();
            in.skipBytes(lengths[size]);
            size++;
        }
        return new HitRow(bytes, codes, starts, lengths, size);
    }

    private static int code(String field) {
        Integer code = CODES.get(field);
        if (code == null) {
            throw new IllegalArgumentException("not a hit row field: " + field);
        }
        return code;
    }

    /**
     * Collects a document's row while its fields are added, in the format {@link ByteArrayDataInput#readString}
     * reads (a vInt length, then UTF-8), straight into one array: a {@code ByteBuffersDataOutput} took a buffer per
     * document and a copy per value and per row, a fifth of what building a study's documents allocated.
     */
    static final class Builder {
        private byte[] bytes = new byte[256];
        private int length;

        Builder add(String field, String value) {
            if (value != null && !value.isBlank()) {
                ensure(1 + 5 + UnicodeUtil.maxUTF8Length(value.length()));
                bytes[length++] = (byte) code(field);
                int utf8 = UnicodeUtil.calcUTF16toUTF8Length(value, 0, value.length());
                for (int v = utf8; ; v >>>= 7) { // vInt, as DataOutput.writeVInt
                    if ((v & ~0x7F) == 0) {
                        bytes[length++] = (byte) v;
                        break;
                    }
                    bytes[length++] = (byte) ((v & 0x7F) | 0x80);
                }
                length = UnicodeUtil.UTF16toUTF8(value, 0, value.length(), bytes, length);
            }
            return this;
        }

        private void ensure(int more) {
            if (length + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
            }
        }

        Builder add(String field, Integer value) {
            return value == null ? this : add(field, value.toString());
        }

        BinaryDocValuesField toField() {
            return new BinaryDocValuesField(FIELD, new BytesRef(bytes, 0, length));
        }
    }

    /** Whether a text field's values belong in the row (the families snippets are cut from). */
    static boolean holds(String field) {
        return CODES.containsKey(field);
    }

    private static List<String> codedFields() {
        List<String> out = new ArrayList<>(List.of(Fields.STUDY_ID, Fields.VERSION, Fields.SHOW_TITLE,
                Fields.SHOW_DEPARTMENT, Fields.SHOW_PROCESS_CODE, Fields.YEAR_START, Fields.YEAR_END,
                Fields.SHOW_STUDY_TITLE, Fields.SHOW_VARIABLE_ID, Fields.SHOW_NAME, Fields.SHOW_LABEL,
                Fields.SHOW_QUESTION));
        for (TextFamily family : TextFamily.values()) {
            if (family.inSnippets()) {
                out.addAll(family.languageFields());
            }
        }
        if (out.size() > 255) {
            throw new IllegalStateException("a hit row codes its fields in one byte");
        }
        return List.copyOf(out);
    }

    private static Map<String, Integer> codes() {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < CODED.size(); i++) {
            out.put(CODED.get(i), i);
        }
        return Map.copyOf(out);
    }
}
