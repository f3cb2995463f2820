package io.archivo.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One catalogue search. Values are normalised here so that the service never sees nonsense: page ≥ 1,
 * 1 ≤ size ≤ {@value #MAX_SIZE}, filters on unknown facets dropped, blank filter values dropped.
 *
 * @param q          what the person typed (any text; see {@code UserQueryParser})
 * @param filters    facet key ({@link FacetName#key()}) → accepted values (OR within a facet, AND across facets)
 * @param yearFrom   keep studies whose period ends in or after this year (null: no bound)
 * @param yearTo     keep studies whose period starts in or before this year (null: no bound)
 */
public record SearchRequest(
        String q,
        SearchType type,
        int page,
        int size,
        SearchSort sort,
        Map<String, List<String>> filters,
        Integer yearFrom,
        Integer yearTo,
        Visibility visibility) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public SearchRequest {
        q = q == null ? "" : q;
        type = type == null ? SearchType.STUDY : type;
        page = Math.max(1, page);
        size = size <= 0 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
        sort = sort == null ? SearchSort.RELEVANCE : sort;
        filters = normalise(filters);
        Objects.requireNonNull(visibility, "visibility");
    }

    private static Map<String, List<String>> normalise(Map<String, List<String>> filters) {
        Map<String, List<String>> clean = new LinkedHashMap<>();
        if (filters == null) {
            return Map.of();
        }
        filters.forEach((key, values) -> FacetName.fromKey(key).ifPresent(facet -> {
            List<String> kept = values == null ? List.of()
                    : values.stream().filter(Objects::nonNull).map(String::trim).filter(v -> !v.isEmpty()).distinct().toList();
            if (!kept.isEmpty()) {
                clean.put(facet.key(), kept);
            }
        }));
        return Map.copyOf(clean);
    }

    /** A public study search for {@code q}: first page, default size, relevance order, no filters. */
    public static SearchRequest of(String q) {
        return new SearchRequest(q, SearchType.STUDY, 1, DEFAULT_SIZE, SearchSort.RELEVANCE, Map.of(), null, null,
                Visibility.publicOnly());
    }

    public SearchRequest withType(SearchType t) { return new SearchRequest(q, t, page, size, sort, filters, yearFrom, yearTo, visibility); }
    public SearchRequest withPage(int p, int s) { return new SearchRequest(q, type, p, s, sort, filters, yearFrom, yearTo, visibility); }
    public SearchRequest withSort(SearchSort s) { return new SearchRequest(q, type, page, size, s, filters, yearFrom, yearTo, visibility); }
    public SearchRequest withFilters(Map<String, List<String>> f) { return new SearchRequest(q, type, page, size, sort, f, yearFrom, yearTo, visibility); }
    public SearchRequest withYears(Integer from, Integer to) { return new SearchRequest(q, type, page, size, sort, filters, from, to, visibility); }
    public SearchRequest withVisibility(Visibility v) { return new SearchRequest(q, type, page, size, sort, filters, yearFrom, yearTo, v); }
}
