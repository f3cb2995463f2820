package io.archivo.search.service;

import io.archivo.search.SearchHit;
import io.archivo.search.SearchType;
import io.archivo.search.StudyHit;
import io.archivo.search.VariableHit;
import io.archivo.search.index.Fields;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;

/** Turns the stored fields of hits into the records a result carries. */
final class HitReader {

    private static final Set<String> STUDY_FIELDS = Set.of(Fields.STUDY_ID, Fields.VERSION,
            Fields.SHOW_TITLE, Fields.SHOW_DEPARTMENT, Fields.SHOW_PROCESS_CODE, Fields.YEAR_START, Fields.YEAR_END);
    private static final Set<String> VARIABLE_FIELDS = Set.of(Fields.STUDY_ID,
            Fields.SHOW_STUDY_TITLE, Fields.SHOW_VARIABLE_ID, Fields.SHOW_NAME, Fields.SHOW_LABEL, Fields.SHOW_QUESTION);

    /**
     * @param snippets what to highlight, or null for no snippets. Each hit's stored fields are decoded once, for what
     *                 it shows and its snippets together: study documents sit between their variables, so every hit
     *                 is in its own compressed block, and a second read decompressed that block again.
     */
    List<SearchHit> read(IndexSearcher searcher, ScoreDoc[] docs, SearchType type, Snippets.Plan snippets)
            throws IOException {
        StoredFields stored = searcher.storedFields();
        List<SearchHit> hits = new ArrayList<>(docs.length);
        Set<String> fields = type == SearchType.VARIABLE ? VARIABLE_FIELDS : STUDY_FIELDS;
        if (snippets != null) {
            fields = new HashSet<>(fields);
            fields.addAll(snippets.storedFields());
        }
        for (ScoreDoc scoreDoc : docs) {
            // only what a hit shows: an abstract or a thousand suggestion texts need not be decoded
            Document doc = stored.document(scoreDoc.doc, fields);
            List<String> marks = snippets == null ? List.of() : snippets.of(doc);
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
