package io.archivo.search.index;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FilterDirectoryReader;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * A reader whose segments answer {@link LeafReader#getNormValues} from arrays decoded once per segment and field,
 * instead of from the index file at every scored document.
 * <p>
 * Why: every text field here is on only part of the documents (study fields on 1 % of them, variable fields on the
 * other 99 %), so Lucene keeps their norms "sparse": each scored document walks a per-block bit set and its rank
 * table through the mapped file, and every term query builds that walker again per segment. That was about a tenth
 * of an uncached search. The arrays hold the same bytes, so scores are identical ({@code CachedNormsReaderTest}).
 * <p>
 * Memory: a field on at least one document in {@value #DENSE_SHARE} of a segment gets one byte per document of the
 * segment; a rarer field (the study fields) gets five bytes per document that has it. Decoded lazily, on the first
 * query that scores the field in the segment; dropped when the segment closes (merged away). Segments are immutable
 * and deletions do not change norms, so an entry is never stale.
 */
public final class CachedNormsReader extends FilterDirectoryReader {

    /** A field on at least 1 in this many documents of a segment is kept as one byte per document. */
    private static final int DENSE_SHARE = 8;

    /** Off: read norms as Lucene does (for the benchmark's A/B of this class within one JVM). */
    static volatile boolean enabled = true;

    /** segment core → field → decoded norms. */
    private static final Map<IndexReader.CacheKey, Map<String, SegmentNorms>> NORMS = new ConcurrentHashMap<>();

    private CachedNormsReader(DirectoryReader in) throws IOException {
        super(in, new SubReaderWrapper() {
            @Override
            public LeafReader wrap(LeafReader reader) {
                return new Leaf(reader);
            }
        });
    }

    /** Wraps a reader (for example {@code DirectoryReader.open(writer)}); reopening it wraps the new segments too. */
    public static DirectoryReader wrap(DirectoryReader in) throws IOException {
        return new CachedNormsReader(in);
    }

    @Override
    protected DirectoryReader doWrapDirectoryReader(DirectoryReader in) throws IOException {
        return new CachedNormsReader(in);
    }

    // the content is the wrapped reader's, byte for byte: caches keyed on it stay valid
    @Override
    public CacheHelper getReaderCacheHelper() {
        return in.getReaderCacheHelper();
    }

    /** Segments currently holding decoded norms (for tests). */
    static int cachedSegments() {
        return NORMS.size();
    }

    private static final class Leaf extends FilterLeafReader {

        Leaf(LeafReader in) {
            super(in);
        }

        @Override
        public NumericDocValues getNormValues(String field) throws IOException {
            IndexReader.CacheHelper helper = in.getCoreCacheHelper();
            if (helper == null || !enabled) {
                return in.getNormValues(field);
            }
            Map<String, SegmentNorms> ofSegment = NORMS.computeIfAbsent(helper.getKey(), k -> {
                helper.addClosedListener(NORMS::remove);
                return new ConcurrentHashMap<>();
            });
            SegmentNorms norms = ofSegment.get(field);
            if (norms == null) {
                NumericDocValues source = in.getNormValues(field);
                if (source == null) {
                    return null; // no norms for this field in this segment (or none at all): as Lucene says
                }
                norms = SegmentNorms.decode(source, maxDoc());
                if (norms == null) {
                    return in.getNormValues(field); // not one byte per value (not BM25's norms): leave to Lucene
                }
                ofSegment.put(field, norms);
            }
            return norms.iterator();
        }

        @Override
        public CacheHelper getCoreCacheHelper() {
            return in.getCoreCacheHelper();
        }

        @Override
        public CacheHelper getReaderCacheHelper() {
            return in.getReaderCacheHelper();
        }
    }

    /**
     * One field's norms in one segment, as Lucene returns them (a signed byte widened to long). Lucene never writes a
     * norm of 0, so 0 can mean "no value".
     */
    private abstract static class SegmentNorms {

        /** The decoded norms, or null when a value does not fit in a byte. */
        static SegmentNorms decode(NumericDocValues source, int maxDoc) throws IOException {
            long withValue = source.cost();
            if (withValue * DENSE_SHARE >= maxDoc) {
                byte[] values = new byte[maxDoc];
                for (int doc = source.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = source.nextDoc()) {
                    long value = source.longValue();
                    if (value != (byte) value || value == 0) {
                        return null;
                    }
                    values[doc] = (byte) value;
                }
                return new Dense(values);
            }
            int[] docs = new int[Math.toIntExact(withValue)];
            byte[] values = new byte[docs.length];
            int n = 0;
            for (int doc = source.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = source.nextDoc()) {
                if (n == docs.length) { // cost() is an estimate: grow if it was low
                    docs = java.util.Arrays.copyOf(docs, n * 2 + 1);
                    values = java.util.Arrays.copyOf(values, docs.length);
                }
                long value = source.longValue();
                if (value != (byte) value || value == 0) {
                    return null;
                }
                docs[n] = doc;
                values[n++] = (byte) value;
            }
            return new Sparse(java.util.Arrays.copyOf(docs, n), java.util.Arrays.copyOf(values, n));
        }

        abstract NumericDocValues iterator();
    }

    private static final class Dense extends SegmentNorms {
        private final byte[] values;

        Dense(byte[] values) {
            this.values = values;
        }

        @Override
        NumericDocValues iterator() {
            return new Norms() {
                @Override
                public boolean advanceExact(int target) {
                    doc = target;
                    value = values[target];
                    return value != 0;
                }

                @Override
                public int advance(int target) {
                    for (int d = target; d < values.length; d++) {
                        if (values[d] != 0) {
                            doc = d;
                            value = values[d];
                            return d;
                        }
                    }
                    return doc = NO_MORE_DOCS;
                }

                @Override
                public long cost() {
                    return values.length;
                }
            };
        }
    }

    private static final class Sparse extends SegmentNorms {
        private final int[] docs;
        private final byte[] values;

        Sparse(int[] docs, byte[] values) {
            this.docs = docs;
            this.values = values;
        }

        @Override
        NumericDocValues iterator() {
            return new Norms() {
                /** Index of the first entry not below the last target: targets only grow. */
                private int at;

                @Override
                public boolean advanceExact(int target) {
                    doc = target;
                    at = seek(target);
                    if (at < docs.length && docs[at] == target) {
                        value = values[at];
                        return true;
                    }
                    return false;
                }

                @Override
                public int advance(int target) {
                    at = seek(target);
                    if (at == docs.length) {
                        return doc = NO_MORE_DOCS;
                    }
                    value = values[at];
                    return doc = docs[at];
                }

                /** Galloping from the current entry, then binary search: scorers ask for nearby documents. */
                private int seek(int target) {
                    int low = at;
                    int step = 1;
                    int high = low;
                    while (high < docs.length && docs[high] < target) {
                        low = high + 1;
                        high = low + step;
                        step <<= 1;
                    }
                    high = Math.min(high, docs.length);
                    int found = java.util.Arrays.binarySearch(docs, low, high, target);
                    return found >= 0 ? found : -found - 1;
                }

                @Override
                public long cost() {
                    return docs.length;
                }
            };
        }
    }

    /** The iterator part shared by both layouts. */
    private abstract static class Norms extends NumericDocValues {
        int doc = -1;
        byte value;

        @Override
        public long longValue() {
            return value;
        }

        @Override
        public int docID() {
            return doc;
        }

        @Override
        public int nextDoc() throws IOException {
            return advance(doc + 1);
        }
    }
}
