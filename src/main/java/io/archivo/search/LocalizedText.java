package io.archivo.search;

import java.util.List;
import java.util.Locale;

/**
 * A piece of text and the language it is written in ({@code xml:lang}, e.g. {@code es}, {@code en}; null when unknown).
 * Unknown language is treated as Spanish, the catalogue's main language.
 */
public record LocalizedText(String text, String lang) {

    public LocalizedText {
        text = text == null ? "" : text;
        lang = lang == null || lang.isBlank() ? null : lang.trim().toLowerCase(Locale.ROOT);
    }

    public static LocalizedText es(String text) {
        return new LocalizedText(text, "es");
    }

    public static LocalizedText en(String text) {
        return new LocalizedText(text, "en");
    }

    /** Primary language subtag: {@code es-CO} → {@code es}; null stays null. */
    public String primaryLanguage() {
        if (lang == null) {
            return null;
        }
        int dash = lang.indexOf('-');
        int underscore = lang.indexOf('_');
        int cut = dash < 0 ? underscore : underscore < 0 ? dash : Math.min(dash, underscore);
        return cut < 0 ? lang : lang.substring(0, cut);
    }

    public boolean isBlank() {
        return text.isBlank();
    }

    /** The text to show citizens: Spanish first, then text without language, then whatever comes first. */
    public static String preferred(List<LocalizedText> texts) {
        if (texts == null || texts.isEmpty()) {
            return null;
        }
        for (LocalizedText t : texts) {
            if ("es".equals(t.primaryLanguage()) && !t.isBlank()) {
                return t.text();
            }
        }
        for (LocalizedText t : texts) {
            if (t.lang() == null && !t.isBlank()) {
                return t.text();
            }
        }
        return texts.stream().filter(t -> !t.isBlank()).map(LocalizedText::text).findFirst().orElse(null);
    }
}
