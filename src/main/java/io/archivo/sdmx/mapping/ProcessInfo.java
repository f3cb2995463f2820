package io.archivo.sdmx.mapping;

import java.util.Objects;

/**
 * A statistical process as listed in the inventory: the mapper's required input for every dataflow.
 * Texts are Spanish, as in the inventory.
 */
public record ProcessInfo(String code, String name, String description, String thematicAreaCode,
        String thematicAreaName, String department) {
    public ProcessInfo {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }
}
