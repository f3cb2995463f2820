package io.archivo.search;

import io.archivo.access.AccessPolicy;

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

    /** Parses a level as {@link AccessPolicy#level} does; anything unknown is treated as the most restrictive class. */
    public static AccessClassification fromCode(String value) {
        String level = AccessPolicy.level(value).orElse(AccessPolicy.RESERVADA);
        for (AccessClassification c : values()) {
            if (c.code.equals(level)) {
                return c;
            }
        }
        return RESERVADA;
    }
}
