package io.archivo.web;

import io.archivo.inventory.service.InventoryCounts;
import io.archivo.search.SearchRequest;
import io.archivo.search.SearchSort;
import io.archivo.search.SearchType;
import io.archivo.search.Visibility;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/** {@code /}: a search box, the catalogue in figures and the most recent studies (by period covered). */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomePage {

    @Inject
    @Location("home.html")
    Template home;
    @Inject
    CatalogueReads catalogue;
    @Inject
    InventoryReads inventory;
    @Inject
    Site site;

    @GET
    public TemplateInstance get() {
        SearchRequest latest = new SearchRequest("", SearchType.STUDY, 1, 6, SearchSort.YEAR, Map.of(), null, null,
                Visibility.publicOnly());
        var hits = catalogue.search(site.caller(), latest).items();
        Map<String, String> unpublished = catalogue.unpublished(site.caller());
        InventoryCounts inventoryCounts = inventory.counts();
        // the figures are counts, not searches: exact past 1,000, and without facets and hits nobody shows
        return site.page(home.data("studies", catalogue.count(site.caller(), SearchType.STUDY))
                .data("variables", catalogue.count(site.caller(), SearchType.VARIABLE))
                .data("processes", inventoryCounts.processes()).data("departments", inventoryCounts.departments())
                .data("latest", hits.stream().map(h -> HitView.of(h, unpublished)).toList()));
    }
}
