package io.archivo.search.index;

import java.io.IOException;
import java.util.List;

import org.apache.lucene.document.Document;

/** Test-side access to the Lucene documents {@link LuceneIndex} writes for a block, to time building them apart. */
public final class DocumentProbe {

    private DocumentProbe() {
    }

    /** The study's document and its variables' documents, exactly as {@link LuceneIndex#upsertStudies} builds them. */
    public static List<Document> documents(LuceneIndex.StudyBlock block) throws IOException {
        return LuceneIndex.luceneBlock(block.study(), block.variables());
    }
}
