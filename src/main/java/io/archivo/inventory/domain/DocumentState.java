package io.archivo.inventory.domain;

import io.archivo.common.organisation.Coded;

/** State of a process's documents; a documented process may have several documents in different states. */
public enum DocumentState implements Coded {
    COMPLETA("Completa"),
    DESACTUALIZADA("Desactualizada"),
    EN_CONSTRUCCION("En construcción");

    private final String label;

    DocumentState(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** A document that still needs work: outdated or under construction. */
    public boolean isPending() {
        return this != COMPLETA;
    }
}
