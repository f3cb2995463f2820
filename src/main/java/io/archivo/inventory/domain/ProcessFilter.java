package io.archivo.inventory.domain;

import io.archivo.common.organisation.Department;

/** Optional criteria of the process list; a null member does not filter. */
public record ProcessFilter(
        Department department,
        ProcessType type,
        String thematicArea,
        Boolean publicDissemination,
        Boolean documented) {

    public static ProcessFilter none() {
        return new ProcessFilter(null, null, null, null, null);
    }
}
