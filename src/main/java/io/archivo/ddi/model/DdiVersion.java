package io.archivo.ddi.model;

/** The DDI Codebook flavour of a document, detected from the root element's namespace and version attribute. */
public enum DdiVersion {
    V1_2_2("1.2.2"),
    V2_0("2.0"),
    V2_1("2.1"),
    V2_5("2.5");

    private final String label;

    DdiVersion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isLegacy() {
        return this != V2_5;
    }
}
