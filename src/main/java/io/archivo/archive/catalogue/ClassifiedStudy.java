package io.archivo.archive.catalogue;

import io.archivo.access.ClassificationDecision;
import java.time.LocalDate;

/**
 * A study with its own classification decision (clasificada or reservada), as the índice de información
 * clasificada y reservada lists it.
 *
 * @param publishedTitle the title of the published edition; null when none was published (a draft's title is not
 *                       public)
 * @param createdOn      when the study was first stored (the date the information was generated)
 */
public record ClassifiedStudy(String idno, String processCode, String publishedTitle, LocalDate createdOn,
        ClassificationDecision decision) {
}
