package io.archivo.inventory.domain;

/** Media through which results reach the public. */
public enum DisseminationMedium implements Coded {
    WEB("web", "Web"),
    IMPRESO("impreso", "Impreso"),
    OTRO("otro", "Otro");

    private final String code;
    private final String label;

    DisseminationMedium(String code, String label) {
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
