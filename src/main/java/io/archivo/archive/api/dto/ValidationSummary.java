package io.archivo.archive.api.dto;

/** How a version fared against the DDI schema; the findings themselves are on the version resource. */
public record ValidationSummary(boolean schemaAvailable, boolean valid, int findingCount, String note) {
}
