package io.archivo.archive.api.dto;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A study in a listing; {@code publishedAt}: when its published version was published (null for a draft). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StudySummary(String idno, String title, String status, String processCode, Integer latestVersion,
        Integer publishedVersion, java.time.OffsetDateTime publishedAt) {
}
