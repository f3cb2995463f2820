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
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;

/**
 * Runs a query with facet filters through {@link DrillSideways}: hits honour every filter, while the counts of a
 * facet that has a filter are computed as if that facet's own filter were absent. People can then see (and add) the
 * other values of a facet they already narrowed.
 */
final class FacetedSearcher {

    /** Deepest hit a page may reach; deeper paging is refused quietly (empty page) rather than costing memory. */
    static final int MAX_WINDOW = 10_000;
    private static final int VALUES_PER_FACET = 50;
    private static final List<FacetName> VARIABLE_FACETS = List.of(FacetName.DEPARTMENT, FacetName.ACCESS_CLASSIFICATION);

    private final FacetStateCache states = new FacetStateCache();

    FacetedHits run(IndexSearcher searcher, Query text, Query filter, SearchRequest request, Sort sort) throws IOException {
        Query base = new BooleanQuery.Builder().add(text, Occur.MUST).add(filter, Occur.FILTER).build();
        DrillDownQuery drillDown = new DrillDownQuery(FacetFields.config(), base);
        request.filters().forEach((dim, values) -> values.forEach(value -> drillDown.add(dim, value)));

        long firstIndex = (long) (request.page() - 1) * request.size();
        int topN = (int) Math.max(1, Math.min(firstIndex + request.size(), MAX_WINDOW));

        SortedSetDocValuesReaderState state = states.get(searcher.getIndexReader());
        TopDocs hits;
        Map<String, List<FacetCount>> facets;
        if (state == null) {
            // nothing faceted indexed yet (empty index): plain search, no counts
            hits = sort == null ? searcher.search(drillDown, topN) : searcher.search(drillDown, topN, sort, true);
            facets = Map.of();
        } else {
            DrillSideways sideways = new DrillSideways(searcher, FacetFields.config(), state);
            DrillSideways.DrillSidewaysResult result = sort == null
                    ? sideways.search(drillDown, topN)
                    : sideways.search(drillDown, null, null, topN, sort, true);
            hits = result.hits;
            facets = counts(result.facets, request.type());
        }
        long total = hits.totalHits.relation == TotalHits.Relation.EQUAL_TO ? hits.totalHits.value : searcher.count(drillDown);
        return new FacetedHits(total, page(hits.scoreDocs, firstIndex), facets);
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
