package io.archivo.harvest;

import io.archivo.harvest.source.PublicStudy;
import java.util.List;

/**
 * The places of Cali's geographic frame a public study covers, as harvesting speaks of them: OAI-PMH sets
 * {@code comuna:<code>}, DCAT {@code dct:spatial} and schema.org {@code spatialCoverage} (whose URIs are
 * {@link Links#area}). Implemented by {@link io.archivo.harvest.source.FrameAreas} through the geo capability's one rule.
 */
public interface HarvestExtensions {

    /** A place a study covers: its {@code CL_AREA_CALI} code (the set spec suffix, {@code 19} for {@code comuna:19}), name and kind. */
    record Place(String code, String name, String kind) {
    }

    /** The comunas and corregimientos a public study covers (none for a study the public may not see). */
    List<Place> comunas(String idno);

    /** The same for a study already read as the public sees it (saves reading it again). */
    List<Place> comunas(PublicStudy study);
}
