package io.archivo.inventory.domain;

/** Where a process keeps its data. */
public enum StorageTechnology implements Coded {
    GESTOR_BASE_DATOS("gestor_base_datos", "Gestor de base de datos"),
    HOJA_CALCULO("hoja_calculo", "Hoja de cálculo"),
    NO_CONSOLIDADA("no_consolidada", "No consolidada");

    private final String code;
    private final String label;

    StorageTechnology(String code, String label) {
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
}
