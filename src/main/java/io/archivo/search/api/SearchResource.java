package io.archivo.search.api;

import io.archivo.access.CurrentCaller;
import io.archivo.common.api.PageRequest;
import io.archivo.common.problem.ProblemException;
import io.archivo.search.FacetName;
import io.archivo.search.SearchRequest;
import io.archivo.search.SearchResult;
import io.archivo.search.SearchSort;
import io.archivo.search.SearchType;
import io.archivo.search.service.SearchService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Catalogue search for citizens. Facet filters are query parameters named after the facets (repeat one to OR its
 * values): {@code department}, {@code thematicArea}, {@code topic}, {@code processType}, {@code kindOfData},
 * {@code geographicCoverage}, {@code unitOfAnalysis}, {@code accessClassification}, {@code language}.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search")
public class SearchResource {

    private static final int MAX_QUERY_CHARS = 2_000;

    @Inject
    SearchService search;
    @Inject
    CurrentCaller caller;

    @GET
    @Path("search")
    @Operation(summary = "Search studies (type=study) or variables (type=variable), with facets")
    public SearchResult search(@QueryParam("q") String q, @QueryParam("type") String type,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size, @QueryParam("sort") String sort,
            @QueryParam("yearFrom") Integer yearFrom, @QueryParam("yearTo") Integer yearTo, @Context UriInfo uri) {
        PageRequest paging = PageRequest.of(page, size);
        SearchRequest request = new SearchRequest(checked(q), parseType(type), paging.page(), paging.size(),
                parseSort(sort), filters(uri), yearFrom, yearTo, SearchVisibility.of(caller.get()));
        return search.search(request);
    }

    @GET
    @Path("suggest")
    @Operation(summary = "Autocomplete titles and keywords")
    public Map<String, Object> suggest(@QueryParam("q") String q, @QueryParam("size") Integer size) {
        int limit = size == null ? 10 : Math.max(1, Math.min(size, 25));
        List<String> suggestions = search.suggest(checked(q), SearchVisibility.of(caller.get()), limit);
        return Map.of("q", q == null ? "" : q, "suggestions", suggestions);
    }

    private static String checked(String q) {
        if (q != null && q.length() > MAX_QUERY_CHARS) {
            throw ProblemException.badRequest("query-too-long", "Query too long",
                    "A query may have at most " + MAX_QUERY_CHARS + " characters; this one has " + q.length());
        }
        return q == null ? "" : q;
    }

    private static SearchType parseType(String type) {
        if (type == null || type.isBlank()) {
            return SearchType.STUDY;
        }
        return switch (type.trim().toLowerCase()) {
            case "study", "studies" -> SearchType.STUDY;
            case "variable", "variables" -> SearchType.VARIABLE;
            default -> throw ProblemException.badRequest("invalid-parameter", "Invalid parameter",
                    "type must be study or variable");
        };
    }

    private static SearchSort parseSort(String sort) {
        if (sort == null || sort.isBlank()) {
            return SearchSort.RELEVANCE;
        }
        return switch (sort.trim().toLowerCase()) {
            case "relevance" -> SearchSort.RELEVANCE;
            case "title" -> SearchSort.TITLE;
            case "year" -> SearchSort.YEAR;
            default -> throw ProblemException.badRequest("invalid-parameter", "Invalid parameter",
                    "sort must be relevance, title or year");
        };
    }

    private static Map<String, List<String>> filters(UriInfo uri) {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        uri.getQueryParameters().forEach((key, values) -> FacetName.fromKey(key)
                .ifPresent(f -> filters.put(f.key(), values)));
        return filters;
    }
}
