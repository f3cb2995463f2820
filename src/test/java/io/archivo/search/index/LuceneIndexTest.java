package io.archivo.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archivo.search.SearchRequest;
import io.archivo.search.SearchType;
import io.archivo.search.SearchResult;
import io.archivo.search.StudyDocument;
import io.archivo.search.StudyHit;
import io.archivo.search.VariableDocument;
import io.archivo.search.VariableHit;
import io.archivo.search.Visibility;
import io.archivo.search.service.SearchService;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import java.time.Duration;
import org.junit.jupiter.api.io.TempDir;

class LuceneIndexTest {

    private LuceneIndex index;
    private SearchService search;

    @BeforeEach
    void open() {
        index = LuceneIndex.open(new ByteBuffersDirectory());
        search = new SearchService(index);
    }

    @AfterEach
    void close() {
        index.close();
    }

    private static StudyDocument study(String id, int version, String title) {
        return StudyDocument.builder(id, version).title(title).department("DAP").years(2020, 2021).revision(version).build();
    }

    private long studyDocs(String studyId) {
        return index.withSearcher(s -> (long) s.count(new TermQuery(new Term(Fields.STUDY_ID, studyId))));
    }

    private List<String> variableNames(String q) {
        return search.search(SearchRequest.of(q).withType(SearchType.VARIABLE).withVisibility(Visibility.admin()))
                .items().stream().map(h -> ((VariableHit) h).name()).sorted().toList();
    }

    @Test
    void upsertIsSearchableAsSoonAsItReturns() {
        index.upsertStudy(study("S1", 1, "Encuesta de movilidad"), List.of());
        assertEquals(1, search.search(SearchRequest.of("movilidad")).total());
    }

    @Test
    void upsertReplacesTheStudyAndAllItsVariables() {
        index.upsertStudy(study("S1", 1, "Encuesta de movilidad"), List.of(
                VariableDocument.of("S1", "V1", "EDAD", "Edad del viajero", null, List.of()),
                VariableDocument.of("S1", "V2", "MODO", "Modo de transporte", null, List.of())));
        assertEquals(List.of("EDAD", "MODO"), variableNames(""));
        assertEquals(List.of("MODO"), variableNames("transporte"));
        assertEquals(3, studyDocs("S1"));

        index.upsertStudy(study("S1", 2, "Encuesta de movilidad urbana"), List.of(
                VariableDocument.of("S1", "V9", "DURACION", "Duración del viaje", null, List.of())));

        assertEquals(2, studyDocs("S1"), "old variables are gone, not duplicated");
        assertTrue(variableNames("edad").isEmpty());
        assertEquals(List.of("DURACION"), variableNames("duracion"));
        assertEquals(Map.of("S1", 2L), index.indexedStudyRevisions());
    }

    @Test
    void variablesTakeVisibilityFromTheirStudy() {
        StudyDocument draft = StudyDocument.builder("S1", 1).title("Borrador").published(false).build();
        // the variable claims to be published; the study says otherwise and wins
        VariableDocument claimsPublished = new VariableDocument("S1", "V1", "SECRETO", "Variable secreta", null, List.of(),
                "Borrador", "DAP", true, io.archivo.search.AccessClassification.PUBLICA);
        index.upsertStudy(draft, List.of(claimsPublished));
        assertEquals(0, search.search(SearchRequest.of("secreta").withType(SearchType.VARIABLE)).total());
        assertEquals(1, search.search(SearchRequest.of("secreta").withType(SearchType.VARIABLE)
                .withVisibility(Visibility.admin())).total());
    }

