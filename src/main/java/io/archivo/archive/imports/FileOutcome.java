package io.archivo.archive.imports;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What became of one file of a bulk import. {@code status} is the HTTP status the same upload would have had;
 * {@code published} is true when an import with {@code publish=true} published the file's version.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FileOutcome(String file, String result, int status, String idno, Integer version, Integer findings,
        String problem, String detail, Object line, Object column, Boolean published) {

    static FileOutcome skipped(String file, String why) {
        return new FileOutcome(file, "skipped", 0, null, null, null, null, why, null, null, null);
    }

    static FileOutcome interrupted(String file) {
        return new FileOutcome(file, "interrupted", 0, null, null, null, null,
                "not imported: the service stopped first; submit the archive again to import it", null, null, null);
    }
}
