package io.archivo.search.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archivo.search.FacetCount;
import io.archivo.search.FacetName;
import io.archivo.search.index.FacetFields;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/** The in-heap facet counting gives exactly Lucene's counts, order and labels, over several segments. */
class FacetOrdinalsTest {

    private static final String[] DEPARTMENTS = {"Salud", "Educación", "Hacienda", "Tránsito", "DAGMA", "Cultura"};
    private static final String[] TOPICS = {"pobreza", "empleo", "movilidad", "aire", "ruido", "matrícula", "salud"};

    @Test
    void countsAreLucenesOverManySegmentsWithGapsAndDeletions() throws IOException {
        Random random = new Random(42);
        try (Directory dir = new ByteBuffersDirectory()) {
            IndexWriterConfig config = new IndexWriterConfig(new KeywordAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE);
            try (IndexWriter writer = new IndexWriter(dir, config)) {
                for (int i = 0; i < 3_000; i++) {
                    Document doc = new Document();
                    doc.add(new StringField("id", "d" + i, Field.Store.NO));
                    doc.add(new StringField("half", i % 2 == 0 ? "even" : "odd", Field.Store.NO));
                    if (i % 7 != 0) { // some documents have no facet value at all
                        FacetFields.add(doc, FacetName.DEPARTMENT, DEPARTMENTS[random.nextInt(DEPARTMENTS.length)]);
                        for (int t = random.nextInt(4); t > 0; t--) {
                            FacetFields.add(doc, FacetName.TOPIC, TOPICS[random.nextInt(TOPICS.length)]);
                        }
                    }
                    writer.addDocument(FacetFields.config().build(doc));
                    if (i % 500 == 499) {
                        writer.commit(); // a new segment
                    }
                }
                writer.deleteDocuments(new Term("id", "d10"), new Term("id", "d1001"));
                writer.commit();
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                assertTrue(reader.leaves().size() > 3, "several segments");
                IndexSearcher searcher = new IndexSearcher(reader);
                FacetOrdinals ordinals = FacetOrdinals.of(reader);
                for (Query query : List.of(new MatchAllDocsQuery(), new TermQuery(new Term("half", "odd")))) {
                    FacetsCollector matches = searcher.search(query, new org.apache.lucene.facet.FacetsCollectorManager());
                    SortedSetDocValuesFacetCounts lucene = new SortedSetDocValuesFacetCounts(
                            new DefaultSortedSetDocValuesReaderState(reader, FacetFields.config()), matches);
                    int[] counts = ordinals.count(sampleOf(matches));
                    for (FacetName dim : List.of(FacetName.DEPARTMENT, FacetName.TOPIC)) {
                        for (int limit : new int[] {3, 50}) {
                            assertEquals(expected(lucene.getTopChildren(limit, dim.key())),
                                    ordinals.top(counts, dim.key(), limit), dim + " top " + limit + " for " + query);
                        }
                    }
                    assertEquals(List.of(), ordinals.top(counts, FacetName.LANGUAGE.key(), 50), "a facet never indexed");
                }
            }
        }
    }

    @Test
    void anIndexWithoutFacetsHasNoOrdinals() throws IOException {
        try (Directory dir = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new KeywordAnalyzer()))) {
                Document doc = new Document();
                doc.add(new StringField("id", "x", Field.Store.NO));
                writer.addDocument(doc);
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                assertNull(FacetOrdinals.of(reader));
            }
        }
    }

    /** The same matches as the sample a search records. */
    private static MatchSample sampleOf(FacetsCollector matches) throws IOException {
        MatchSample sample = new MatchSample(10_000);
        for (FacetsCollector.MatchingDocs segment : matches.getMatchingDocs()) {
            org.apache.lucene.search.DocIdSetIterator docs = segment.bits.iterator();
            for (int doc = docs.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                assertTrue(sample.add(segment.context.ord, doc));
            }
        }
        return sample;
    }

    private static List<FacetCount> expected(FacetResult result) {
        List<FacetCount> out = new ArrayList<>();
        if (result != null) {
            for (LabelAndValue lv : result.labelValues) {
                out.add(new FacetCount(lv.label, lv.value.longValue()));
            }
        }
        return out;
    }
}
