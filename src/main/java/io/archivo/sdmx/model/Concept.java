package io.archivo.sdmx.model;

import java.util.Objects;

/** An item of a {@link ConceptScheme}. */
public record Concept(String id, LocalisedText name, LocalisedText description) implements Item {
    public Concept {
        Objects.requireNonNull(id, "id");
        name = name == null ? LocalisedText.EMPTY : name;
        description = description == null ? LocalisedText.EMPTY : description;
    }

    public static Concept of(String id, LocalisedText name) {
        return new Concept(id, name, LocalisedText.EMPTY);
    }
}
