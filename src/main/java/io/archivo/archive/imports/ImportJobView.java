package io.archivo.archive.imports;

import java.time.OffsetDateTime;
import java.util.List;

/** Progress and outcome of a bulk import: {@code done} of {@code total} files so far. */
public record ImportJobView(String id, String state, int total, int done, int succeeded, int failed,
        OffsetDateTime createdAt, String createdBy, List<FileOutcome> files) {
}
