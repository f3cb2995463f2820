package io.archivo.search.service;

import io.archivo.search.index.FacetFields;

import java.io.IOException;

import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;

/**
 * Facet ordinals of the current reader. Building them walks all facet values, so it is done once per reader
 * (i.e. once per refresh), not once per search.
 */
final class FacetStateCache {

    private IndexReader reader;
    private SortedSetDocValuesReaderState state;

    /** The state for {@code current}, or null when nothing with facets has been indexed yet. */
    synchronized SortedSetDocValuesReaderState get(IndexReader current) throws IOException {
        if (current != reader) {
            state = hasFacets(current) ? new DefaultSortedSetDocValuesReaderState(current, FacetFields.config()) : null;
            reader = current;
        }
        return state;
    }

    private static boolean hasFacets(IndexReader reader) {
        FieldInfo info = FieldInfos.getMergedFieldInfos(reader).fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
        return info != null && info.getDocValuesType() != org.apache.lucene.index.DocValuesType.NONE;
    }
}
