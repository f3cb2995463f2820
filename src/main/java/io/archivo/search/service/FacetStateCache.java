package io.archivo.search.service;

import java.io.IOException;

import org.apache.lucene.index.IndexReader;

/**
 * Facet values of the current reader. Building them walks all facet values, so it is done once per reader
 * (i.e. once per refresh), not once per search.
 */
final class FacetStateCache {

    private IndexReader reader;
    private FacetOrdinals ordinals;

    /** The facet values of {@code current}, or null when nothing with facets has been indexed yet. */
    synchronized FacetOrdinals get(IndexReader current) throws IOException {
        if (current != reader) {
            ordinals = FacetOrdinals.of(current);
            reader = current;
        }
        return ordinals;
    }
}
