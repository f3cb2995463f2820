package io.archivo.search.service;

import io.archivo.search.FacetCount;
import io.archivo.search.index.FacetFields;
import io.archivo.search.index.PerSegment;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState.OrdRange;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.LongValues;

/**
 * The facet values of one index reader, for counting over a search's matches.
 * <p>
 * Lucene's {@code SortedSetDocValuesFacetCounts} decodes each match's ordinals from the memory-mapped doc values and
 * maps each to a global ordinal through the ordinal map: on the benchmark catalogue a quarter of an uncached search's
 * CPU, for a thousand matches. Here each segment's ordinals are copied once into two int arrays (offsets and
 * ordinals, about 13 bytes per variable document and 4 bytes per facet value; kept per segment, which is immutable,
 * and dropped with it), and each reader maps segment ordinals to its global ones once. Counting a match is then a few
 * array reads. Counts, order (count descending, then label order) and labels are those Lucene gives
 * ({@code FacetOrdinalsTest}).
 */
final class FacetOrdinals {

    private static final PerSegment<SegmentOrdinals> SEGMENTS = new PerSegment<>();

    private final SortedSetDocValuesReaderState state;
    private final SegmentOrdinals[] segments;
    private final int[][] toGlobal;
    private final String[] labels;

    private FacetOrdinals(IndexReader reader) throws IOException {
        this.state = new DefaultSortedSetDocValuesReaderState(reader, FacetFields.config());
        SortedSetDocValues values = state.getDocValues();
        List<LeafReaderContext> leaves = reader.leaves();
        this.segments = new SegmentOrdinals[leaves.size()];
        this.toGlobal = new int[leaves.size()][];
        for (LeafReaderContext leaf : leaves) {
            SegmentOrdinals segment = SEGMENTS.get(leaf.reader(), SegmentOrdinals::read);
            segments[leaf.ord] = segment;
            LongValues global = values instanceof MultiDocValues.MultiSortedSetDocValues multi
                    ? multi.mapping.getGlobalOrds(leaf.ord) : LongValues.IDENTITY;
            int[] map = new int[segment.valueCount()];
            for (int ord = 0; ord < map.length; ord++) {
                map[ord] = (int) global.get(ord);
            }
            toGlobal[leaf.ord] = map;
        }
        this.labels = new String[state.getSize()];
        for (int ord = 0; ord < labels.length; ord++) {
            labels[ord] = FacetsConfig.stringToPath(values.lookupOrd(ord).utf8ToString())[1];
        }
    }

    /** The facet values of {@code reader}, or null when it holds no facet values yet. */
    static FacetOrdinals of(IndexReader reader) throws IOException {
        boolean any = false;
        for (LeafReaderContext leaf : reader.leaves()) {
            any |= leaf.reader().getFieldInfos().fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME) != null;
        }
        return any ? new FacetOrdinals(reader) : null;
    }

    /** How many of {@code matches} have each facet value (indexed by global ordinal). */
    int[] count(MatchSample matches) {
        int[] counts = new int[labels.length];
        for (int m = 0; m < matches.size(); m++) {
            int segment = matches.segment(m);
            int doc = matches.doc(m);
            int[] offsets = segments[segment].offsets();
            int[] ords = segments[segment].ords();
            int[] global = toGlobal[segment];
            for (int i = offsets[doc], end = offsets[doc + 1]; i < end; i++) {
                counts[global[ords[i]]]++;
            }
        }
        return counts;
    }

    /** The {@code limit} most frequent values of facet {@code dim} in {@code counts}; none when never indexed. */
    List<FacetCount> top(int[] counts, String dim, int limit) {
        OrdRange range = state.getOrdRange(dim);
        if (range == null) {
            return List.of();
        }
        List<Integer> present = new ArrayList<>();
        for (int ord = range.start; ord <= range.end; ord++) {
            if (counts[ord] > 0) {
                present.add(ord);
            }
        }
        // Lucene's order: higher count first, then the lower ordinal (label order)
        present.sort((a, b) -> counts[a] != counts[b] ? Integer.compare(counts[b], counts[a]) : Integer.compare(a, b));
        List<FacetCount> top = new ArrayList<>(Math.min(limit, present.size()));
        for (int i = 0; i < present.size() && i < limit; i++) {
            int ord = present.get(i);
            top.add(new FacetCount(labels[ord], counts[ord]));
        }
        return top;
    }

    /** One segment's facet ordinals: document {@code d} has {@code ords[offsets[d] .. offsets[d + 1])}. */
    private record SegmentOrdinals(int[] offsets, int[] ords, int valueCount) {

        static SegmentOrdinals read(LeafReader reader) throws IOException {
            SortedSetDocValues values = DocValues.getSortedSet(reader, FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
            int maxDoc = reader.maxDoc();
            int[] offsets = new int[maxDoc + 1];
            int[] ords = new int[Math.max(16, maxDoc * 2)];
            int size = 0;
            int next = 0;
            for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                for (; next <= doc; next++) {
                    offsets[next] = size;
                }
                int count = values.docValueCount();
                if (size + count > ords.length) {
                    ords = java.util.Arrays.copyOf(ords, Math.max(size + count, ords.length + (ords.length >> 1)));
                }
                for (int i = 0; i < count; i++) {
                    ords[size++] = (int) values.nextOrd();
                }
            }
            for (; next <= maxDoc; next++) {
                offsets[next] = size;
            }
            return new SegmentOrdinals(offsets, java.util.Arrays.copyOf(ords, size), (int) values.getValueCount());
        }
    }
}
