package io.archivo.search.index;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Plain-string normalisation used where no analyzer runs (sort keys, facet values, suggestion matching). */
public final class Folding {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Cs}\\p{Co}\\p{Cn}]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Folding() {
    }

    /**
     * NFC form without control characters. The tokenizer does not compose "e" + U+0301 into "é" by itself, and folding
     * only knows the composed letters, so every text is composed before analysis (index and query alike).
     */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC); // the same string when already NFC
        if (alreadyClean(composed)) {
            // nearly every text is: indexing a study cleans about a thousand of them, and the two regular
            // expressions below were a sixth of its CPU and half of what it allocated
            return composed;
        }
        return SPACES.matcher(CONTROL.matcher(composed).replaceAll(" ")).replaceAll(" ").trim();
    }

    /**
     * Whether {@link #clean} would leave {@code text} as it is: no character of the {@link #CONTROL} classes, and no
     * white space but single spaces between other characters. (Java's {@code \s} and what {@code trim} removes are
     * the space and control characters, so control characters and the spaces cover both.)
     */
    private static boolean alreadyClean(String text) {
        boolean afterSpace = true; // a leading space is not clean
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == ' ') {
                if (afterSpace) {
                    return false;
                }
                afterSpace = true;
                continue;
            }
            afterSpace = false;
            switch (Character.getType(c)) {
                case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                        Character.UNASSIGNED -> {
                    return false;
                }
                default -> {
                }
            }
        }
        return !afterSpace || text.isEmpty();
    }

    /** Lower case, accents removed: {@code Educación} → {@code educacion}. For sort keys and string comparison. */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(clean(text), Normalizer.Form.NFD);
        return withoutMarks(decomposed).toLowerCase(Locale.ROOT)
                .replace('ø', 'o').replace('ß', 's').replace('æ', 'a').replace('đ', 'd').replace('ł', 'l');
    }

    /** {@code text} without its combining marks ({@code \p{M}}); the same string when it has none (no regex run). */
    private static String withoutMarks(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int next = i + Character.charCount(c);
            if (isMark(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
            } else if (out != null) {
                out.append(text, i, next);
            }
            i = next;
        }
        return out == null ? text : out.toString();
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }
}
