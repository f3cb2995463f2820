package io.archivo.sdmx.model;

import java.util.Objects;

/** An item of a {@link AgencyScheme}. */
public record Agency(String id, LocalisedText name, LocalisedText description) implements Item {
    public Agency {
        Objects.requireNonNull(id, "id");
        name = name == null ? LocalisedText.EMPTY : name;
        description = description == null ? LocalisedText.EMPTY : description;
    }

    public static Agency of(String id, LocalisedText name) {
        return new Agency(id, name, LocalisedText.EMPTY);
    }
}
