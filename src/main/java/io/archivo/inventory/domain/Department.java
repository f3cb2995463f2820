package io.archivo.inventory.domain;

/** The sixteen departments (dependencias) of the Alcaldía de Santiago de Cali that own statistical processes. */
public enum Department implements Coded {
    BIENESTAR("bienestar", "Bienestar"),
    CONTROL_DISCIPLINARIO("control_disciplinario", "Control Disciplinario"),
    CONTROL_INTERNO("control_interno", "Control Interno"),
    CULTURA_TURISMO("cultura_turismo", "Cultura y Turismo"),
    DAGMA("dagma", "DAGMA"),
    DEPORTE("deporte", "Deporte"),
    EDUCACION("educacion", "Educación"),
    GENERAL("general", "General"),
    GOBIERNO("gobierno", "Gobierno"),
    HACIENDA("hacienda", "Hacienda"),
    INFRAESTRUCTURA("infraestructura", "Infraestructura"),
    JURIDICA("juridica", "Jurídica"),
    PLANEACION("planeacion", "Planeación"),
    SALUD("salud", "Salud"),
    TRANSITO("transito", "Tránsito"),
    VIVIENDA("vivienda", "Vivienda");

    private final String code;
    private final String label;

    Department(String code, String label) {
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
