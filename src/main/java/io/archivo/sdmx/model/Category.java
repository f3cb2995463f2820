package io.archivo.sdmx.model;

import java.util.Objects;

/** An item of a {@link CategoryScheme}. */
public record Category(String id, LocalisedText name, LocalisedText description) implements Item {
    public Category {
        Objects.requireNonNull(id, "id");
        name = name == null ? LocalisedText.EMPTY : name;
        description = description == null ? LocalisedText.EMPTY : description;
    }

    public static Category of(String id, LocalisedText name) {
        return new Category(id, name, LocalisedText.EMPTY);
    }
}
