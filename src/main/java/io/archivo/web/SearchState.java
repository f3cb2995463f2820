package io.archivo.web;

import io.archivo.search.FacetName;
import io.archivo.search.SearchRequest;
import io.archivo.search.SearchSort;
import io.archivo.search.SearchType;
import io.archivo.search.Visibility;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole state of {@code /buscar}, read from and written back to the URL (so a search can be shared and the back
 * button works): {@code q}, {@code tipo} (estudios|variables), {@code orden} (relevance|title|year), {@code pagina},
 * {@code desde}/{@code hasta} (years), one parameter per facet, named as in the API ({@code department}, …), and
 * {@code mas}: the facets whose every value is listed (the others list their {@value SearchPage#FACET_VALUES} most
 * frequent).
 * Unreadable values fall back to their defaults: a page is forgiving where the API answers 400.
 */
public record SearchState(String q, boolean variables, SearchSort sort, int page, Integer yearFrom, Integer yearTo,
        Map<String, List<String>> filters, List<String> more) {

    public static final int SIZE = 20;
    static final int MAX_PAGE = 5_000;
    private static final int MAX_QUERY = 2_000;

    public static SearchState from(Map<String, List<String>> params) {
        String q = first(params, "q");
        q = q == null ? "" : q.length() > MAX_QUERY ? q.substring(0, MAX_QUERY) : q.trim();
        boolean variables = "variables".equalsIgnoreCase(first(params, "tipo"));
        SearchSort sort = switch (String.valueOf(first(params, "orden")).toLowerCase()) {
            case "title" -> SearchSort.TITLE;
            case "year" -> SearchSort.YEAR;
            default -> SearchSort.RELEVANCE;
        };
        int page = pageNumber(first(params, "pagina"), MAX_PAGE);
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (FacetName f : FacetName.values()) {
            List<String> values = params.get(f.key());
            if (values != null) {
                List<String> kept = values.stream().filter(v -> v != null && !v.isBlank()).distinct().toList();
                if (!kept.isEmpty()) {
                    filters.put(f.key(), kept);
                }
            }
        }
        List<String> more = new ArrayList<>();
        for (String key : params.getOrDefault("mas", List.of())) {
            FacetName.fromKey(key).map(FacetName::key).filter(k -> !more.contains(k)).ifPresent(more::add);
        }
        return new SearchState(q, variables, sort, page,
                year(first(params, "desde")), year(first(params, "hasta")), filters, List.copyOf(more));
    }

    public SearchRequest request() {
        return new SearchRequest(q, variables ? SearchType.VARIABLE : SearchType.STUDY, page, SIZE, sort, filters,
                yearFrom, yearTo, Visibility.publicOnly());
    }

    public boolean selected(String facet, String value) {
        return filters.getOrDefault(facet, List.of()).contains(value);
    }

    /** This state with a facet value added or, when present, removed; back to page 1. */
    public String toggle(String facet, String value) {
        Map<String, List<String>> f = new LinkedHashMap<>(filters);
        List<String> values = new ArrayList<>(f.getOrDefault(facet, List.of()));
        if (!values.remove(value)) {
            values.add(value);
        }
        if (values.isEmpty()) {
            f.remove(facet);
        } else {
            f.put(facet, values);
        }
        return new SearchState(q, variables, sort, 1, yearFrom, yearTo, f, more).href();
    }

    public String atPage(int n) {
        return new SearchState(q, variables, sort, n, yearFrom, yearTo, filters, more).href();
    }

    public String withQuery(String query) {
        return new SearchState(query, variables, sort, 1, yearFrom, yearTo, filters, more).href();
    }

    public String ofType(boolean vars) {
        return new SearchState(q, vars, sort, 1, yearFrom, yearTo, vars ? Map.of() : filters, more).href();
    }

    /** Does this facet list every value (the search's, at most 50) instead of its most frequent? */
    public boolean showsAll(String facet) {
        return more.contains(facet);
    }

    /** This state with a facet listing all its values, or back to its most frequent; the page is kept. */
    public String showingAll(String facet, boolean all) {
        List<String> m = new ArrayList<>(more);
        m.remove(facet);
        if (all) {
            m.add(facet);
        }
        return new SearchState(q, variables, sort, page, yearFrom, yearTo, filters, List.copyOf(m)).href();
    }

    public String href() {
        StringBuilder b = new StringBuilder("/buscar?q=").append(Urls.enc(q));
        if (variables) {
            b.append("&tipo=variables");
        }
        if (sort != SearchSort.RELEVANCE) {
            b.append("&orden=").append(sort.name().toLowerCase());
        }
        if (yearFrom != null) {
            b.append("&desde=").append(yearFrom);
        }
        if (yearTo != null) {
            b.append("&hasta=").append(yearTo);
        }
        filters.forEach((k, vs) -> vs.forEach(v -> b.append('&').append(k).append('=').append(Urls.enc(v))));
        more.forEach(f -> b.append("&mas=").append(f));
        if (page > 1) {
            b.append("&pagina=").append(page);
        }
        return b.toString();
    }

    private static String first(Map<String, List<String>> params, String key) {
        List<String> v = params.get(key);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    /**
     * A page number from the URL, read leniently: digits (however many) are clamped to 1..{@code max}; anything else
     * (empty, letters, a sign) is page 1. The pages read {@code pagina} and {@code vpagina} alike.
     */
    static int pageNumber(String s, int max) {
        String t = s == null ? "" : s.trim();
        if (t.isEmpty() || !t.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return 1;
        }
        String digits = t.replaceFirst("^0+", "");
        if (digits.isEmpty()) {
            return 1;
        }
        return digits.length() > 9 ? max : Math.max(1, Math.min(Integer.parseInt(digits), max));
    }

    private static Integer number(String s) {
        try {
            return s == null || s.isBlank() ? null : Integer.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer year(String s) {
        Integer y = number(s);
        return y == null || y < 1000 || y > 9999 ? null : y;
    }
}
