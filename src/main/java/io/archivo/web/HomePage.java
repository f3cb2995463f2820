package io.archivo.web;

import io.archivo.inventory.service.InventoryCounts;
import io.archivo.search.SearchType;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * {@code /}: a search box, the catalogue in figures and the latest published studies (by the day their published
 * version was published, as {@code GET /api/v1/studies?sort=published} lists them to the same caller).
 */
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
        List<HitView> latest = catalogue.latestPublished(site.caller(), LATEST).stream()
                .map(s -> HitView.ofStudy(s, s.processCode() == null ? null
                        : inventory.departmentOf(s.processCode()).orElse(null)))
                .toList();
        InventoryCounts inventoryCounts = inventory.counts();
        // the figures are counts, not searches: exact past 1,000, and without facets and hits nobody shows
        return site.page(home.data("studies", catalogue.count(site.caller(), SearchType.STUDY))
                .data("variables", catalogue.count(site.caller(), SearchType.VARIABLE))
                .data("processes", inventoryCounts.processes()).data("departments", inventoryCounts.departments())
                .data("latest", latest));
    }

    /** How many of the latest published studies the home page lists. */
    static final int LATEST = 6;
}
