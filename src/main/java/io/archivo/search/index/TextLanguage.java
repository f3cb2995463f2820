package io.archivo.search.index;

import io.archivo.search.LocalizedText;

/** How a text is analysed, decided by its {@code xml:lang}. No language means Spanish (the catalogue's language). */
public enum TextLanguage {
    SPANISH, ENGLISH, OTHER;

    public static TextLanguage of(LocalizedText text) {
        String lang = text.primaryLanguage();
        if (lang == null || lang.equals("es") || lang.equals("spa")) {
            return SPANISH;
        }
        if (lang.equals("en") || lang.equals("eng")) {
            return ENGLISH;
        }
        return OTHER;
    }
}
