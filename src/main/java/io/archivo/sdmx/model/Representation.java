package io.archivo.sdmx.model;

/**
 * How the values of a component are represented: either enumerated by a codelist or a free text format
 * ({@code textType} is an SDMX data type such as String, Integer, Decimal, ObservationalTimePeriod).
 */
public record Representation(ArtefactRef codelist, String textType) {

    public Representation {
        if ((codelist == null) == (textType == null)) {
            throw new IllegalArgumentException("exactly one of codelist or textType");
        }
    }

    public static Representation enumerated(ArtefactRef codelist) {
        return new Representation(codelist, null);
    }

    public static Representation text(String textType) {
        return new Representation(null, textType);
    }

    public boolean isEnumerated() {
        return codelist != null;
    }
}
