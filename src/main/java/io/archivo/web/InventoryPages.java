package io.archivo.web;

import io.archivo.archive.api.dto.StudySummary;
import io.archivo.inventory.api.dto.CodeLabel;
import io.archivo.inventory.api.dto.ProcessView;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import io.archivo.search.FacetName;
import io.archivo.search.SearchRequest;
import io.archivo.search.SearchSort;
import io.archivo.search.SearchType;
import io.archivo.search.Visibility;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code /procesos}, {@code /procesos/{code}} and {@code /dependencias/{code}}: the inventory as citizens see it. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class InventoryPages {

    @Inject
    @Location("processes.html")
    Template list;
    @Inject
    @Location("process.html")
    Template detail;
    @Inject
    @Location("not-found.html")
    Template notFound;
    @Inject
    InventoryReads inventory;
    @Inject
    CatalogueReads catalogue;
    @Inject
    Site site;

    /** A process in a listing. */
    @TemplateData
    public record Row(String code, String href, String name, String department, String departmentHref, String type,
            String periodicity, String thematicArea, boolean disseminates, boolean documented, String sdmxHref) {
        static Row of(ProcessView p) {
            return new Row(p.code(), Urls.process(p.code()), p.name(), label(p.department()),
                    p.department() == null ? null : Urls.department(p.department().code()), label(p.type()),
                    p.periodicity(), p.thematicArea(), p.publicDissemination(), p.documented(),
                    Urls.sdmxDataflow(p.code()));
        }
    }

    /** A study of a process, with its state as the caller may see it. */
    @TemplateData
    public record StudyRow(String idno, String href, String title, boolean draft, String status) {
    }

    @GET
    @Path("procesos")
    public Object processes() {
        InventorySnapshot inventory = this.inventory.snapshot();
        List<Row> rows = inventory.derived("process-rows", s -> s.processes().stream().map(Row::of).toList());
        return site.page(list.data("title", "Procesos estadísticos").data("intro",
                "El inventario de procesos de producción de información estadística de la Alcaldía.")
                .data("rows", rows).data("departmentCsv", null).data("departmentPlan", null)
                .data("departmentStudies", null).data("departmentStudiesHref", null)
                .data("illustrative", inventory.processes().stream().anyMatch(ProcessView::illustrative)));
    }

    @GET
    @Path("dependencias/{code}")
    public Response department(@PathParam("code") String code) {
        List<ProcessView> own = ofDepartment(code);
        if (own.isEmpty()) {
            return Response.status(404).entity(site.page(notFound.data("what", "la dependencia «" + code + "»"))).build();
        }
        String label = own.get(0).department().label();
        String canonical = own.get(0).department().code();
        // its studies as the search finds them for this caller (the department facet holds the department's name)
        Map<String, List<String>> filter = Map.of(FacetName.DEPARTMENT.key(), List.of(label));
        long studies = catalogue.search(site.caller(), new SearchRequest("", SearchType.STUDY, 1, 1,
                SearchSort.RELEVANCE, filter, null, null, Visibility.publicOnly())).total();
        String studiesHref = new SearchState("", false, SearchSort.RELEVANCE, 1, null, null, filter, List.of()).href();
        return Response.ok(site.page(list.data("title", "Dependencia: " + label)
                .data("intro", own.size() + " procesos estadísticos de " + label + ".")
                .data("rows", own.stream().map(Row::of).toList())
                .data("departmentCsv", Urls.department(canonical) + "/procesos.csv")
                .data("departmentPlan", "/plan?dependencia=" + Urls.enc(canonical) + "#diagnostico")
                .data("departmentStudies", studies).data("departmentStudiesHref", studiesHref)
                .data("illustrative", own.stream().anyMatch(ProcessView::illustrative)))).build();
    }

    /** The department's processes as its page lists them, with the links to each page and SDMX dataflow. */
    @GET
    @Path("dependencias/{code}/procesos.csv")
    @Produces("text/csv")
    public Response departmentCsv(@PathParam("code") String code) {
        List<ProcessView> own = ofDepartment(code);
        if (own.isEmpty()) {
            return Response.status(404).type(MediaType.TEXT_PLAIN).entity("No department named " + code).build();
        }
        List<List<String>> rows = own.stream().map(p -> {
            Row r = Row.of(p);
            return List.of(r.code(), r.name(), nz(r.department()), nz(r.type()), nz(r.periodicity()),
                    nz(r.thematicArea()), r.disseminates() ? "Sí" : "No", r.documented() ? "Sí" : "No", r.href(),
                    Urls.sdmxDataflow(p.code()));
        }).toList();
        String file = "procesos-" + own.get(0).department().code() + ".csv";
        return Response.ok(Csv.of(CSV_HEADER, rows), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"").build();
    }

    static final List<String> CSV_HEADER = List.of("Código", "Proceso", "Dependencia", "Tipo", "Periodicidad",
            "Área temática", "Difusión pública", "Documentado", "Página", "Flujo de datos SDMX");

    private List<ProcessView> ofDepartment(String code) {
        return inventory.snapshot().processes().stream().filter(p -> p.department() != null
                && (p.department().code().equalsIgnoreCase(code) || p.department().label().equalsIgnoreCase(code)))
                .toList();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    @GET
    @Path("procesos/{code}")
    public Response process(@PathParam("code") String code) {
        Optional<ProcessView> found = inventory.process(code);
        if (found.isEmpty()) {
            return Response.status(404).entity(site.page(notFound.data("what", "el proceso «" + code + "»"))).build();
        }
        ProcessView p = found.get();
        List<StudySummary> studies = catalogue.studiesOfProcess(site.caller(), p.code());
        List<StudyRow> rows = studies.stream().map(s -> new StudyRow(s.idno(), Urls.study(s.idno()), s.title(),
                !"published".equals(s.status()), switch (s.status()) {
                    case "draft" -> "Borrador";
                    case "withdrawn" -> "Retirado";
                    default -> "Publicado";
                })).toList();
        return Response.ok(site.page(detail.data("p", p).data("row", Row.of(p)).data("studies", rows)
                .data("sdmx", Urls.sdmxDataflow(p.code()))
                .data("media", labels(p.media())).data("storage", labels(p.storage()))
                .data("instruments", labels(p.instruments())).data("sources", labels(p.sources()))
                .data("documentStates", labels(p.documentStates())))).build();
    }

    static String label(CodeLabel c) {
        return c == null ? null : c.label();
    }

    static String labels(List<CodeLabel> cs) {
        return cs == null || cs.isEmpty() ? null : String.join(", ", cs.stream().map(CodeLabel::label).toList());
    }
}
