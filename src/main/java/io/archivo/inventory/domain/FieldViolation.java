package io.archivo.inventory.domain;

/** One reason why a process's fields are not acceptable, in Spanish for the user. */
public record FieldViolation(ProcessField field, String reason) {
}
