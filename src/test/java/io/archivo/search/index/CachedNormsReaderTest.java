package io.archivo.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * Norms read from the decoded arrays are Lucene's own, document for document, for a rare field (on a few "study"
 * documents, kept sparse), a common one (on most "variable" documents, kept dense) and one on every document; and
 * queries over them rank and score exactly alike (same documents, same float scores), also after a refresh.
 */
class CachedNormsReaderTest {

    private static final List<String> WORDS = List.of("encuesta", "hogares", "movilidad", "salud", "comuna", "edad",
            "ingresos", "vivienda", "educacion", "empleo");

    @Test
    void normsAndScoresAreLucenesOwn() throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(Analyzers.perField()))) {
            Random random = new Random(7);
            addBatch(writer, random, 0);
            writer.commit();
            addBatch(writer, random, 1);
            writer.commit();
            DirectoryReader plain = DirectoryReader.open(writer);
            DirectoryReader cached = CachedNormsReader.wrap(DirectoryReader.open(writer));
            assertSame(plain, cached);

            addBatch(writer, random, 2); // a refresh: a new segment, decoded on first use
            DirectoryReader plain2 = DirectoryReader.openIfChanged(plain, writer);
            DirectoryReader cached2 = DirectoryReader.openIfChanged(cached);
            assertTrue(cached2 instanceof CachedNormsReader, "a reopened reader is wrapped too");
            assertTrue(cached2.leaves().size() >= 3);
            assertSame(plain2, cached2);
            for (DirectoryReader r : List.of(plain, cached, plain2, cached2)) {
                r.close();
            }
        }
    }

    private static void assertSame(DirectoryReader plain, DirectoryReader cached) throws IOException {
        for (String field : List.of("title", "varLabel", "spell")) {
            for (int i = 0; i < plain.leaves().size(); i++) {
                LeafReaderContext p = plain.leaves().get(i);
                LeafReaderContext c = cached.leaves().get(i);
                NumericDocValues expected = p.reader().getNormValues(field);
                NumericDocValues actual = c.reader().getNormValues(field);
                for (int doc = 0; doc < p.reader().maxDoc(); doc += 1 + doc % 3) { // forward jumps of varying size
                    boolean has = expected != null && expected.advanceExact(doc);
                    assertEquals(has, actual != null && actual.advanceExact(doc), field + " doc " + doc);
                    if (has) {
                        assertEquals(expected.longValue(), actual.longValue(), field + " doc " + doc);
                    }
                }
            }
        }
        IndexSearcher p = new IndexSearcher(plain);
        IndexSearcher c = new IndexSearcher(cached);
        for (String word : WORDS) {
            for (Query q : queries(word)) {
                TopDocs expected = p.search(q, 1000);
                TopDocs actual = c.search(q, 1000);
                assertEquals(expected.scoreDocs.length, actual.scoreDocs.length, q.toString());
                for (int i = 0; i < expected.scoreDocs.length; i++) {
                    assertEquals(expected.scoreDocs[i].doc, actual.scoreDocs[i].doc, q + " rank " + i);
                    assertEquals(Float.floatToIntBits(expected.scoreDocs[i].score),
                            Float.floatToIntBits(actual.scoreDocs[i].score), q + " rank " + i);
                }
            }
        }
    }

    private static List<Query> queries(String word) {
        Query dismax = new DisjunctionMaxQuery(List.of(new BoostQuery(new TermQuery(new Term("title", word)), 8f),
                new BoostQuery(new TermQuery(new Term("varLabel", word)), 6f), new TermQuery(new Term("spell", word))), 0.1f);
        Query both = new BooleanQuery.Builder().add(dismax, Occur.MUST)
                .add(new TermQuery(new Term("spell", "encuesta")), Occur.SHOULD).build();
        Query phrase = new PhraseQuery("spell", word, "encuesta");
        return List.of(dismax, both, phrase, new TermQuery(new Term("title", word)));
    }

    /** 3 "studies" (title on them only) among 300 "variables" (most with a label), every document with spell text. */
    private static void addBatch(IndexWriter writer, Random random, int batch) throws IOException {
        for (int i = 0; i < 303; i++) {
            Document doc = new Document();
            String text = text(random);
            if (i % 101 == 0) {
                doc.add(new TextField("title", text, Field.Store.NO));
            } else if (i % 7 != 0) {
                doc.add(new TextField("varLabel", text, Field.Store.NO));
            }
            doc.add(new TextField("spell", text + " " + text(random), Field.Store.NO));
            writer.addDocument(doc);
        }
    }

    private static String text(Random random) {
        StringBuilder out = new StringBuilder();
        for (int n = 1 + random.nextInt(12); n > 0; n--) {
            out.append(WORDS.get(random.nextInt(WORDS.size()))).append(' ');
        }
        return out.toString();
    }
}
