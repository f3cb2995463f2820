package io.archivo.search;

import java.util.Locale;

/** What a search returns: studies or variables. */
public enum SearchType {
    STUDY, VARIABLE;

    /** {@code study}/{@code variable}, case-insensitive; anything else (or null) means studies. */
    public static SearchType parse(String value) {
        return value != null && value.trim().toLowerCase(Locale.ROOT).startsWith("var") ? VARIABLE : STUDY;
    }
}
