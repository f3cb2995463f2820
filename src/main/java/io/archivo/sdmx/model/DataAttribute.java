package io.archivo.sdmx.model;

import java.util.Objects;

/** A data attribute with its attachment level; series-level attributes relate to all non-time dimensions. */
public record DataAttribute(String id, ConceptRef concept, Representation representation, boolean mandatory,
        AttachmentLevel attachment) {
    public DataAttribute {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(concept, "concept");
        Objects.requireNonNull(representation, "representation");
        Objects.requireNonNull(attachment, "attachment");
    }
}
