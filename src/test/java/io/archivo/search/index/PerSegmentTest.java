package io.archivo.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.concurrent.atomic.AtomicInteger;

import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/** A per-segment value is computed once per segment, shared by readers that keep the segment, and dropped with it. */
class PerSegmentTest {

    @Test
    void computedOncePerSegmentAndDroppedWhenTheSegmentCloses() throws Exception {
        PerSegment<Integer> values = new PerSegment<>();
        AtomicInteger loads = new AtomicInteger();
        PerSegment.Loader<Integer> maxDoc = segment -> {
            loads.incrementAndGet();
            return segment.maxDoc();
        };
        try (Directory dir = new ByteBuffersDirectory();
                IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new KeywordAnalyzer()))) {
            add(writer, "a");
            writer.commit();
            DirectoryReader first = DirectoryReader.open(writer);
            LeafReaderContext segment = first.leaves().get(0);
            Integer value = values.get(segment.reader(), maxDoc);
            assertSame(value, values.get(segment.reader(), maxDoc));
            assertEquals(1, loads.get(), "the second call reuses the value");

            add(writer, "b");
            DirectoryReader second = DirectoryReader.openIfChanged(first, writer);
            for (LeafReaderContext leaf : second.leaves()) {
                values.get(leaf.reader(), maxDoc);
            }
            assertEquals(2, loads.get(), "the kept segment is not computed again, the new one is");
            assertEquals(2, values.size());

            writer.forceMerge(1);
            DirectoryReader merged = DirectoryReader.openIfChanged(second, writer);
            first.close();
            second.close();
            values.get(merged.leaves().get(0).reader(), maxDoc);
            assertEquals(1, values.size(), "the merged-away segments' values are gone");
            merged.close();
        }
        // the writer pools the readers of the segments it holds; once it is closed, the last one closes too
        assertEquals(0, values.size());
    }

    private static void add(IndexWriter writer, String id) throws Exception {
        Document doc = new Document();
        doc.add(new StringField("id", id, Field.Store.NO));
        writer.addDocument(doc);
    }
}
