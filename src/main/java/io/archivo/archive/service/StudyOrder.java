package io.archivo.archive.service;

import io.archivo.common.problem.ProblemException;
import java.util.Locale;

/** The order of the study listing: by IDNo (the default), or the latest publications first. */
public enum StudyOrder {
    IDNO, PUBLISHED;

    /** {@code idno} or {@code published}; null or blank is IDNO; anything else a 400. */
    public static StudyOrder of(String value) {
        if (value == null || value.isBlank()) {
            return IDNO;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "idno" -> IDNO;
            case "published" -> PUBLISHED;
            default -> throw ProblemException.badRequest("invalid-filter", "Invalid filter",
                    "sort must be idno or published");
        };
    }
}
