package io.archivo.sdmx.mapping;

import java.util.List;

/**
 * A curator's choice of which DDI variables (by name) play which role in the DSD. When given it replaces the
 * heuristic. Unknown names are skipped; {@code measureVariable} may be null (then OBS_VALUE is generic).
 */
public record Designation(List<String> dimensionVariables, String measureVariable, List<String> attributeVariables) {
    public Designation {
        dimensionVariables = List.copyOf(dimensionVariables == null ? List.of() : dimensionVariables);
        attributeVariables = List.copyOf(attributeVariables == null ? List.of() : attributeVariables);
    }
}
