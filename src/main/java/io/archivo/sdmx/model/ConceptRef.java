package io.archivo.sdmx.model;

import java.util.Objects;

/** The concept a component takes its meaning from: a concept scheme plus the concept's id in it. */
public record ConceptRef(ArtefactRef scheme, String conceptId) {
    public ConceptRef {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(conceptId, "conceptId");
    }

    public String urn() {
        return ArtefactType.CONCEPT_SCHEME.itemUrn(scheme, conceptId);
    }
}
