package io.archivo.archive.api.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.archivo.ddi.ValidationReport;
import java.time.OffsetDateTime;

/**
 * One immutable version. {@code validation}, the full report with every finding (line, column, message), is given
 * for a single version and left out of listings.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VersionView(int number, String sha256, long sizeBytes, String ddiVersion, String title,
        int variableCount, boolean published, OffsetDateTime createdAt, String createdBy, OffsetDateTime publishedAt,
        boolean schemaChecked, boolean valid, int findingCount, ValidationReport validation) {
}
