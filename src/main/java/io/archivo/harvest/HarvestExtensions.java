package io.archivo.harvest;

import java.util.List;

/**
 * SEAM for what does not exist yet: the mapping of studies to the geographic frame (comunas become OAI sets
 * {@code comuna:<code>} and DCAT/schema.org spatial coverage). Data files are read through PublicArchive.
 * Harvesting uses the one bean of this type; {@link NoHarvestExtensions} is the empty default until a capability
 * provides its own (an {@code @ApplicationScoped} implementation replaces the default bean).
 */
public interface HarvestExtensions {

    /** A place a study covers: set spec suffix (e.g. {@code 19} for {@code comuna:19}), its name and URI. */
    record Place(String code, String name, String uri) {
    }

    /** The comunas (or other geographic units of the frame) a public study covers; empty by default. */
    default List<Place> comunas(String idno) {
        return List.of();
    }
}
