package io.archivo.archive.api.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.archivo.ddi.model.StudyDescription;
import java.time.OffsetDateTime;

/**
 * A study as the API shows it: the state of the archive record plus the content of the version the caller may
 * see (the latest for editors, the published one for everybody else).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StudyView(
        String idno,
        String title,
        String status,
        String processCode,
        /** The effective level: the stricter of the study's own and its process's. */
        String classification,
        Integer latestVersion,
        Integer publishedVersion,
        int version,
        String ddiVersion,
        String sha256,
        int variableCount,
        ValidationSummary validation,
        OffsetDateTime updatedAt,
        StudyDescription description,
        ClassificationView classificationDecision,
        java.util.List<String> sensitiveVariables,
        /** Cali's areas the shown version covers (geogCover, geogUnit, titles) and the values that named none. */
        io.archivo.geo.AreaCoverage geography,
        /** When, why and for what the study was withdrawn; present only while it is withdrawn. */
        WithdrawalView withdrawal) {
}
