package io.archivo.search.service;

import io.archivo.search.FacetCount;
import io.archivo.search.FacetName;
import io.archivo.search.SearchRequest;
import io.archivo.search.SearchType;
import io.archivo.search.index.FacetFields;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;

/**
 * Runs a query for one page of hits and its facet counts.
 * <p>
 * The page comes from a top-N collector that stops counting at {@link #TOTAL_HITS_THRESHOLD}: past that, Lucene may
 * skip documents that cannot enter the page (block-max WAND), which is most of the cost of a broad query. The facet
 * counts come from a second, non-scoring pass over the matches that stops after {@link #FACET_SAMPLE} documents; when
 * it finished, its count is the exact total. So a broad query reports a lower-bound total ("más de 10.000") and
 * facet counts from its first {@value #FACET_SAMPLE} matches, instead of scoring and counting hundreds of thousands.
 * <p>
 * With facet filters, {@link DrillSideways} counts each filtered facet as if its own filter were absent, so people can
 * see (and add) the other values of a facet they already narrowed; those requests count exactly.
 */
final class FacetedSearcher {

    /** Deepest hit a page may reach; deeper paging is refused quietly (empty page) rather than costing memory. */
    static final int MAX_WINDOW = 10_000;
    /** Hits are counted exactly up to here by the page collector (Lucene's {@code totalHitsThreshold}). */
    static final int TOTAL_HITS_THRESHOLD = 1_000;
    /** Facets are counted over at most this many matches. */
    static final int FACET_SAMPLE = 10_000;
    private static final int VALUES_PER_FACET = 50;
    private static final List<FacetName> VARIABLE_FACETS = List.of(FacetName.DEPARTMENT, FacetName.ACCESS_CLASSIFICATION);

    private final FacetStateCache states = new FacetStateCache();

    FacetedHits run(IndexSearcher searcher, Query text, Query filter, SearchRequest request, Sort sort) throws IOException {
        Query base = new BooleanQuery.Builder().add(text, Occur.MUST).add(filter, Occur.FILTER).build();
        long firstIndex = (long) (request.page() - 1) * request.size();
        int topN = (int) Math.max(1, Math.min(firstIndex + request.size(), MAX_WINDOW));
        SortedSetDocValuesReaderState state = states.get(searcher.getIndexReader());

        if (!request.filters().isEmpty() && state != null) {
            return drillSideways(searcher, base, request, sort, topN, firstIndex, state);
        }
        Query query = base;
        if (!request.filters().isEmpty()) {
            DrillDownQuery drillDown = new DrillDownQuery(FacetFields.config(), base);
            request.filters().forEach((dim, values) -> values.forEach(value -> drillDown.add(dim, value)));
            query = drillDown;
        }
        TopDocs hits = sort == null
                ? searcher.search(query, new TopScoreDocCollectorManager(topN, null, TOTAL_HITS_THRESHOLD, false))
                : searcher.search(query, new TopFieldCollectorManager(sort, topN, null, TOTAL_HITS_THRESHOLD, false));
        if (state == null) {
            // nothing faceted indexed yet (empty index)
            return new FacetedHits(exactOrCount(searcher, query, hits), true, page(hits.scoreDocs, firstIndex), Map.of(), false);
        }
        SampledFacets sampled = SampledFacets.collect(searcher, query, FACET_SAMPLE);
        Map<String, List<FacetCount>> facets = counts(new SortedSetDocValuesFacetCounts(state, sampled.collector()), request.type());
        long total;
        boolean exact;
        if (hits.totalHits.relation == TotalHits.Relation.EQUAL_TO) {
            total = hits.totalHits.value;
            exact = true;
        } else if (!sampled.truncated()) {
            total = sampled.collected();
            exact = true;
        } else {
            total = Math.max(hits.totalHits.value, sampled.collected());
            exact = false;
        }
        return new FacetedHits(total, exact, page(hits.scoreDocs, firstIndex), facets, sampled.truncated());
    }

    private FacetedHits drillSideways(IndexSearcher searcher, Query base, SearchRequest request, Sort sort, int topN,
            long firstIndex, SortedSetDocValuesReaderState state) throws IOException {
        DrillDownQuery drillDown = new DrillDownQuery(FacetFields.config(), base);
        request.filters().forEach((dim, values) -> values.forEach(value -> drillDown.add(dim, value)));
        DrillSideways sideways = new DrillSideways(searcher, FacetFields.config(), state);
        DrillSideways.DrillSidewaysResult result = sort == null
                ? sideways.search(drillDown, topN)
                : sideways.search(drillDown, null, null, topN, sort, true);
        TopDocs hits = result.hits;
        return new FacetedHits(exactOrCount(searcher, drillDown, hits), true, page(hits.scoreDocs, firstIndex),
                counts(result.facets, request.type()), false);
    }

    private static long exactOrCount(IndexSearcher searcher, Query query, TopDocs hits) throws IOException {
        return hits.totalHits.relation == TotalHits.Relation.EQUAL_TO ? hits.totalHits.value : searcher.count(query);
    }

    private static ScoreDoc[] page(ScoreDoc[] top, long firstIndex) {
        if (firstIndex >= top.length) {
            return new ScoreDoc[0];
        }
        return Arrays.copyOfRange(top, (int) firstIndex, top.length);
    }

    private static Map<String, List<FacetCount>> counts(Facets facets, SearchType type) throws IOException {
        Map<String, List<FacetCount>> out = new LinkedHashMap<>();
        List<FacetName> names = type == SearchType.VARIABLE ? VARIABLE_FACETS : List.of(FacetName.values());
        for (FacetName name : names) {
            out.put(name.key(), top(facets, name.key()));
        }
        return out;
    }

    private static List<FacetCount> top(Facets facets, String dim) throws IOException {
        FacetResult result;
        try {
            result = facets.getTopChildren(VALUES_PER_FACET, dim);
        } catch (IllegalArgumentException dimensionNeverIndexed) {
            return List.of();
        }
        if (result == null) {
            return List.of();
        }
        List<FacetCount> counts = new ArrayList<>();
        for (LabelAndValue lv : result.labelValues) {
            if (lv.value.longValue() > 0) {
                counts.add(new FacetCount(lv.label, lv.value.longValue()));
            }
        }
        return counts;
    }
}
