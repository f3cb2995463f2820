package io.archivo.sdmx.mapping;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Turns catalogue names into SDMX identifiers deterministically: accents are folded (año → ano), any character
 * the schema pattern does not allow becomes {@code _}, runs of {@code _} collapse, and ids that must start with a
 * letter (the XSD's NCNameIDType, used for artefacts, concepts and components) get a prefix when they do not.
 * Item ids (codes, categories) follow IDType, which also allows a leading digit, {@code @} and {@code $}.
 */
public final class SdmxIds {

    private SdmxIds() {
    }

    /** Strips diacritics: NFD-decompose, then drop the combining marks. */
    public static String fold(String raw) {
        return Normalizer.normalize(raw, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }

    /** An IDType id ({@code [A-Za-z0-9_@$-]+}); "X" for input with no usable character. */
    public static String itemId(String raw) {
        String s = clean(raw, "[^A-Za-z0-9_@$\\-]");
        return s.isEmpty() ? "X" : s;
    }

    /** An NCNameIDType id ({@code [A-Za-z][A-Za-z0-9_-]*}); {@code prefix} is put first when needed. */
    public static String ncName(String raw, String prefix) {
        String s = clean(raw, "[^A-Za-z0-9_\\-]");
        if (s.isEmpty() || !Character.isLetter(s.charAt(0)) || s.charAt(0) > 'z') {
            s = prefix + s;
        }
        return s;
    }

    /** Upper-case NCName, the SDMX convention for concepts and components. */
    public static String conceptId(String raw) {
        return ncName(raw, "C_").toUpperCase(Locale.ROOT);
    }

    /** True when the id matches NCNameIDType. */
    public static boolean isNcName(String id) {
        return id != null && id.matches("[A-Za-z][A-Za-z0-9_\\-]*");
    }

    /** True when the id matches IDType. */
    public static boolean isId(String id) {
        return id != null && id.matches("[A-Za-z0-9_@$\\-]+");
    }

    private static String clean(String raw, String disallowed) {
        String s = fold(raw == null ? "" : raw.strip()).replaceAll(disallowed, "_");
        return s.replaceAll("_{2,}", "_").replaceAll("^_+|_+$", "");
    }
}
