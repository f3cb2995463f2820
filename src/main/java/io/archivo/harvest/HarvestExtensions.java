package io.archivo.harvest;

import java.util.List;

/**
 * SEAM for capabilities that do not exist yet: the data files (public files become extra DCAT/schema.org
 * distributions) and the geographic frame (comunas become OAI sets {@code comuna:<code>} and DCAT spatial URIs).
 * Harvesting uses the one bean of this type; {@link NoHarvestExtensions} is the empty default until a capability
 * provides its own (an {@code @ApplicationScoped} implementation replaces the default bean).
 */
public interface HarvestExtensions {

    /** A downloadable distribution of a study beyond the DDI and SDMX ones (e.g. a public data file). */
    record Distribution(String title, String accessUrl, String downloadUrl, String mediaType, Long byteSize,
            String sha256) {
    }

    /** A place a study covers: set spec suffix (e.g. {@code 19} for {@code comuna:19}), its name and URI. */
    record Place(String code, String name, String uri) {
    }

    /** The public distributions of a public study beyond DDI and SDMX; empty by default. */
    default List<Distribution> distributions(String idno) {
        return List.of();
    }

    /** The comunas (or other geographic units of the frame) a public study covers; empty by default. */
    default List<Place> comunas(String idno) {
        return List.of();
    }
}
