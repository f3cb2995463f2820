package io.archivo.sdmx.format;

import io.archivo.sdmx.model.ArtefactType;
import java.util.List;
import java.util.Objects;

/** What a structure message holds: header plus the artefacts in the order they are written within each type. */
public record StructureMessage(MessageHeader header, List<MessageEntry> entries) {
    public StructureMessage {
        Objects.requireNonNull(header, "header");
        entries = List.copyOf(entries);
    }

    public List<MessageEntry> ofType(ArtefactType type) {
        return entries.stream().filter(e -> e.artefact().type() == type).toList();
    }
}
