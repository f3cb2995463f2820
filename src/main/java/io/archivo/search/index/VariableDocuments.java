package io.archivo.search.index;

import io.archivo.search.AccessClassification;
import io.archivo.search.FacetName;
import io.archivo.search.StudyDocument;
import io.archivo.search.VariableDocument;

import java.io.IOException;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.util.BytesRef;

/** Turns a {@link VariableDocument} into the Lucene document of a variable, inheriting visibility from its study. */
final class VariableDocuments {

    private VariableDocuments() {
    }

    static Document toLucene(VariableDocument variable, StudyDocument study, BlockAnalysis analysis) throws IOException {
        Document doc = new Document();
        doc.add(new StringField(Fields.ID, Fields.variableKey(study.studyId(), variable.variableId()), Field.Store.NO));
        doc.add(new StringField(Fields.KIND, Fields.KIND_VARIABLE, Field.Store.NO));
        doc.add(new NumericDocValuesField(Fields.KIND_ORDER, 1L));
        doc.add(new StringField(Fields.STUDY_ID, study.studyId(), Field.Store.YES));
        // the study decides who may see its variables, whatever the variable record says
        // (a sensitive variable is at least clasificada: personal data, Ley 1581 de 2012)
        AccessClassification access = variable.sensitive() && study.accessClassification() == AccessClassification.PUBLICA
                ? AccessClassification.CLASIFICADA : study.accessClassification();
        VisibilityFields.add(doc, study.published(), access, study.department());

        HitRow.Builder row = new HitRow.Builder();
        DocumentText text = new DocumentText(doc, row, analysis);
        text.add(TextFamily.VARIABLE_NAME, variable.name());
        text.add(TextFamily.VARIABLE_LABEL, variable.label());
        text.add(TextFamily.VARIABLE_QUESTION, variable.question());
        text.addAllPlain(TextFamily.VARIABLE_CATEGORIES, variable.categoryLabels());
        String studyTitle = study.displayTitle();
        text.add(TextFamily.VARIABLE_STUDY_TITLE, studyTitle);

        FacetFields.add(doc, FacetName.DEPARTMENT, study.department());
        FacetFields.add(doc, FacetName.ACCESS_CLASSIFICATION, access.code());

        row.add(Fields.STUDY_ID, study.studyId()).add(Fields.SHOW_STUDY_TITLE, studyTitle)
                .add(Fields.SHOW_VARIABLE_ID, variable.variableId()).add(Fields.SHOW_NAME, variable.name())
                .add(Fields.SHOW_LABEL, variable.label()).add(Fields.SHOW_QUESTION, variable.question());
        doc.add(row.toField());
        String sortText = variable.label() != null && !variable.label().isBlank() ? variable.label() : variable.name();
        BytesRef sortKey = new BytesRef(StudyDocuments.sortKey(sortText == null ? "" : sortText));
        doc.add(new SortedDocValuesField(Fields.TITLE_SORT, sortKey));
        doc.add(new SortedDocValuesField(Fields.VARIABLE_ORDER, sortKey));
        DenseNorms.complete(doc);
        return FacetFields.config().build(doc);
    }
}
