package io.archivo.search.service;

import io.archivo.search.SearchHit;
import io.archivo.search.SearchType;
import io.archivo.search.StudyHit;
import io.archivo.search.VariableHit;
import io.archivo.search.index.Fields;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;

/** Turns the stored fields of hits into the records a result carries. */
final class HitReader {

    private static final java.util.Set<String> STUDY_FIELDS = java.util.Set.of(Fields.STUDY_ID, Fields.VERSION,
            Fields.SHOW_TITLE, Fields.SHOW_DEPARTMENT, Fields.SHOW_PROCESS_CODE, Fields.YEAR_START, Fields.YEAR_END);
    private static final java.util.Set<String> VARIABLE_FIELDS = java.util.Set.of(Fields.STUDY_ID,
            Fields.SHOW_STUDY_TITLE, Fields.SHOW_VARIABLE_ID, Fields.SHOW_NAME, Fields.SHOW_LABEL, Fields.SHOW_QUESTION);

    List<SearchHit> read(IndexSearcher searcher, ScoreDoc[] docs, SearchType type, Map<Integer, List<String>> snippets)
            throws IOException {
        StoredFields stored = searcher.storedFields();
        List<SearchHit> hits = new ArrayList<>(docs.length);
        for (ScoreDoc scoreDoc : docs) {
            // only what a hit shows: an abstract or a thousand suggestion texts need not be decoded
            Document doc = stored.document(scoreDoc.doc, type == SearchType.VARIABLE ? VARIABLE_FIELDS : STUDY_FIELDS);
            List<String> marks = snippets.getOrDefault(scoreDoc.doc, List.of());
            hits.add(type == SearchType.VARIABLE ? variable(doc, marks) : study(doc, marks));
        }
        return hits;
    }

    private static StudyHit study(Document doc, List<String> snippets) {
        return new StudyHit(doc.get(Fields.STUDY_ID), integer(doc, Fields.VERSION), doc.get(Fields.SHOW_TITLE),
                doc.get(Fields.SHOW_DEPARTMENT), doc.get(Fields.SHOW_PROCESS_CODE),
                integer(doc, Fields.YEAR_START), integer(doc, Fields.YEAR_END), snippets);
    }

    private static VariableHit variable(Document doc, List<String> snippets) {
        return new VariableHit(doc.get(Fields.STUDY_ID), doc.get(Fields.SHOW_STUDY_TITLE), doc.get(Fields.SHOW_VARIABLE_ID),
                doc.get(Fields.SHOW_NAME), doc.get(Fields.SHOW_LABEL), doc.get(Fields.SHOW_QUESTION), snippets);
    }

    private static Integer integer(Document doc, String field) {
        IndexableField f = doc.getField(field);
        return f == null || f.numericValue() == null ? null : f.numericValue().intValue();
    }
}
