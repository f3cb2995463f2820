package io.archivo.sdmx.model;

import java.util.Objects;

/** An item of a {@link Codelist}. */
public record Code(String id, LocalisedText name, LocalisedText description) implements Item {
    public Code {
        Objects.requireNonNull(id, "id");
        name = name == null ? LocalisedText.EMPTY : name;
        description = description == null ? LocalisedText.EMPTY : description;
    }

    public static Code of(String id, LocalisedText name) {
        return new Code(id, name, LocalisedText.EMPTY);
    }
}
