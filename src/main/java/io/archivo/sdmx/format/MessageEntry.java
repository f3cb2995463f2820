package io.archivo.sdmx.format;

import io.archivo.sdmx.model.MaintainableArtefact;
import java.util.Objects;

/** One artefact of a structure message and how to write it (a partial item scheme already holds only its items). */
public record MessageEntry(MaintainableArtefact artefact, Presentation presentation) {
    public MessageEntry {
        Objects.requireNonNull(artefact, "artefact");
        Objects.requireNonNull(presentation, "presentation");
    }
}
