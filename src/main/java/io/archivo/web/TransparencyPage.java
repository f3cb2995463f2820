package io.archivo.web;

import io.archivo.transparency.TransparencyService;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;

/** {@code /transparencia}: the Registro de Activos and the Índice de Información Clasificada y Reservada. */
@Path("/transparencia")
@Produces(MediaType.TEXT_HTML)
public class TransparencyPage {

    @Inject
    @Location("transparency.html")
    Template page;
    @Inject
    InventoryReads inventory;
    @Inject
    Site site;

    @GET
    public TemplateInstance get() {
        // the instruments are public and the same for every caller: read together, once per catalogue state
        TransparencyService.Instruments instruments = inventory.transparency();
        return site.page(page.data("registroColumns", inventory.registroColumns())
                .data("registro", rows(inventory.registroColumns(), instruments.registro()))
                .data("indiceColumns", inventory.indiceColumns())
                .data("indice", rows(inventory.indiceColumns(), instruments.indice())));
    }

    private static List<List<String>> rows(List<String> columns, List<Map<String, String>> rows) {
        return rows.stream().map(r -> columns.stream().map(c -> r.getOrDefault(c, "")).map(v -> v == null ? "" : v)
                .toList()).toList();
    }
}
