package io.archivo.web;

import io.archivo.access.AccessPolicy;
import io.archivo.search.FacetName;
import java.util.Locale;
import java.util.Map;

/**
 * How the search page names a facet value. Most values are already Spanish words from the catalogue (departments,
 * topics, comunas); a few facets index codes, which are named here: the Ley 1712 level ({@code publica} →
 * "Pública"), the language ({@code es} → "Español", {@code en} → "Inglés", by the JDK's Spanish names) and the
 * decade ({@code 2020-2029} → "2020–2029"). The URL keeps the indexed value, as the API does.
 */
final class FacetLabels {

    private static final Locale SPANISH = Locale.forLanguageTag("es");
    private static final Map<String, String> LEVELS = Map.of(AccessPolicy.PUBLICA, "Pública",
            AccessPolicy.CLASIFICADA, "Clasificada", AccessPolicy.RESERVADA, "Reservada");

    private FacetLabels() {
    }

    static String label(String facet, String value) {
        if (value == null) {
            return "";
        }
        if (FacetName.ACCESS_CLASSIFICATION.key().equals(facet)) {
            return AccessPolicy.level(value).map(LEVELS::get).orElse(value);
        }
        if (FacetName.LANGUAGE.key().equals(facet)) {
            return language(value);
        }
        if (FacetName.YEAR_RANGE.key().equals(facet)) {
            return value.matches("\\d{4}-\\d{4}") ? value.replace('-', '–') : value;
        }
        return value;
    }

    /** The Spanish name of a language code, capitalised ("Español"); the code itself when the JDK knows no name. */
    private static String language(String code) {
        Locale locale = Locale.forLanguageTag(code.replace('_', '-'));
        String name = locale.getDisplayLanguage(SPANISH);
        if (name.isBlank() || name.equalsIgnoreCase(code) || name.equalsIgnoreCase(locale.getLanguage())) {
            return code;
        }
        return name.substring(0, 1).toUpperCase(SPANISH) + name.substring(1);
    }
}
