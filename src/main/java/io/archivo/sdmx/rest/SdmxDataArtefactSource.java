package io.archivo.sdmx.rest;

import io.archivo.sdmx.model.MaintainableArtefact;
import java.time.Instant;
import java.util.List;

/**
 * Structural artefacts that derive from the data rather than the catalogue: the actual content constraints of
 * the dataflows with data. Implemented by the data side (a CDI bean, so this package does not depend on it); the
 * set depends on the current caller, who sees a flow's constraint exactly when they may read its data.
 */
public interface SdmxDataArtefactSource {

    /** The artefacts the current caller may see, with the last load among them (null when none). */
    DataArtefacts artefacts();

    record DataArtefacts(List<MaintainableArtefact> artefacts, Instant lastModified) {
        public DataArtefacts {
            artefacts = List.copyOf(artefacts);
        }
    }
}
