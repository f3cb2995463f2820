package io.archivo.ddi.model;

import java.util.List;
import java.util.Objects;

/** A piece of metadata text with the language it was written in ({@code xml:lang}; null when the document does not say). */
public record Text(String value, String lang) {
    public Text {
        Objects.requireNonNull(value, "value");
    }

    public static Text of(String value) {
        return new Text(value, null);
    }

    /**
     * The text to show for a preferred language: the first one in {@code lang}, else the first one without a
     * language, else the first of all. Null for an empty list.
     */
    public static String preferred(List<Text> texts, String lang) {
        if (texts == null || texts.isEmpty()) {
            return null;
        }
        for (Text t : texts) {
            if (lang != null && t.lang() != null && t.lang().regionMatches(true, 0, lang, 0, 2)) {
                return t.value();
            }
        }
        for (Text t : texts) {
            if (t.lang() == null) {
                return t.value();
            }
        }
        return texts.get(0).value();
    }
}
