package io.archivo.inventory.domain;

/**
 * An enumerated inventory value: a stable {@code code} that is stored and accepted by the API, and the Spanish
 * {@code label} shown to users and written in spreadsheets.
 */
public interface Coded {

    String code();

    String label();
}
