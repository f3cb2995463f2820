package io.archivo.search.index;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Plain-string normalisation used where no analyzer runs (sort keys, facet values, suggestion matching). */
public final class Folding {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
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
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        return SPACES.matcher(CONTROL.matcher(composed).replaceAll(" ")).replaceAll(" ").trim();
    }

    /** Lower case, accents removed: {@code Educación} → {@code educacion}. For sort keys and string comparison. */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(clean(text), Normalizer.Form.NFD);
        return COMBINING_MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT)
                .replace('ø', 'o').replace('ß', 's').replace('æ', 'a').replace('đ', 'd').replace('ł', 'l');
    }
}
