package io.archivo.archive.api.dto;

import io.archivo.common.api.Page;
import io.archivo.ddi.model.Variable;
import java.util.List;

/**
 * A study page's worth of the archive in one read, with one access decision: the study, its versions and one page
 * of its variables exactly as {@code GET /api/v1/studies/{idno}}, {@code …/versions} and {@code …/variables} show
 * them to the same caller, the names and labels of its first shown variables where asked for, and the access facts
 * the read was decided by.
 *
 * @param publicFace whether the caller sees what the public sees (a study the public may see, and the caller
 *        manages nothing of it): then this read is the public's, and what is built from it may be shown to anyone
 */
public record StudyRead(StudyView study, List<VersionView> versions, Page<Variable> variables,
        List<VariableLabel> labels, StudyScope scope, boolean publicFace) {

    /** A shown variable's name and preferred (Spanish) label, in document order. */
    public record VariableLabel(String name, String label) {
    }
}
