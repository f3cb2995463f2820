package io.archivo.archive.imports;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Progress and outcome of a bulk import: {@code done} of {@code total} files so far; {@code interrupted} files were
 * not imported because the service stopped during the job.
 */
public record ImportJobView(String id, String state, int total, int done, int succeeded, int failed, int interrupted,
        OffsetDateTime createdAt, String createdBy, List<FileOutcome> files) {
}
