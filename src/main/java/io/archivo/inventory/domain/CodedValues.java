package io.archivo.inventory.domain;

import io.archivo.common.organisation.Coded;
import io.archivo.common.organisation.Codes;
import java.util.Optional;

/** Reads the inventory's coded values from API input and spreadsheet cells. */
public final class CodedValues {

    private CodedValues() {
    }

    /** The value a text names: a classification level as access reads it, anything else by code or label. */
    public static <E extends Enum<E> & Coded> Optional<E> find(Class<E> type, String text) {
        return type.equals(Classification.class) ? Classification.of(text).map(type::cast) : Codes.find(type, text);
    }
}
