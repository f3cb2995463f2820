package io.archivo.sdmx.mapping;

import java.util.Objects;

/** The maintenance agency of every artefact Archivo publishes. */
public record AgencyInfo(String id, String name) {

    public static final AgencyInfo DEFAULT =
            new AgencyInfo("ARCHIVO_CALI", "Archivo estadístico de Santiago de Cali");

    public AgencyInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        if (!id.matches("[A-Za-z][A-Za-z0-9_\\-]*")) {
            throw new IllegalArgumentException("Agency id must be an SDMX NCName id: " + id);
        }
    }
}
