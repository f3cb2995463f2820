package io.archivo.inventory.domain;

import io.archivo.common.organisation.Coded;

/** Media through which results reach the public. */
public enum DisseminationMedium implements Coded {
    WEB("Web"),
    IMPRESO("Impreso"),
    OTRO("Otro");

    private final String label;

    DisseminationMedium(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
