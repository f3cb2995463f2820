package io.archivo.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Term queries bound to kept per-segment term states find and score exactly what the plain query does, also after
 * a refresh adds a segment (old segments' entries are reused, the new one's are looked up), and for absent terms.
 */
class SegmentTermStatesTest {

    @Test
    void boundQueriesScoreLikePlainOnesAcrossRefreshes() throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
            add(writer, "encuesta de hogares", "hogares y personas de cali");
            add(writer, "censo de edificaciones", "obras");
            writer.commit(); // first segment
            add(writer, "hogares de la comuna 3", "encuesta");
            writer.commit(); // second segment

            DirectoryReader reader = DirectoryReader.open(writer);
            assertSame(reader, query());

            // a refresh: a new segment; the first two keep their entries
            add(writer, "encuesta de movilidad", "hogares");
            DirectoryReader refreshed = DirectoryReader.openIfChanged(reader, writer);
            assertTrue(refreshed.leaves().size() >= 3);
            assertSame(refreshed, query());
            reader.close();
            refreshed.close();
        }
    }

    /**
     * A clause instance bound twice on one reader gives the one kept bound form; a refresh gets its own, so a word
     * no segment held before (bound to "matches nothing") finds the document that brought it.
     */
    @Test
    void boundClausesAreKeptPerReader() throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
            add(writer, "encuesta de hogares", "hogares y personas de cali");
            writer.commit();
            Query movilidad = new DisjunctionMaxQuery(List.of(new TermQuery(new Term("title", "movilidad")),
                    new TermQuery(new Term("abstract", "movilidad"))), 0.1f);

            DirectoryReader reader = DirectoryReader.open(writer);
            IndexSearcher searcher = new IndexSearcher(reader);
            Query first = SegmentTermStates.bind(movilidad, searcher);
            assertTrue(first == SegmentTermStates.bind(movilidad, searcher), "kept for the reader");
            assertEquals(0, searcher.count(first));

            add(writer, "encuesta de movilidad", "viajes");
            DirectoryReader refreshed = DirectoryReader.openIfChanged(reader, writer);
            IndexSearcher newer = new IndexSearcher(refreshed);
            Query again = SegmentTermStates.bind(movilidad, newer);
            assertTrue(again != first, "a new reader binds again");
            assertEquals(1, newer.count(again));
            reader.close();
            refreshed.close();
        }
    }

    /** title hogares OR abstract hogares (dismax), must have encuesta somewhere, and a word no document has. */
    private static Query query() {
        Query hogares = new DisjunctionMaxQuery(List.of(new BoostQuery(new TermQuery(new Term("title", "hogares")), 8f),
                new TermQuery(new Term("abstract", "hogares"))), 0.1f);
        Query encuesta = new DisjunctionMaxQuery(List.of(new TermQuery(new Term("title", "encuesta")),
                new TermQuery(new Term("abstract", "encuesta"))), 0.1f);
        return new BooleanQuery.Builder().add(hogares, Occur.SHOULD).add(encuesta, Occur.MUST)
                .add(new TermQuery(new Term("title", "inexistente")), Occur.SHOULD).build();
    }

    private static void assertSame(DirectoryReader reader, Query query) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        TopDocs plain = searcher.search(query, 10);
        for (int pass = 0; pass < 2; pass++) { // the second pass reads the kept entries
            TopDocs bound = searcher.search(SegmentTermStates.bind(query, searcher), 10);
            assertEquals(plain.totalHits, bound.totalHits);
            assertEquals(plain.scoreDocs.length, bound.scoreDocs.length);
            for (int i = 0; i < plain.scoreDocs.length; i++) {
                ScoreDoc p = plain.scoreDocs[i];
                ScoreDoc b = bound.scoreDocs[i];
                assertEquals(p.doc, b.doc);
                assertEquals(p.score, b.score, 0f, "same statistics, same score");
            }
        }
        assertTrue(SegmentTermStates.segments() >= 1);
    }

    private static void add(IndexWriter writer, String title, String abstractText) throws IOException {
        Document doc = new Document();
        doc.add(new TextField("title", title, Field.Store.NO));
        doc.add(new TextField("abstract", abstractText, Field.Store.NO));
        writer.addDocument(doc);
    }
}
