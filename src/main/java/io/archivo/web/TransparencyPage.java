package io.archivo.web;

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

    @Inject
    PageModels models;

    @GET
    public TemplateInstance get() {
        // the instruments are public and the same for every caller: their rows are built once per catalogue state
        return site.page(page.data("registroColumns", inventory.registroColumns())
                .data("registro", models.get("transparency-registro",
                        () -> rows(inventory.registroColumns(), inventory.registro())))
                .data("indiceColumns", inventory.indiceColumns())
                .data("indice", models.get("transparency-indice",
                        () -> rows(inventory.indiceColumns(), inventory.indice()))));
    }

    private static List<List<String>> rows(List<String> columns, List<Map<String, String>> rows) {
        return rows.stream().map(r -> columns.stream().map(c -> r.getOrDefault(c, "")).map(v -> v == null ? "" : v)
                .toList()).toList();
    }
}
