package io.archivo.inventory.domain;

import io.archivo.common.organisation.Coded;

/** Where a process gets its data from. */
public enum CollectionSource implements Coded {
    REGISTRO_ADMINISTRATIVO("Registro administrativo"),
    ENCUESTA("Encuesta"),
    CENSO("Censo");

    private final String label;

    CollectionSource(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
