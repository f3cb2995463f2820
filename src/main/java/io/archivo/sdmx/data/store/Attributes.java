package io.archivo.sdmx.data.store;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The text form of an observation's attributes in one column: {@code ID=value} pairs separated by the ASCII
 * record separator (U+001E), sorted by id. Values with control characters are refused at load time.
 */
public final class Attributes {

    private static final char SEP = '\u001e';

    private Attributes() {
    }

    public static String encode(Map<String, String> attributes) {
        if (attributes.isEmpty()) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        new TreeMap<>(attributes).forEach((k, v) -> {
            if (b.length() > 0) {
                b.append(SEP);
            }
            b.append(k).append('=').append(v);
        });
        return b.toString();
    }

    public static Map<String, String> decode(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        for (String pair : text.split(String.valueOf(SEP))) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                out.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return out;
    }
}
