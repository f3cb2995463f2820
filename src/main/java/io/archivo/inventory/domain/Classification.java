package io.archivo.inventory.domain;

import io.archivo.common.organisation.Coded;

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
}
