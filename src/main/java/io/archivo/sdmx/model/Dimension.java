package io.archivo.sdmx.model;

import java.util.Objects;

/** A (non-time) dimension of a data structure; {@code position} starts at 1. */
public record Dimension(String id, int position, ConceptRef concept, Representation representation) {
    public Dimension {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(concept, "concept");
        Objects.requireNonNull(representation, "representation");
    }
}
