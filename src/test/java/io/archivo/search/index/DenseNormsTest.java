package io.archivo.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archivo.search.StudyDocument;
import io.archivo.search.VariableDocument;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.lucene.analysis.miscellaneous.EmptyTokenStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/** The empty values that make the variable fields' norms dense must not change a single score. */
class DenseNormsTest {

    private static final List<TextFamily> VARIABLE_FAMILIES = List.of(TextFamily.VARIABLE_NAME, TextFamily.VARIABLE_LABEL,
            TextFamily.VARIABLE_QUESTION, TextFamily.VARIABLE_CATEGORIES, TextFamily.VARIABLE_STUDY_TITLE);

    @Test
    void denseNormsScoreEveryVariableAsSparseNormsDid() throws IOException {
        List<Document> docs = new ArrayList<>();
        for (int s = 1; s <= 3; s++) {
            StudyDocument study = StudyDocument.builder("S-" + s, 1).title("Encuesta de hogares " + s, "es")
                    .department("Salud").years(2020, 2021).revision(1).build();
            List<VariableDocument> variables = new ArrayList<>();
            for (int v = 1; v <= 8; v++) {
                // some variables without a question or categories: their norms there were missing
                variables.add(VariableDocument.of("S-" + s, "V" + v, "p" + v, v % 2 == 0 ? "Ingreso del hogar" : "Edad de la persona " + v,
                        v % 3 == 0 ? null : "¿Cuál fue el ingreso mensual del hogar en pesos? " + "hogar ".repeat(v),
                        v % 4 == 0 ? List.of() : List.of("Sí", "No", "Hogar unipersonal")));
            }
            docs.addAll(LuceneIndex.luceneBlock(study, variables));
        }
        List<Document> withoutEmptyValues = docs.stream().map(DenseNormsTest::withoutEmptyValues).toList();

        try (Directory dense = index(docs); Directory sparse = index(withoutEmptyValues);
                DirectoryReader denseReader = DirectoryReader.open(dense);
                DirectoryReader sparseReader = DirectoryReader.open(sparse)) {
            LeafReader denseLeaf = denseReader.leaves().get(0).reader();
            LeafReader sparseLeaf = sparseReader.leaves().get(0).reader();
            for (TextFamily family : VARIABLE_FAMILIES) {
                String field = family.spanish();
                assertEquals(denseLeaf.maxDoc(), denseLeaf.getNormValues(field).cost(), field + " is dense");
                assertTrue(sparseLeaf.getNormValues(field).cost() < sparseLeaf.maxDoc(), field + " was sparse");
            }
            for (String word : List.of("hogar", "ingreso", "edad", "pesos", "encuesta", "unipersonal", "persona")) {
                Map<Integer, Float> denseScores = scores(new IndexSearcher(denseReader), variableQuery(word));
                assertTrue(denseScores.size() > 0, word + " matches");
                assertEquals(scores(new IndexSearcher(sparseReader), variableQuery(word)), denseScores, word);
            }
        }
    }

    /** One word in every variable field, best field wins, as a variable search asks (SearchTarget.VARIABLES). */
    private static Query variableQuery(String typed) {
        String word = AnalysisProbe.terms(Analyzers.spanish(), "", typed).get(0); // as indexed: folded and stemmed
        List<Query> perField = new ArrayList<>();
        float boost = 6f;
        for (TextFamily family : VARIABLE_FAMILIES) {
            perField.add(new BoostQuery(new TermQuery(new Term(family.spanish(), word)), boost));
            boost /= 2;
        }
        return new DisjunctionMaxQuery(perField, 0f);
    }

    private static Map<Integer, Float> scores(IndexSearcher searcher, Query query) throws IOException {
        Map<Integer, Float> scores = new TreeMap<>();
        for (ScoreDoc hit : searcher.search(query, 1000).scoreDocs) {
            scores.put(hit.doc, hit.score);
        }
        return scores;
    }

    private static Document withoutEmptyValues(Document doc) {
        Document copy = new Document();
        for (IndexableField f : doc.getFields()) {
            if (!(f instanceof org.apache.lucene.document.Field field && field.tokenStreamValue() instanceof EmptyTokenStream)) {
                copy.add(f);
            }
        }
        return copy;
    }

    private static Directory index(List<Document> docs) throws IOException {
        Directory dir = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(Analyzers.perField()))) {
            writer.addDocuments(docs); // one segment, the same document numbers in both
        }
        return dir;
    }
}
