package io.archivo.sdmx.model;

import java.util.Objects;
import java.util.Set;

/** A dataflow: one statistical process as harvesters see it, pointing to the DSD its data follow. */
public record Dataflow(ArtefactRef ref, LocalisedText name, LocalisedText description, ArtefactRef structure)
        implements MaintainableArtefact {

    public Dataflow {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(name, "name");
        description = description == null ? LocalisedText.EMPTY : description;
        Objects.requireNonNull(structure, "structure");
    }

    @Override
    public ArtefactType type() {
        return ArtefactType.DATAFLOW;
    }

    @Override
    public Set<TypedRef> references() {
        return Set.of(new TypedRef(ArtefactType.DATA_STRUCTURE, structure));
    }
}
