package io.archivo.sdmx.model;

import java.util.Objects;

/** A reference to a maintainable artefact of a known type, as held by the artefacts that use it. */
public record TypedRef(ArtefactType type, ArtefactRef ref) {
    public TypedRef {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(ref, "ref");
    }

    public String urn() {
        return type.urn(ref);
    }
}
