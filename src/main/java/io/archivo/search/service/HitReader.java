package io.archivo.search.service;

import io.archivo.search.SearchHit;
import io.archivo.search.SearchType;
import io.archivo.search.StudyHit;
import io.archivo.search.VariableHit;
import io.archivo.search.index.Fields;
import io.archivo.search.index.HitRow;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;

/** Turns the rows of hits ({@link HitRow}) into the records a result carries. */
final class HitReader {

    /**
     * @param snippets what to highlight, or null for no snippets. A hit's row holds what it shows and the text its
     *                 snippets are cut from, so each hit is one doc-values read.
     */
    List<SearchHit> read(IndexSearcher searcher, ScoreDoc[] docs, SearchType type, Snippets.Plan snippets)
            throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        // doc values iterate forwards only: read the page in index order, answer it in rank order
        Integer[] order = new Integer[docs.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt(i -> docs[i].doc));
        SearchHit[] hits = new SearchHit[docs.length];
        int leafIndex = -1;
        LeafReaderContext leaf = null;
        BinaryDocValues rows = null;
        for (int i : order) {
            int doc = docs[i].doc;
            if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
                leafIndex = ReaderUtil.subIndex(doc, leaves);
                leaf = leaves.get(leafIndex);
                rows = DocValues.getBinary(leaf.reader(), HitRow.FIELD);
            }
            if (!rows.advanceExact(doc - leaf.docBase)) {
                throw new IllegalStateException("indexed document " + doc + " has no hit row");
            }
            HitRow row = HitRow.read(rows.binaryValue());
            List<String> marks = snippets == null ? List.of() : snippets.of(row);
            hits[i] = type == SearchType.VARIABLE ? variable(row, marks) : study(row, marks);
        }
        return Arrays.asList(hits);
    }

    private static StudyHit study(HitRow row, List<String> snippets) {
        return new StudyHit(row.get(Fields.STUDY_ID), row.integer(Fields.VERSION), row.get(Fields.SHOW_TITLE),
                row.get(Fields.SHOW_DEPARTMENT), row.get(Fields.SHOW_PROCESS_CODE),
                row.integer(Fields.YEAR_START), row.integer(Fields.YEAR_END), snippets);
    }

    private static VariableHit variable(HitRow row, List<String> snippets) {
        return new VariableHit(row.get(Fields.STUDY_ID), row.get(Fields.SHOW_STUDY_TITLE), row.get(Fields.SHOW_VARIABLE_ID),
                row.get(Fields.SHOW_NAME), row.get(Fields.SHOW_LABEL), row.get(Fields.SHOW_QUESTION), snippets);
    }
}
