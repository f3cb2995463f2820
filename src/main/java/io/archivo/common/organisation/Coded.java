package io.archivo.common.organisation;

import java.util.Locale;

/**
 * An enumerated inventory value: a stable {@code code} that is stored and accepted by the API, and the Spanish
 * {@code label} shown to users and written in spreadsheets.
 * <p>
 * The code is the constant's name in lower case ({@code OPERACION_ESTADISTICA} is {@code operacion_estadistica}),
 * so implementations (the departments and the inventory enums) only declare their labels. Codes are stored: a constant is never
 * renamed ({@code CodedTest} pins every code).
 */
public interface Coded {

    /** The enum constant's name, provided by {@link Enum#name()}. */
    String name();

    default String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    String label();
}
