package io.archivo.search.index;

import java.io.IOException;

import org.apache.lucene.search.IndexSearcher;

/** Work done with an acquired searcher; {@link LuceneIndex#withSearcher} releases it afterwards. */
@FunctionalInterface
public interface SearcherAction<T> {
    T apply(IndexSearcher searcher) throws IOException;
}
