package io.archivo.inventory.domain;

/** Where a process gets its data from. */
public enum CollectionSource implements Coded {
    REGISTRO_ADMINISTRATIVO("registro_administrativo", "Registro administrativo"),
    ENCUESTA("encuesta", "Encuesta"),
    CENSO("censo", "Censo");

    private final String code;
    private final String label;

    CollectionSource(String code, String label) {
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
