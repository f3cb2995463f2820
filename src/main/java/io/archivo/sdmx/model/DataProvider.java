package io.archivo.sdmx.model;

import java.util.Objects;

/** An item of a {@link DataProviderScheme}: an organisation that provides data. */
public record DataProvider(String id, LocalisedText name, LocalisedText description) implements Item {
    public DataProvider {
        Objects.requireNonNull(id, "id");
        name = name == null ? LocalisedText.EMPTY : name;
        description = description == null ? LocalisedText.EMPTY : description;
    }
}
