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
        AccessClassification accessClassification,
        boolean sensitive) {

    /** A variable without personal data. */
    public VariableDocument(String studyId, String variableId, String name, String label, String question,
            List<String> categoryLabels, String studyTitle, String department, boolean published,
            AccessClassification accessClassification) {
        this(studyId, variableId, name, label, question, categoryLabels, studyTitle, department, published,
                accessClassification, false);
    }

    /**
     * The same variable flagged as holding personal data (Ley 1581 de 2012): the index treats it as
     * {@code clasificada} at least, so only editors of its department and admins find it.
     */
    public VariableDocument asSensitive() {
        return new VariableDocument(studyId, variableId, name, label, question, categoryLabels, studyTitle, department,
                published, accessClassification, true);
    }

    public VariableDocument {
        Objects.requireNonNull(studyId, "studyId");
        Objects.requireNonNull(variableId, "variableId");
        categoryLabels = categoryLabels == null ? List.of() : List.copyOf(categoryLabels);
        accessClassification = accessClassification == null ? AccessClassification.RESERVADA : accessClassification;
    }

    /** A variable whose study-level copies are left empty; {@code upsertStudy} fills them from the study. */
    public static VariableDocument of(String studyId, String variableId, String name, String label, String question,
                                      List<String> categoryLabels) {
        return new VariableDocument(studyId, variableId, name, label, question, categoryLabels, null, null, false, null,
                false);
    }
}
