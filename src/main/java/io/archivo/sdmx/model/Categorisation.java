package io.archivo.sdmx.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Files an artefact ({@code source}, here a dataflow) under a category of a category scheme. */
public record Categorisation(ArtefactRef ref, LocalisedText name, LocalisedText description, TypedRef source,
        ArtefactRef categoryScheme, String categoryId) implements MaintainableArtefact {

    public Categorisation {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(name, "name");
        description = description == null ? LocalisedText.EMPTY : description;
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(categoryScheme, "categoryScheme");
        Objects.requireNonNull(categoryId, "categoryId");
    }

    @Override
    public ArtefactType type() {
        return ArtefactType.CATEGORISATION;
    }

    @Override
    public Set<TypedRef> references() {
        return new LinkedHashSet<>(List.of(source, new TypedRef(ArtefactType.CATEGORY_SCHEME, categoryScheme)));
    }

    public String targetUrn() {
        return ArtefactType.CATEGORY_SCHEME.itemUrn(categoryScheme, categoryId);
    }
}
