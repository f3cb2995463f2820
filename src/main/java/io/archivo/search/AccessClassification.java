package io.archivo.search;

import java.util.Locale;

/** Access classification of public information under Ley 1712 de 2014; the code is what the index stores. */
public enum AccessClassification {
    PUBLICA("publica"),
    CLASIFICADA("clasificada"),
    RESERVADA("reservada");

    private final String code;

    AccessClassification(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Parses {@code publica}/{@code pública}/{@code PUBLICA}…; anything unknown is treated as the most restrictive class. */
    public static AccessClassification fromCode(String value) {
        if (value == null) {
            return RESERVADA;
        }
        String v = value.trim().toLowerCase(Locale.ROOT).replace('ú', 'u');
        for (AccessClassification c : values()) {
            if (c.code.equals(v)) {
                return c;
            }
        }
        return RESERVADA;
    }
}
