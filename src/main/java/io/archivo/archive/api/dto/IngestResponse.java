package io.archivo.archive.api.dto;

/** The answer to an upload: which study and version it produced, and the version's validation report. */
public record IngestResponse(String result, String idno, VersionView version) {
}
