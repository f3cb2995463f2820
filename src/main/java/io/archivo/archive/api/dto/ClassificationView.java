package io.archivo.archive.api.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/** A classification decision (Ley 1712 de 2014 art. 18-19), as the API shows it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClassificationView(String level, String legalBasis, String exception, LocalDate decidedOn, String term) {
}
