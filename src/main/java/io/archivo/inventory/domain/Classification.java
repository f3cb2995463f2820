package io.archivo.inventory.domain;

/** Classification of the information under Ley 1712 de 2014 (transparency and access to public information). */
public enum Classification implements Coded {
    PUBLICA("publica", "Pública"),
    CLASIFICADA("clasificada", "Clasificada"),
    RESERVADA("reservada", "Reservada");

    private final String code;
    private final String label;

    Classification(String code, String label) {
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
