package io.archivo.sdmx.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A name or description in several languages (language tag → text). Insertion order is kept, so messages list
 * Spanish first and English second, the same way every time.
 */
public record LocalisedText(Map<String, String> values) {

    public static final LocalisedText EMPTY = new LocalisedText(Map.of());

    public LocalisedText {
        Map<String, String> copy = new LinkedHashMap<>();
        values.forEach((lang, text) -> {
            if (lang != null && text != null && !text.isBlank()) {
                copy.putIfAbsent(lang, text.strip());
            }
        });
        values = Collections.unmodifiableMap(copy);
    }

    public static LocalisedText of(String lang, String text) {
        Objects.requireNonNull(lang, "lang");
        return text == null ? EMPTY : new LocalisedText(Map.of(lang, text));
    }

    public static LocalisedText es(String text) {
        return of("es", text);
    }

    public static LocalisedText esEn(String es, String en) {
        return es(es).with("en", en);
    }

    /** A copy with one more language; an existing language is not overwritten. */
    public LocalisedText with(String lang, String text) {
        Map<String, String> copy = new LinkedHashMap<>(values);
        if (text != null) {
            copy.putIfAbsent(lang, text);
        }
        return new LocalisedText(copy);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    public String get(String lang) {
        return values.get(lang);
    }

    /** The text in the given language, else the first one held, else null. */
    public String preferred(String lang) {
        String v = values.get(lang);
        return v != null || values.isEmpty() ? v : values.values().iterator().next();
    }
}
