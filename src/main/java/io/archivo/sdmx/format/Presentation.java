package io.archivo.sdmx.format;

/**
 * How one artefact is written: in full; as a stub (identification and name, {@code isExternalReference="true"}
 * and a {@code structureURL} to fetch it in full); as a complete stub (a stub plus description); or as a partial
 * item scheme (only some items, {@code isPartial="true"}).
 */
public enum Presentation {
    FULL,
    STUB,
    COMPLETE_STUB,
    PARTIAL;

    public boolean isStub() {
        return this == STUB || this == COMPLETE_STUB;
    }
}