    @Test
    void variablesOfAnotherStudyAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> index.upsertStudy(study("S1", 1, "x"),
                List.of(VariableDocument.of("S2", "V1", "A", "a", null, List.of()))));
    }

    @Test
    void deleteRemovesTheStudyAndItsVariables() {
        index.upsertStudy(study("S1", 1, "Encuesta de movilidad"),
                List.of(VariableDocument.of("S1", "V1", "EDAD", "Edad", null, List.of())));
        index.upsertStudy(study("S2", 1, "Encuesta de salud"), List.of());

        index.deleteStudy("S1");

        assertEquals(0, studyDocs("S1"));
        assertEquals(0, search.search(SearchRequest.of("movilidad")).total());
        assertTrue(variableNames("edad").isEmpty());
        assertEquals(Map.of("S2", 1L), index.indexedStudyRevisions());
        index.deleteStudy("does-not-exist");
    }

    @Test
    void deleteAllEmptiesTheIndex() {
        index.upsertStudy(study("S1", 1, "a"), List.of());
        index.upsertStudy(study("S2", 1, "b"), List.of());
        index.deleteAll();
        assertTrue(index.indexedStudyRevisions().isEmpty());
        assertEquals(0, search.search(SearchRequest.of("")).total());
    }

    @Test
    void indexedStudyRevisionsListsEveryStudyWhateverItsVisibility() {
        index.upsertStudy(study("S1", 3, "a"), List.of());
        index.upsertStudy(StudyDocument.builder("S2", 7).title("b").published(false).revision(7).build(), List.of());
        assertEquals(Map.of("S1", 3L, "S2", 7L), index.indexedStudyRevisions());
    }

    @Test
    void emptyIndexAnswersEveryCall() {
        assertEquals(0, search.search(SearchRequest.of("educación")).total());
        assertEquals(0, search.search(SearchRequest.of("")).total());
        assertTrue(search.suggest("edu", Visibility.admin(), 10).isEmpty());
        assertTrue(index.indexedStudyRevisions().isEmpty());
    }

    @Test
    void committedIndexSurvivesReopeningFromDisk(@TempDir Path dir) {
        try (LuceneIndex onDisk = LuceneIndex.open(dir)) {
            onDisk.upsertStudy(study("S1", 4, "Calidad del aire"), List.of());
            onDisk.commit();
        }
        try (LuceneIndex reopened = LuceneIndex.open(dir)) {
            assertTrue(reopened.schemaIsCurrent());
            assertEquals(Map.of("S1", 4L), reopened.indexedStudyRevisions());
            assertEquals(1, new SearchService(reopened).search(SearchRequest.of("aire")).total());
        }
    }

    /**
     * Restart with an index built by an older release: its commit names an older schema, start-up sees it
     * ({@code StudyIndexer.reconcile} then empties and refills it from the database), and once rebuilt and committed
     * the next start finds it current and keeps it.
     */
    @Test
    void anIndexFromAnOlderSchemaIsToldApartAndRebuilt(@TempDir Path dir) throws Exception {
        try (org.apache.lucene.store.Directory d = org.apache.lucene.store.FSDirectory.open(dir);
                org.apache.lucene.index.IndexWriter old = new org.apache.lucene.index.IndexWriter(d,
                        new org.apache.lucene.index.IndexWriterConfig())) {
            org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
            doc.add(new org.apache.lucene.document.StringField("legacy", "S1", org.apache.lucene.document.Field.Store.YES));
            old.addDocument(doc);
            old.setLiveCommitData(Map.of("archivo.search.schema",
                    String.valueOf(Integer.parseInt(LuceneIndex.SCHEMA_VERSION) - 1)).entrySet());
            old.commit();
        }
        try (LuceneIndex reopened = LuceneIndex.open(dir)) {
            assertFalse(reopened.schemaIsCurrent(), "an older schema must be rebuilt");
            reopened.deleteAll();
            assertTrue(reopened.schemaIsCurrent(), "once emptied, a later reconciliation must not empty it again");
            reopened.upsertStudy(study("S1", 2, "Calidad del aire"), List.of());
            reopened.commit();
        }
        try (LuceneIndex again = LuceneIndex.open(dir)) {
            assertTrue(again.schemaIsCurrent(), "a rebuilt index is kept at the next start");
            assertEquals(Map.of("S1", 2L), again.indexedStudyRevisions());
        }
    }

    private static List<String> ids(SearchResult result) {
        return result.items().stream().map(h -> ((StudyHit) h).studyId()).sorted().toList();
    }

    @Test
    void aQuietIndexIsMergedIntoOneSegmentWithTheSameAnswers() {
        for (int i = 0; i < 6; i++) { // each upsert refreshes, so each study is a segment of its own
            index.upsertStudy(study("S" + i, 1, "Encuesta de movilidad " + i), List.of(
                    VariableDocument.of("S" + i, "V1", "MODO", "Modo de transporte", null, List.of("Bus", "Bicicleta"))));
        }
        index.deleteStudy("S5");
        assertTrue(index.segmentCount() > 1, "several segments before");
        SearchResult before = search.search(SearchRequest.of("movilidad").withVisibility(Visibility.admin()));

        assertFalse(index.mergeIfQuiet(Duration.ofHours(1), 1), "written just now: not quiet");
        assertTrue(index.segmentCount() > 1);
        assertTrue(index.mergeIfQuiet(Duration.ZERO, 1));

        assertEquals(1, index.segmentCount());
        assertFalse(index.mergeIfQuiet(Duration.ZERO, 1), "nothing left to merge");
        SearchResult after = search.search(SearchRequest.of("movilidad").withVisibility(Visibility.admin()));
        assertEquals(5, after.total());
        assertEquals(ids(before), ids(after));
        assertEquals(before.facets(), after.facets());
    }

    /** The index sort (schema 7): in each segment, whether flushed or merged, studies come before variables. */
    @Test
    void everySegmentHoldsItsStudiesAsWrittenThenItsVariablesByLabel() throws Exception {
        List<LuceneIndex.StudyBlock> blocks = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            blocks.add(new LuceneIndex.StudyBlock(study("S" + i, 1, "Encuesta de movilidad " + i), List.of(
                    VariableDocument.of("S" + i, "V1", "MODO", "Modo de transporte", null, List.of()),
                    VariableDocument.of("S" + i, "V2", "EDAD", "Edad", null, List.of()))));
        }
        index.upsertStudies(blocks.subList(0, 2)); // interleaved as written: study, variables, study, variables
        index.upsertStudies(blocks.subList(2, 4));
        assertEquals(List.of(List.of(0L, 0L, 1L, 1L, 1L, 1L), List.of(0L, 0L, 1L, 1L, 1L, 1L)), kindOrderPerSegment());
        assertEquals(List.of(List.of("S0", "S1", "edad", "edad", "modo de transporte", "modo de transporte"),
                List.of("S2", "S3", "edad", "edad", "modo de transporte", "modo de transporte")), orderPerSegment());

        assertTrue(index.mergeIfQuiet(Duration.ZERO, 1));
        assertEquals(List.of(List.of(0L, 0L, 0L, 0L, 1L, 1L, 1L, 1L, 1L, 1L, 1L, 1L)), kindOrderPerSegment());
        assertEquals(4, search.search(SearchRequest.of("movilidad")).total());
        assertEquals(4, variableNames("transporte").size());
        // schema 9: the studies in the order they were written, the variables by label (alike ones are neighbours)
        assertEquals(List.of(List.of("S0", "S1", "S2", "S3", "edad", "edad", "edad", "edad", "modo de transporte",
                "modo de transporte", "modo de transporte", "modo de transporte")), orderPerSegment());
    }

    /**
     * Schema 8 ({@link DenseNorms}): every document, study or variable, has a norm in the fields variable searches
     * score, while the statistics BM25 scores with still count only documents that hold a term there.
     */
    @Test
    void everyDocumentHasANormInTheVariableFieldsWithoutChangingTheirStatistics() throws Exception {
        index.upsertStudy(study("S1", 1, "Encuesta de movilidad"), List.of(
                VariableDocument.of("S1", "V1", "MODO", "Modo de transporte", "¿Cómo se transporta?", List.of("Bus", "MIO")),
                VariableDocument.of("S1", "V2", "EDAD", "Edad", null, List.of())));
        index.withSearcher(searcher -> {
            try {
                org.apache.lucene.index.LeafReader leaf = searcher.getIndexReader().leaves().get(0).reader();
                assertEquals(3, leaf.maxDoc());
                for (String field : List.of(TextFamily.VARIABLE_NAME.spanish(), TextFamily.VARIABLE_LABEL.spanish(),
                        TextFamily.VARIABLE_QUESTION.spanish(), TextFamily.VARIABLE_CATEGORIES.spanish(),
                        TextFamily.VARIABLE_STUDY_TITLE.spanish())) {
                    assertEquals(3, leaf.getNormValues(field).cost(), field + ": a norm for every document (dense)");
                }
                // only V1 has a question or categories: the empty values add no document to BM25's statistics
                assertEquals(1, searcher.collectionStatistics(TextFamily.VARIABLE_QUESTION.spanish()).docCount());
                assertEquals(1, searcher.collectionStatistics(TextFamily.VARIABLE_CATEGORIES.spanish()).docCount());
                assertEquals(2, searcher.collectionStatistics(TextFamily.VARIABLE_NAME.spanish()).docCount());
                return null;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertEquals(List.of("MODO"), variableNames("transporta"));
        assertEquals(List.of("EDAD", "MODO"), variableNames("movilidad"));
    }

    private List<List<Long>> kindOrderPerSegment() {
        return perSegment((leaf, doc) -> {
            org.apache.lucene.index.NumericDocValues kinds = leaf.getNumericDocValues(Fields.KIND_ORDER);
            assertTrue(kinds.advanceExact(doc), "every document has its kind order");
            return kinds.longValue();
        });
    }

    /** Each document's variable order key, or its study id for a study (which has none). */
    private List<List<String>> orderPerSegment() {
        return perSegment((leaf, doc) -> {
            org.apache.lucene.index.SortedDocValues keys = leaf.getSortedDocValues(Fields.VARIABLE_ORDER);
            return keys != null && keys.advanceExact(doc) ? keys.lookupOrd(keys.ordValue()).utf8ToString()
                    : leaf.storedFields().document(doc).get(Fields.STUDY_ID);
        });
    }

    @FunctionalInterface
    private interface DocValue<T> {
        T of(org.apache.lucene.index.LeafReader leaf, int doc) throws java.io.IOException;
    }

    /** Per segment, in index order, what {@code value} reads of each document. */
    private <T> List<List<T>> perSegment(DocValue<T> value) {
        return index.withSearcher(searcher -> {
            List<List<T>> segments = new java.util.ArrayList<>();
            try {
                for (org.apache.lucene.index.LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                    List<T> docs = new java.util.ArrayList<>();
                    for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                        docs.add(value.of(leaf.reader(), doc));
                    }
                    segments.add(docs);
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return segments;
        });
    }

    @Test
    void freshIndexHasCurrentSchema() {
        assertTrue(index.schemaIsCurrent());
        assertFalse(LuceneIndex.SCHEMA_VERSION.isBlank());
    }
}
