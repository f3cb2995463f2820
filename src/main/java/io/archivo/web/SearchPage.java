package io.archivo.web;

import io.archivo.search.FacetCount;
import io.archivo.search.FacetName;
import io.archivo.search.SearchResult;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code /buscar}: study and variable search with the index's facets (drill-sideways counts), sorting and paging. */
@Path("/buscar")
@Produces(MediaType.TEXT_HTML)
public class SearchPage {

    static final Map<String, String> FACET_LABELS = Map.ofEntries(
            Map.entry(FacetName.DEPARTMENT.key(), "Dependencia"),
            Map.entry(FacetName.THEMATIC_AREA.key(), "Área temática"),
            Map.entry(FacetName.TOPIC.key(), "Tema"),
            Map.entry(FacetName.PROCESS_TYPE.key(), "Tipo de proceso"),
            Map.entry(FacetName.KIND_OF_DATA.key(), "Tipo de datos"),
            Map.entry(FacetName.GEOGRAPHIC_COVERAGE.key(), "Cobertura geográfica"),
            Map.entry(FacetName.AREA.key(), "Comuna o corregimiento"),
            Map.entry(FacetName.UNIT_OF_ANALYSIS.key(), "Unidad de análisis"),
            Map.entry(FacetName.ACCESS_CLASSIFICATION.key(), "Clasificación (Ley 1712)"),
            Map.entry(FacetName.LANGUAGE.key(), "Idioma"),
            Map.entry(FacetName.YEAR_RANGE.key(), "Década"));
    /** Values a facet lists until its "Ver todos" link asks for all that the search returns (at most 50). */
    static final int FACET_VALUES = 12;

    @Inject
    @Location("search.html")
    Template page;
    @Inject
    CatalogueReads catalogue;
    @Inject
    Site site;

    /**
     * A facet as the page lists it: {@code moreHref} (with {@code total}) when it lists only its most frequent values,
     * {@code lessHref} when it lists them all.
     */
    @TemplateData
    public record FacetView(String key, String label, boolean active, List<ValueView> values, int total,
            String moreHref, String lessHref) {
    }

    /** A facet value: {@code value} as indexed (and in the URL), {@code label} as shown. */
    @TemplateData
    public record ValueView(String value, String label, long count, boolean selected, String href) {
    }

    @TemplateData
    public record Chip(String label, String href) {
    }

    @TemplateData
    public record PageLink(int number, String href, boolean current) {
    }

    @Inject
    ErrorPages errors;

    @GET
    public Response get(@Context UriInfo uri) {
        SearchState state = SearchState.from(uri.getQueryParameters());
        SearchResult result = catalogue.search(site.caller(), state.request());
        long pages = Math.min(SearchState.MAX_PAGE, (result.total() + SearchState.SIZE - 1) / SearchState.SIZE);
        if (state.page() > 1 && result.items().isEmpty()) {
            // past the last page: a 404 that links the last page (or the first, when nothing is found)
            long lastPage = Math.max(1, pages);
            return Response.status(404).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(errors.render(404, "La búsqueda tiene " + (pages <= 1 ? "una página" : pages + " páginas")
                            + " de resultados; la página " + state.page() + " no existe.",
                            state.atPage((int) lastPage), pages <= 1 ? "Ver los resultados"
                                    : "Ir a la última página (" + lastPage + ")"))
                    .build();
        }
        List<FacetView> facets = new ArrayList<>();
        List<Chip> chips = new ArrayList<>();
        for (FacetName f : FacetName.values()) {
            List<FacetCount> counts = result.facets().getOrDefault(f.key(), List.of());
            List<ValueView> values = new ArrayList<>();
            boolean all = state.showsAll(f.key());
            boolean cut = counts.size() > FACET_VALUES;
            for (FacetCount c : all ? counts : counts.subList(0, Math.min(FACET_VALUES, counts.size()))) {
                values.add(new ValueView(c.value(), FacetLabels.label(f.key(), c.value()), c.count(),
                        state.selected(f.key(), c.value()), state.toggle(f.key(), c.value())));
            }
            for (String v : state.filters().getOrDefault(f.key(), List.of())) {
                String label = FacetLabels.label(f.key(), v);
                chips.add(new Chip(FACET_LABELS.get(f.key()) + ": " + label, state.toggle(f.key(), v)));
                if (values.stream().noneMatch(x -> x.value().equals(v))) {
                    values.add(new ValueView(v, label, 0, true, state.toggle(f.key(), v)));
                }
            }
            if (!values.isEmpty()) {
                String anchor = "#f-" + f.key();
                facets.add(new FacetView(f.key(), FACET_LABELS.get(f.key()), state.filters().containsKey(f.key()), values,
                        counts.size(), cut && !all ? state.showingAll(f.key(), true) + anchor : null,
                        cut && all ? state.showingAll(f.key(), false) + anchor : null));
            }
        }
        List<PageLink> pager = new ArrayList<>();
        for (long n = Math.max(1, state.page() - 3); n <= Math.min(pages, state.page() + 3); n++) {
            pager.add(new PageLink((int) n, state.atPage((int) n), n == state.page()));
        }
        long first = result.items().isEmpty() ? 0 : (long) (state.page() - 1) * SearchState.SIZE + 1;
        return Response.ok(site.page(page.data("state", state).data("result", result)
                .data("hits", hits(result))
                .data("facets", facets).data("chips", chips).data("pager", pager)
                .data("prev", state.page() > 1 ? state.atPage(state.page() - 1) : null)
                .data("next", state.page() < pages ? state.atPage(state.page() + 1) : null)
                .data("didYouMean", result.didYouMean() == null ? null : state.withQuery(result.didYouMean()))
                .data("studiesHref", state.ofType(false)).data("variablesHref", state.ofType(true))
                // the range is the hits shown, so it can never run backwards
                .data("first", first).data("last", first == 0 ? 0 : first + result.items().size() - 1))).build();
    }

    private List<HitView> hits(SearchResult result) {
        Map<String, String> unpublished = result.items().isEmpty() ? Map.of() : catalogue.unpublished(site.caller());
        return result.items().stream().map(h -> HitView.of(h, unpublished)).toList();
    }
}
