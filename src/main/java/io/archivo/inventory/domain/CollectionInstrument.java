package io.archivo.inventory.domain;

/** How data are captured. Every value but paper counts as digital collection. */
public enum CollectionInstrument implements Coded {
    PAPEL("papel", "Papel"),
    CORREO_ELECTRONICO("correo_electronico", "Correo electrónico"),
    FORMULARIO_WEB("formulario_web", "Formulario web"),
    DISPOSITIVO_MOVIL("dispositivo_movil", "Dispositivo móvil de captura");

    private final String code;
    private final String label;

    CollectionInstrument(String code, String label) {
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

    /** Digital collection, as the plan's diagnostic counts it: anything captured without paper. */
    public boolean isDigital() {
        return this != PAPEL;
    }
}
