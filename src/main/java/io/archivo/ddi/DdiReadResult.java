package io.archivo.ddi;

import io.archivo.ddi.model.StudyDescription;

/**
 * The outcome of reading an accepted codebook. Variables are not here: they went to the caller's sink while the
 * document was read.
 *
 * @param study         the study-level description
 * @param variableCount how many variables were handed to the sink
 * @param validation    what the DDI schema said, read in the same pass
 * @param wrapped       whether the codebook came inside an OAI-PMH response
 */
public record DdiReadResult(StudyDescription study, int variableCount, ValidationReport validation, boolean wrapped) {
}
