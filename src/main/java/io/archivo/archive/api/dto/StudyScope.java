package io.archivo.archive.api.dto;

import io.archivo.access.AccessPolicy;

/**
 * The facts {@link AccessPolicy} decides a study's reads by, as plain values taken when the archive read the study
 * (no entity behind them), so that a capability answering for the same read (the study's data files) applies the
 * same rules without reading the study again.
 */
public record StudyScope(String idno, boolean isPublished, boolean isWithdrawn, String classification,
        String processClassification, String department) implements AccessPolicy.StudyVisibility {

    public static StudyScope of(String idno, AccessPolicy.StudyVisibility v) {
        return new StudyScope(idno, v.isPublished(), v.isWithdrawn(), v.classification(), v.processClassification(),
                v.department());
    }
}
