package io.archivo.archive.catalogue;

import io.archivo.ddi.model.StudyDescription;
import io.archivo.ddi.model.Variable;
import java.util.List;

/**
 * The published edition of a study as the public sees it: the study is publicly visible and its sensitive variables
 * are already left out.
 */
public record PublicEdition(String idno, int version, StudyDescription description, List<Variable> variables) {
}
