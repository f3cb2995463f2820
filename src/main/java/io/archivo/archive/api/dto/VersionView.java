package io.archivo.archive.api.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.archivo.ddi.ValidationReport;
import java.time.OffsetDateTime;

/** One immutable version; {@code validation} is the full report with every finding (line, column, message). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VersionView(int number, String sha256, long sizeBytes, String ddiVersion, String title,
        int variableCount, boolean published, OffsetDateTime createdAt, String createdBy, OffsetDateTime publishedAt,
        ValidationReport validation) {
}
