package io.archivo.common.organisation;

/**
 * The sixteen departments (dependencias) of the Alcaldía de Santiago de Cali that own statistical processes. Shared
 * by the inventory (a process's department) and access (an editor's departments), so neither depends on the other.
 */
public enum Department implements Coded {
    BIENESTAR("Bienestar"),
    CONTROL_DISCIPLINARIO("Control Disciplinario"),
    CONTROL_INTERNO("Control Interno"),
    CULTURA_TURISMO("Cultura y Turismo"),
    DAGMA("DAGMA"),
    DEPORTE("Deporte"),
    EDUCACION("Educación"),
    GENERAL("General"),
    GOBIERNO("Gobierno"),
    HACIENDA("Hacienda"),
    INFRAESTRUCTURA("Infraestructura"),
    JURIDICA("Jurídica"),
    PLANEACION("Planeación"),
    SALUD("Salud"),
    TRANSITO("Tránsito"),
    VIVIENDA("Vivienda");

    private final String label;

    Department(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
