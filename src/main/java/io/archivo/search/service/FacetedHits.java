package io.archivo.search.service;

import io.archivo.search.FacetCount;

import java.util.List;
import java.util.Map;

import org.apache.lucene.search.ScoreDoc;

/**
 * What one run of a query yields before hits are turned into records: the total (exact, or a lower bound), the page's
 * docs, the facet counts (over all matches, or over the first ones when {@code facetsSampled}).
 */
record FacetedHits(long total, boolean totalExact, ScoreDoc[] page, Map<String, List<FacetCount>> facets,
                   boolean facetsSampled) {
}
