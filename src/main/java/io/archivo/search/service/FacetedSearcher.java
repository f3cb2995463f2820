package io.archivo.search.service;

import io.archivo.search.FacetCount;
import io.archivo.search.FacetName;
import io.archivo.search.SearchRequest;
import io.archivo.search.SearchType;
import io.archivo.search.index.FacetFields;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;

/**
 * Runs a query for one page of hits and its facet counts, in one pass over the index.
 * <p>
 * The page comes from a top-N collector that stops counting at {@link #TOTAL_HITS_THRESHOLD}: past that, Lucene may
 * skip documents that cannot enter the page (block-max WAND), which is most of the cost of a broad query, and the
 * total is reported as a lower bound ("más de 1.000", {@code totalExact} false). The same pass records the first
 * {@link #FACET_SAMPLE} matches ({@link FirstMatches}) and the facets are counted over them: exact whenever the query
 * has at most that many matches, otherwise counts of the first matches in index order, flagged
 * {@code facetsApproximate}. So no search evaluates its query over more than about a thousand matches.
 * <p>
 * With facet filters, a facet that is filtered on is counted as if its own filter were absent (drill-sideways), so
 * people can see (and add) its other values: one more sampled, non-scoring pass per filtered facet.
 */
final class FacetedSearcher {

    /** Deepest hit a page may reach; deeper paging is refused quietly (empty page) rather than costing memory. */
    static final int MAX_WINDOW = 10_000;
    /** Hits are counted exactly up to here by the page collector (Lucene's {@code totalHitsThreshold}). */
    static final int TOTAL_HITS_THRESHOLD = 1_000;
    /** Facets are counted over at most this many matches: the ones the page collector sees before it may skip. */
    static final int FACET_SAMPLE = TOTAL_HITS_THRESHOLD;
    private static final int VALUES_PER_FACET = 50;
    private static final List<FacetName> VARIABLE_FACETS = List.of(FacetName.DEPARTMENT, FacetName.ACCESS_CLASSIFICATION);

    private final FacetStateCache states = new FacetStateCache();

    FacetedHits run(IndexSearcher searcher, Query text, Query filter, SearchRequest request, Sort sort) throws IOException {
        Query base = new BooleanQuery.Builder().add(text, Occur.MUST).add(filter, Occur.FILTER).build();
        long firstIndex = (long) (request.page() - 1) * request.size();
        int topN = (int) Math.max(1, Math.min(firstIndex + request.size(), MAX_WINDOW));
        CollectorManager<? extends Collector, ? extends TopDocs> pageCollector = sort == null
                ? new TopScoreDocCollectorManager(topN, null, TOTAL_HITS_THRESHOLD, false)
                : new TopFieldCollectorManager(sort, topN, null, TOTAL_HITS_THRESHOLD, false);
        FirstMatches<? extends TopDocs> first = FirstMatches.of(pageCollector, FACET_SAMPLE);
        TopDocs hits = searcher.search(drillDown(base, request.filters(), null), first);

        boolean exact = hits.totalHits.relation == TotalHits.Relation.EQUAL_TO;
        // past the threshold Lucene's count depends on where skipping began; the honest statement is "more than 1,000"
        long total = exact ? hits.totalHits.value : TOTAL_HITS_THRESHOLD;
        ScoreDoc[] page = page(hits.scoreDocs, firstIndex);
        FacetOrdinals ordinals = states.get(searcher.getIndexReader());
        if (ordinals == null) {
            // nothing faceted indexed yet (empty index)
            return new FacetedHits(total, exact, page, Map.of(), false);
        }
        List<FacetName> names = request.type() == SearchType.VARIABLE ? VARIABLE_FACETS : List.of(FacetName.values());
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        int[] counts = ordinals.count(first.matches());
        for (FacetName name : names) {
            facets.put(name.key(), ordinals.top(counts, name.key(), VALUES_PER_FACET));
        }
        boolean approximate = !first.matches().complete();
        for (String dim : request.filters().keySet()) {
            if (facets.containsKey(dim)) {
                SampledFacets sideways = SampledFacets.collect(searcher, drillDown(base, request.filters(), dim), FACET_SAMPLE);
                facets.put(dim, ordinals.top(ordinals.count(sideways.sample()), dim, VALUES_PER_FACET));
                approximate |= sideways.truncated();
            }
        }
        return new FacetedHits(total, exact, page, facets, approximate);
    }

    /** {@code base} restricted by the facet filters, leaving out those of facet {@code except} (null: none left out). */
    private static Query drillDown(Query base, Map<String, List<String>> filters, String except) {
        if (filters.isEmpty() || (except != null && filters.size() == 1 && filters.containsKey(except))) {
            return base;
        }
        DrillDownQuery drillDown = new DrillDownQuery(FacetFields.config(), base);
        filters.forEach((dim, values) -> {
            if (!dim.equals(except)) {
                values.forEach(value -> drillDown.add(dim, value));
            }
        });
        return drillDown;
    }

    private static ScoreDoc[] page(ScoreDoc[] top, long firstIndex) {
        if (firstIndex >= top.length) {
            return new ScoreDoc[0];
        }
        return Arrays.copyOfRange(top, (int) firstIndex, top.length);
    }
}
