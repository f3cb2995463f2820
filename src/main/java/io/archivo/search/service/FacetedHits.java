package io.archivo.search.service;

import io.archivo.search.FacetCount;

import java.util.List;
import java.util.Map;

import org.apache.lucene.search.ScoreDoc;

/** What one run of a query yields before hits are turned into records: the total, the page's docs, the facet counts. */
record FacetedHits(long total, ScoreDoc[] page, Map<String, List<FacetCount>> facets) {
}
