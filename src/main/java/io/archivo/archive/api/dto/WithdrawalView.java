package io.archivo.archive.api.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;

/**
 * A withdrawal as a caller may see it: when, why, and where the study's readers should go instead.
 *
 * @param idno        the withdrawn study
 * @param title       the title it was last published under
 * @param withdrawnAt when it was withdrawn
 * @param reason      why (null when none was given)
 * @param replacedBy  the IDNo of the study that replaces it (only when the caller may see that study), or an
 *                    http(s) URL; null when none
 * @param replacedByStudy whether {@code replacedBy} is a study's IDNo (false for a URL)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WithdrawalView(String idno, String title, OffsetDateTime withdrawnAt, String reason, String replacedBy,
        Boolean replacedByStudy) {
}
