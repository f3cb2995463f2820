package io.archivo.inventory.domain;

import io.archivo.common.organisation.Coded;

/** Where a process keeps its data. */
public enum StorageTechnology implements Coded {
    GESTOR_BASE_DATOS("Gestor de base de datos"),
    HOJA_CALCULO("Hoja de cálculo"),
    NO_CONSOLIDADA("No consolidada");

    private final String label;

    StorageTechnology(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
