package io.archivo.sdmx.rest;

import io.archivo.sdmx.model.MaintainableArtefact;
import io.archivo.sdmx.model.SdmxArtefacts;
import java.time.Instant;
import java.util.List;

/**
 * Structural artefacts that derive from the data rather than the catalogue: the agency's data provider scheme, for
 * each dataflow with data its actual content constraint and its provision agreement, and the allowed constraints
 * of the designated dataflows (which restate their DSDs' codelists and so are the same for every caller). Implemented by the data side (a CDI bean, so this package does not depend on it); the
 * set depends on the current caller, who sees a flow's constraint exactly when they may read its data.
 */
public interface SdmxDataArtefactSource {

    /**
     * The artefacts the current caller may see, with the last load among them (null when none), for the
     * catalogue's structures {@code catalogue} (which name the agency and the dataflows).
     */
    DataArtefacts artefacts(SdmxArtefacts catalogue);

    record DataArtefacts(List<MaintainableArtefact> artefacts, Instant lastModified) {
        public DataArtefacts {
            artefacts = List.copyOf(artefacts);
        }
    }
}
