package io.archivo.search;

import java.util.List;
import java.util.Objects;

/**
 * What the index needs to know about one variable of a study. The study's title, department, publication state and
 * classification are copies for display; for filtering, {@code LuceneIndex.upsertStudy} always takes them from the study
 * itself so that a variable can never be more visible than its study.
 */
public record VariableDocument(
        String studyId,
        String variableId,
        String name,
        String label,
        String question,
        List<String> categoryLabels,
        String studyTitle,
        String department,
        boolean published,
        AccessClassification accessClassification) {

    public VariableDocument {
        Objects.requireNonNull(studyId, "studyId");
        Objects.requireNonNull(variableId, "variableId");
        categoryLabels = categoryLabels == null ? List.of() : List.copyOf(categoryLabels);
        accessClassification = accessClassification == null ? AccessClassification.RESERVADA : accessClassification;
    }

    /** A variable whose study-level copies are left empty; {@code upsertStudy} fills them from the study. */
    public static VariableDocument of(String studyId, String variableId, String name, String label, String question,
                                      List<String> categoryLabels) {
        return new VariableDocument(studyId, variableId, name, label, question, categoryLabels, null, null, false, null);
    }
}
