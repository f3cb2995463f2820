package io.archivo.geo;

import java.util.Objects;

/**
 * One area of Cali's geographic frame: the municipality ({@code municipio}), a {@code comuna} (urban) or a
 * {@code corregimiento} (rural). {@code parent} is the code of the enclosing area (the municipality), or null.
 */
public record GeoArea(String code, String name, String kind, String parent) {

    public static final String MUNICIPIO = "municipio";
    public static final String COMUNA = "comuna";
    public static final String CORREGIMIENTO = "corregimiento";

    public GeoArea {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }
}
