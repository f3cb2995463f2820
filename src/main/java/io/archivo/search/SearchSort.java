package io.archivo.search;

import java.util.Locale;

/** Result order. {@code YEAR} is newest first; {@code TITLE} is alphabetical, ignoring case and accents. */
public enum SearchSort {
    RELEVANCE, TITLE, YEAR;

    /** Lenient: unknown or null values fall back to relevance. */
    public static SearchSort parse(String value) {
        if (value == null) {
            return RELEVANCE;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "title", "titulo", "título" -> TITLE;
            case "year", "anio", "año" -> YEAR;
            default -> RELEVANCE;
        };
    }
}
