package io.archivo.files;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;

/** A data file as the API shows it; {@code profile} is the tabular profile (tabular files, single-file reads). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FileView(long id, String study, String name, String mediaType, long size, String sha256,
        String fileDscrId, String description, String licence, String accessLevel, int studyVersion,
        int addedRevision, Integer removedRevision, Long replaces, OffsetDateTime createdAt, Long downloads,
        boolean tabular, JsonNode profile) {
}
