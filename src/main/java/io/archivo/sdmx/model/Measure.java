package io.archivo.sdmx.model;

import java.util.Objects;

/** The primary measure; its id is fixed to OBS_VALUE so that SDMX-ML 2.1 (which requires it) can carry it too. */
public record Measure(ConceptRef concept, Representation representation) {
    public static final String ID = "OBS_VALUE";

    public Measure {
        Objects.requireNonNull(concept, "concept");
        Objects.requireNonNull(representation, "representation");
    }

    public String id() {
        return ID;
    }
}
