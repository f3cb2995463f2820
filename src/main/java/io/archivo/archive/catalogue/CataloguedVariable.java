package io.archivo.archive.catalogue;

import io.archivo.ddi.model.Variable;

/** A variable as stored, with whether it is flagged sensitive (personal data; only its study's managers see it). */
public record CataloguedVariable(Variable variable, boolean sensitive) {
}
