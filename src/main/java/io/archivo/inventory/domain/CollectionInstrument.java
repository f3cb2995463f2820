package io.archivo.inventory.domain;

import io.archivo.common.organisation.Coded;

/** How data are captured. Every value but paper counts as digital collection. */
public enum CollectionInstrument implements Coded {
    PAPEL("Papel"),
    CORREO_ELECTRONICO("Correo electrónico"),
    FORMULARIO_WEB("Formulario web"),
    DISPOSITIVO_MOVIL("Dispositivo móvil de captura");

    private final String label;

    CollectionInstrument(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Digital collection, as the plan's diagnostic counts it: anything captured without paper. */
    public boolean isDigital() {
        return this != PAPEL;
    }
}
