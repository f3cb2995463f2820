package io.archivo.sdmx.model;

import java.util.Map;
import java.util.Objects;

/**
 * A (non-time) dimension of a data structure; {@code position} starts at 1. {@code recode} maps the values a
 * study's tables hold to the dimension's codes where they differ (REF_AREA coded by Cali's frame: category "3" or
 * "Comuna 3" → {@code 03}, "Zona rural" → {@code RURAL}); empty when the table's values are the codes.
 */
public record Dimension(String id, int position, ConceptRef concept, Representation representation,
        Map<String, String> recode) {
    public Dimension {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(concept, "concept");
        Objects.requireNonNull(representation, "representation");
        recode = recode == null ? Map.of() : Map.copyOf(recode);
    }

    public Dimension(String id, int position, ConceptRef concept, Representation representation) {
        this(id, position, concept, representation, Map.of());
    }
}
