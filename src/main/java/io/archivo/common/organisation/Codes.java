package io.archivo.common.organisation;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Lookup and (de)serialisation of {@link Coded} values, shared by the entity, the API and the importers. */
public final class Codes {

    /** Separator of multi-valued fields, both in the database column and inside a spreadsheet cell. */
    public static final String LIST_SEPARATOR = ";";

    /** Each enum's constants by exact code: fixed by the enum's declaration, built once per enum class. */
    private static final ClassValue<Map<String, Object>> BY_CODE = new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
            Map<String, Object> byCode = new HashMap<>();
            for (Object constant : type.getEnumConstants()) {
                byCode.put(((Coded) constant).code(), constant);
            }
            return Map.copyOf(byCode);
        }
    };

    private Codes() {
    }

    /**
     * Finds the constant whose code or Spanish label matches {@code text}, ignoring case, accents, spaces and
     * underscores, so that "Operación estadística", "operacion_estadistica" and "OPERACION ESTADISTICA" all match.
     */
    public static <E extends Enum<E> & Coded> Optional<E> find(Class<E> type, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        // stored values are exact codes: that common case is one map lookup, skipping the normalising (two regular
        // expressions per constant) and the lower-casing of every constant's name, which every read of a process
        // would otherwise pay a dozen times
        E exact = type.cast(BY_CODE.get(type).get(text));
        if (exact != null) {
            return Optional.of(exact);
        }
        String wanted = normalize(text);
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> normalize(e.code()).equals(wanted) || normalize(e.label()).equals(wanted))
                .findFirst();
    }

    /** Strips accents, case and the difference between spaces, hyphens and underscores. */
    public static String normalize(String text) {
        String decomposed = Normalizer.normalize(text.trim(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", " ").trim();
    }

    /** The codes of {@code values} in declaration order, joined for storage ({@code "web;impreso"}). */
    public static <E extends Enum<E> & Coded> String joinCodes(Collection<E> values) {
        return values.stream().sorted().map(Coded::code).collect(Collectors.joining(LIST_SEPARATOR));
    }

    /** The labels of {@code values} in declaration order, joined for a spreadsheet cell. */
    public static <E extends Enum<E> & Coded> String joinLabels(Collection<E> values) {
        return values.stream().sorted().map(Coded::label).collect(Collectors.joining(LIST_SEPARATOR + " "));
    }

    /** Reads a stored code list back; the database only ever holds codes written by {@link #joinCodes}. */
    public static <E extends Enum<E> & Coded> Set<E> splitCodes(Class<E> type, String stored) {
        EnumSet<E> result = EnumSet.noneOf(type);
        if (stored == null || stored.isBlank()) {
            return result;
        }
        for (String part : stored.split(LIST_SEPARATOR)) {
            result.add(find(type, part).orElseThrow(
                    () -> new IllegalStateException("Unknown " + type.getSimpleName() + " code in database: " + part)));
        }
        return result;
    }
}
