package io.archivo.search;

import java.util.List;
import java.util.Map;

/**
 * One page of hits.
 *
 * @param total      all visible hits for the query and filters (not just this page)
 * @param facets     facet key → values by descending count; a facet with an active filter is counted as if its own
 *                   filter were not there (drill-sideways), so people can widen a selection
 * @param didYouMean a corrected query when the query found few or no hits, else null
 * @param fuzzy      true when the exact words found too little and the hits come from approximate matching
 */
public record SearchResult(long total, int page, int size, List<SearchHit> items, Map<String, List<FacetCount>> facets,
                           String didYouMean, boolean fuzzy) {
    public SearchResult {
        items = List.copyOf(items);
        facets = Map.copyOf(facets);
    }

    public static SearchResult empty(int page, int size) {
        return new SearchResult(0, page, size, List.of(), Map.of(), null, false);
    }
}
