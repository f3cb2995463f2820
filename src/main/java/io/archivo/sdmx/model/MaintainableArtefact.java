package io.archivo.sdmx.model;

import java.util.Set;

/** What every maintainable artefact has: type, identity, a name (required by SDMX) and an optional description. */
public sealed interface MaintainableArtefact
        permits ItemScheme, DataStructure, Dataflow, Categorisation, ContentConstraint, ProvisionAgreement {

    ArtefactType type();

    ArtefactRef ref();

    LocalisedText name();

    LocalisedText description();

    /** The maintainable artefacts this one points to (its "children" in SDMX REST terms). */
    Set<TypedRef> references();

    default TypedRef typedRef() {
        return new TypedRef(type(), ref());
    }

    default String urn() {
        return type().urn(ref());
    }
}
