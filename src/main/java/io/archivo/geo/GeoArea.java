package io.archivo.geo;

import java.util.Objects;

/**
 * One area of Cali's geographic frame: the municipality ({@code municipio}), a {@code comuna} (urban) or a
 * {@code corregimiento} (rural); from version 1.1 also the zones and SDMX special codes tables use ({@code zona},
 * {@code especial}), which are codes of {@code CL_AREA_CALI} but not places. {@code parent} is the code of the enclosing area (the municipality), or null.
 */
public record GeoArea(String code, String name, String kind, String parent) {

    public static final String MUNICIPIO = "municipio";
    public static final String COMUNA = "comuna";
    public static final String CORREGIMIENTO = "corregimiento";
    /** The urban or the rural zone as a whole: a code for tables' area columns, not a place a study covers. */
    public static final String ZONA = "zona";
    /** An SDMX special code (outside Cali, unknown, not applicable): for tables' area columns, not a place. */
    public static final String ESPECIAL = "especial";

    public GeoArea {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    /** The municipality, a comuna or a corregimiento: what a study covers, search finds and the GeoJSON lists. */
    public boolean isPlace() {
        return MUNICIPIO.equals(kind) || COMUNA.equals(kind) || CORREGIMIENTO.equals(kind);
    }
}
