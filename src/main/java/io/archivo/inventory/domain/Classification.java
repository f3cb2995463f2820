package io.archivo.inventory.domain;

import io.archivo.access.AccessPolicy;
import io.archivo.common.organisation.Coded;
import java.util.Locale;
import java.util.Optional;

/** Classification of the information under Ley 1712 de 2014 (transparency and access to public information). */
public enum Classification implements Coded {
    PUBLICA("Pública"),
    CLASIFICADA("Clasificada"),
    RESERVADA("Reservada");

    private final String label;

    Classification(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The level a text names, read by {@link AccessPolicy#level}, the one parser of classification levels. */
    public static Optional<Classification> of(String text) {
        return AccessPolicy.level(text).map(level -> valueOf(level.toUpperCase(Locale.ROOT)));
    }
}
