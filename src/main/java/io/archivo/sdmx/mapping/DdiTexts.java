package io.archivo.sdmx.mapping;

import io.archivo.ddi.model.Text;
import io.archivo.sdmx.model.LocalisedText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * DDI texts to SDMX localised texts. The catalogue is Spanish, so text without {@code xml:lang} counts as
 * {@code es}; regional tags are cut to the language ({@code es-CO} → {@code es}); Spanish comes first, then English,
 * then anything else; the first text per language wins.
 */
final class DdiTexts {

    private DdiTexts() {
    }

    static LocalisedText of(List<Text> texts) {
        Map<String, String> es = new LinkedHashMap<>();
        Map<String, String> rest = new LinkedHashMap<>();
        for (Text t : texts == null ? List.<Text>of() : texts) {
            String lang = language(t.lang());
            (lang.equals("es") ? es : rest).putIfAbsent(lang, t.value());
        }
        Map<String, String> ordered = new LinkedHashMap<>(es);
        if (rest.containsKey("en")) {
            ordered.put("en", rest.get("en"));
        }
        rest.forEach(ordered::putIfAbsent);
        return new LocalisedText(ordered);
    }

    static String language(String tag) {
        if (tag == null || tag.isBlank()) {
            return "es";
        }
        String lang = tag.strip().toLowerCase(Locale.ROOT);
        int dash = lang.indexOf('-');
        return dash > 0 ? lang.substring(0, dash) : lang;
    }

    /** The first text when present, else the fallback (names are mandatory in SDMX). */
    static LocalisedText orElse(LocalisedText text, String fallback) {
        return text.isEmpty() ? LocalisedText.es(fallback) : text;
    }
}
