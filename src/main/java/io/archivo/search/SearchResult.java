package io.archivo.search;

import java.util.List;
import java.util.Map;

/**
 * One page of hits.
 *
 * @param total      visible hits for the query and filters (not just this page); a lower bound when {@code totalExact}
 *                   is false (a broad query is not counted to the end, see docs/search.md)
 * @param facets     facet key → values by descending count; a facet with an active filter is counted as if its own
 *                   filter were not there (drill-sideways), so people can widen a selection
 * @param didYouMean a corrected query when the query found few or no hits, else null
 * @param fuzzy      true when the exact words found too little and the hits come from approximate matching
 * @param totalExact false when {@code total} is a lower bound
 * @param totalText  the total as people read it, in Spanish: "1.234", or "más de 1.000" for a lower bound
 * @param facetsApproximate true when the facet counts come from the first matches only (a query with more than
 *                   1,000 matches): they show which values occur and roughly how often, not exact counts
 */
public record SearchResult(long total, int page, int size, List<SearchHit> items, Map<String, List<FacetCount>> facets,
                           String didYouMean, boolean fuzzy, boolean totalExact, String totalText,
                           boolean facetsApproximate) {

    public SearchResult {
        items = List.copyOf(items);
        facets = Map.copyOf(facets);
        if (totalText == null) {
            totalText = describe(total, totalExact);
        }
    }

    public SearchResult(long total, int page, int size, List<SearchHit> items, Map<String, List<FacetCount>> facets,
                        String didYouMean, boolean fuzzy, boolean totalExact, boolean facetsApproximate) {
        this(total, page, size, items, facets, didYouMean, fuzzy, totalExact, null, facetsApproximate);
    }

    public SearchResult(long total, int page, int size, List<SearchHit> items, Map<String, List<FacetCount>> facets,
                        String didYouMean, boolean fuzzy, boolean totalExact) {
        this(total, page, size, items, facets, didYouMean, fuzzy, totalExact, null, false);
    }

    public SearchResult(long total, int page, int size, List<SearchHit> items, Map<String, List<FacetCount>> facets,
                        String didYouMean, boolean fuzzy) {
        this(total, page, size, items, facets, didYouMean, fuzzy, true, null, false);
    }

    public static SearchResult empty(int page, int size) {
        return new SearchResult(0, page, size, List.of(), Map.of(), null, false);
    }

    /** "1.234" or "más de 10.000" (Colombian Spanish groups thousands with a dot). */
    static String describe(long total, boolean exact) {
        // grouped by hand: a NumberFormat per search (they are not thread safe) stood out in allocation profiles
        String digits = Long.toString(total);
        StringBuilder n = new StringBuilder(digits.length() + digits.length() / 3 + 8);
        if (!exact) {
            n.append("más de ");
        }
        for (int i = 0; i < digits.length(); i++) { // a count: never negative
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                n.append('.');
            }
            n.append(digits.charAt(i));
        }
        return n.toString();
    }
}
