package io.archivo.sdmx.data;

import io.archivo.sdmx.model.ArtefactRef;
import io.archivo.sdmx.model.DataAttribute;
import io.archivo.sdmx.model.DataStructure;
import io.archivo.sdmx.model.Dimension;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A dataflow with what its data must follow: the DSD and, per enumerated component (dimension or attribute), the
 * codes allowed, their names and the components' names. {@code processCode} is the inventory process the dataflow
 * publishes.
 */
public record DataflowStructure(ArtefactRef dataflow, String processCode, DataStructure dsd,
        Map<String, Set<String>> codes, Map<String, Map<String, String>> codeNames, Map<String, String> componentNames) {

    public DataflowStructure(ArtefactRef dataflow, String processCode, DataStructure dsd,
            Map<String, Set<String>> codes, Map<String, Map<String, String>> codeNames) {
        this(dataflow, processCode, dsd, codes, codeNames, Map.of());
    }

    /** A component's (concept's) name, for {@code labels=both}; null when unknown. */
    public String componentName(String componentId) {
        return componentNames.get(componentId);
    }

    /** At most this many non-time dimensions: they are stored in the columns d1..d10. */
    public static final int MAX_DIMENSIONS = 10;

    public List<Dimension> dimensions() {
        return dsd.dimensions();
    }

    public int dimensionIndex(String id) {
        for (int i = 0; i < dsd.dimensions().size(); i++) {
            if (dsd.dimensions().get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    public Optional<DataAttribute> attribute(String id) {
        return dsd.attributes().stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** The allowed codes of an enumerated component, or null when it is free text. */
    public Set<String> codesOf(String componentId) {
        return codes.get(componentId);
    }

    /** A code's (Spanish, else first) name, for {@code labels=both}; null when unknown. */
    public String nameOf(String componentId, String code) {
        Map<String, String> names = codeNames.get(componentId);
        return names == null ? null : names.get(code);
    }
}
