package io.archivo.inventory.domain;

/** State of a process's documents; a documented process may have several documents in different states. */
public enum DocumentState implements Coded {
    COMPLETA("completa", "Completa"),
    DESACTUALIZADA("desactualizada", "Desactualizada"),
    EN_CONSTRUCCION("en_construccion", "En construcción");

    private final String code;
    private final String label;

    DocumentState(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
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
