package io.archivo.sdmx.rest;

import io.archivo.sdmx.model.ArtefactType;
import java.util.EnumSet;
import java.util.Set;

/**
 * The {@code references} parameter: which related artefacts to add to the matched ones. {@code kinds} may hold
 * several values (v2 allows a comma list); {@code types} holds the artefact types named explicitly.
 * A valid type name Archivo never publishes (e.g. metadatastructure) is dropped by the parser: it selects nothing.
 */
public record References(Set<Kind> kinds, Set<ArtefactType> types) {

    public enum Kind { NONE, PARENTS, PARENTSANDSIBLINGS, ANCESTORS, CHILDREN, DESCENDANTS, ALL }

    public static final References NONE = new References(EnumSet.of(Kind.NONE), EnumSet.noneOf(ArtefactType.class));

    public References {
        kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
        types = types.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(types));
    }

    public boolean isNone() {
        return types.isEmpty() && (kinds.isEmpty() || kinds.equals(Set.of(Kind.NONE)));
    }
}
