package io.archivo.inventory.api.dto;

import io.archivo.common.organisation.Coded;

/** An enumerated value as the API shows it: the stable code to send back, the Spanish label to display. */
public record CodeLabel(String code, String label) {

    public static CodeLabel of(Coded value) {
        return value == null ? null : new CodeLabel(value.code(), value.label());
    }
}
