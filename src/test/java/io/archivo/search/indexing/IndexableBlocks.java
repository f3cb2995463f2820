package io.archivo.search.indexing;

import io.archivo.archive.catalogue.IndexableStudy;
import io.archivo.search.index.LuceneIndex;
import java.util.List;

/**
 * Test-side access to the indexer's own mapping ({@link StudyDocumentFactory#block}), for benchmarks that index what
 * the service indexes without starting Quarkus: a study with no process in the inventory and no data files, as in
 * the bulk-load benchmark.
 */
public final class IndexableBlocks {

    private IndexableBlocks() {
    }

    /** What {@code StudyIndexer} hands to {@link LuceneIndex#upsertStudies} for {@code study}. */
    public static LuceneIndex.StudyBlock block(IndexableStudy study) {
        return StudyDocumentFactory.block(study, null, List.of());
    }
}
