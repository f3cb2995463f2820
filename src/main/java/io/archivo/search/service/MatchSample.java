package io.archivo.search.service;

/**
 * The first matches of a search in index order, at most {@code limit}, as (segment, document) pairs: what facets
 * are counted over ({@link FacetOrdinals#count}). Lucene's {@code FacetsCollector} kept them in a
 * {@code DocIdSetBuilder} per segment, growing and radix-sorting buffers for matches that arrive in order anyway:
 * about a twentieth of what an uncached search allocated.
 */
final class MatchSample {

    private final int[] segments;
    private final int[] docs;
    private int size;
    private boolean overflow;

    MatchSample(int limit) {
        this.segments = new int[limit];
        this.docs = new int[limit];
    }

    /** Records a match of segment {@code segment} (its {@code ord}); false, and the sample incomplete, once full. */
    boolean add(int segment, int doc) {
        if (size == docs.length) {
            overflow = true;
            return false;
        }
        segments[size] = segment;
        docs[size++] = doc;
        return true;
    }

    int size() {
        return size;
    }

    /** True when every match offered was recorded. */
    boolean complete() {
        return !overflow;
    }

    int segment(int i) {
        return segments[i];
    }

    int doc(int i) {
        return docs[i];
    }
}
