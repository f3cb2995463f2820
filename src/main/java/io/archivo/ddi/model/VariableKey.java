package io.archivo.ddi.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The one identity of a variable within a study, used wherever variables are stored, flagged sensitive or compared
 * (database rows, the sensitive flag, the search index, SDMX, the DDI download). It is the trimmed name when that
 * fits the {@value #MAX_LENGTH}-character columns; a longer name becomes its first characters plus a SHA-256 of the
 * whole name, so two long names that share a prefix stay distinct and nothing is ever cut silently.
 */
public final class VariableKey {

    /** The width of the name columns ({@code study_variable.name}, {@code study_variable_flag.variable_name}). */
    public static final int MAX_LENGTH = 512;
    private static final int HASH_LENGTH = 64;
    private static final int PREFIX_LENGTH = MAX_LENGTH - HASH_LENGTH - 1;

    private VariableKey() {
    }

    /** The key of a variable name (null for null). Idempotent: the key of a key is the key itself. */
    public static String of(String name) {
        if (name == null) {
            return null;
        }
        String trimmed = name.trim();
        if (trimmed.length() <= MAX_LENGTH) {
            return trimmed;
        }
        int cut = Character.isHighSurrogate(trimmed.charAt(PREFIX_LENGTH - 1)) ? PREFIX_LENGTH - 1 : PREFIX_LENGTH;
        return trimmed.substring(0, cut) + "#" + sha256(trimmed);
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
