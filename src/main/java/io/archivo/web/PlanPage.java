package io.archivo.web;

import io.archivo.inventory.api.dto.CodeLabel;
import io.archivo.inventory.api.dto.ProcessView;
import io.archivo.inventory.service.Diagnostic;
import io.archivo.inventory.service.Indicator;
import io.archivo.inventory.service.IndicatorReport;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code /plan}: the PET dashboard. Each plan indicator (baseline 2015, target, current value computed now) and
 * its breakdown by department, then the diagnostic's breakdowns of one department; every chart is server-rendered
 * SVG with its table beside it and a CSV download ({@code /plan/{chart}.csv}).
 */
@Path("/plan")
public class PlanPage {

    @Inject
    @Location("plan.html")
    Template page;
    @Inject
    InventoryReads inventory;
    @Inject
    Site site;

    /** One chart with its table: rows of (label, values…) under the given column names. */
    @TemplateData
    public record Chart(String id, String title, String svg, List<String> columns, List<Row> rows, String csv) {
    }

    @TemplateData
    public record Row(String label, List<String> values) {
    }

    @TemplateData
    public record Choice(String code, String label, boolean selected) {
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance get(@QueryParam("dependencia") String department) {
        InventorySnapshot inventory = this.inventory.snapshot();
        Diagnostic diagnostic = inventory.diagnostic();
        Diagnostic.Breakdown chosen = chosen(diagnostic, department);
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice("total", "Todas las dependencias", chosen == diagnostic.total()));
        diagnostic.departments().forEach(d -> choices.add(new Choice(d.code(), d.label(), d == chosen)));
        return site.page(page.data("report", inventory.indicators()).data("indicators", indicatorCharts(inventory))
                .data("departments", departmentCharts(inventory)).data("breakdown", chosen).data("choices", choices)
                .data("diagnostic", diagnosticCharts(inventory, chosen)));
    }

    @GET
    @Path("{chart}.csv")
    @Produces("text/csv")
    public Response csv(@PathParam("chart") String chart, @QueryParam("dependencia") String department) {
        InventorySnapshot inventory = this.inventory.snapshot();
        List<Chart> all = new ArrayList<>();
        all.addAll(indicatorCharts(inventory));
        all.addAll(departmentCharts(inventory));
        all.addAll(diagnosticCharts(inventory, chosen(inventory.diagnostic(), department)));
        for (Chart c : all) {
            if (c.id().equals(chart)) {
                return Response.ok(csvOf(c), "text/csv; charset=UTF-8")
                        .header("Content-Disposition", "attachment; filename=\"" + c.id() + ".csv\"").build();
            }
        }
        return Response.status(404).type(MediaType.TEXT_PLAIN).entity("No chart named " + chart).build();
    }

    /** Each plan indicator as a chart: the same for every caller, drawn once per inventory snapshot. */
    private static List<Chart> indicatorCharts(InventorySnapshot inventory) {
        return inventory.derived("plan-indicators", s -> s.indicators().indicators().stream()
                .map(PlanPage::indicator).toList());
    }

    /** Each plan indicator by department, drawn once per inventory snapshot. */
    private static List<Chart> departmentCharts(InventorySnapshot inventory) {
        return inventory.derived("plan-indicators-by-department", s -> {
            Map<String, IndicatorReport> byDepartment = s.indicatorsByDepartment();
            return s.indicators().indicators().stream().map(i -> byDepartment(i, byDepartment)).toList();
        });
    }

    /** The diagnostic's charts of one breakdown (all departments or one: at most 17 keys), once per snapshot. */
    private static List<Chart> diagnosticCharts(InventorySnapshot inventory, Diagnostic.Breakdown chosen) {
        return inventory.derived(List.of("plan-diagnostic", chosen.code()), s -> diagnostic(chosen, s.processes()));
    }

    private static Chart indicator(Indicator i) {
        String id = "indicador-" + i.id();
        List<SvgBars.Bar> bars = List.of(new SvgBars.Bar("Línea base 2015", i.baseline(), null),
                new SvgBars.Bar("Valor actual", i.current(), null), new SvgBars.Bar("Meta", i.target(), null));
        List<Row> rows = bars.stream().map(b -> new Row(b.label(), List.of(String.valueOf((long) b.value())))).toList();
        return new Chart(id, i.name(), SvgBars.render(id, i.name() + ": línea base 2015 " + i.baseline() + ", actual "
                + i.current() + ", meta " + i.target() + " " + i.unit(), bars), List.of(i.unit()), rows,
                "/plan/" + id + ".csv");
    }

    private static Chart byDepartment(Indicator indicator, Map<String, IndicatorReport> byDepartment) {
        String id = "dependencias-" + indicator.id();
        List<SvgBars.Bar> bars = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        byDepartment.forEach((label, r) -> {
            int current = r.indicators().stream().filter(x -> x.id().equals(indicator.id())).findFirst()
                    .map(Indicator::current).orElse(0);
            bars.add(new SvgBars.Bar(label, current, null));
            rows.add(new Row(label, List.of(String.valueOf(current), String.valueOf(r.processes()))));
        });
        String title = indicator.name() + ", por dependencia";
        return new Chart(id, title, SvgBars.render(id, title, bars), List.of("Cumplen", "Procesos"), rows,
                "/plan/" + id + ".csv");
    }

    private static List<Chart> diagnostic(Diagnostic.Breakdown b, List<ProcessView> all) {
        List<ProcessView> own = "total".equals(b.code()) ? all
                : all.stream().filter(p -> p.department() != null && p.department().code().equals(b.code())).toList();
        return List.of(counts(b, "tipos", "Tipo de proceso", b.types()),
                counts(b, "documentacion", "Documentación", b.documentation()),
                counts(b, "almacenamiento", "Almacenamiento de los datos", b.storage()),
                counts(b, "difusion", "Difusión y uso de la web", b.dissemination()),
                counts(b, "recoleccion", "Recolección de los datos", collection(own, instruments(all))),
                counts(b, "normativa", "Normativa que regula el proceso", regulation(own)));
    }

    /**
     * Digital collection as the plan counts it (any instrument but paper), then each instrument; read from the
     * processes' public view, as the diagnostic endpoint does not break these two down.
     */
    private static List<Diagnostic.Count> collection(List<ProcessView> ps, List<CodeLabel> instruments) {
        List<Diagnostic.Count> counts = new ArrayList<>();
        counts.add(new Diagnostic.Count("digital", "Recolección digital", ps.stream()
                .filter(p -> p.instruments() != null && p.instruments().stream().anyMatch(i -> !PAPER.equals(i.code())))
                .count()));
        counts.add(new Diagnostic.Count("solo_papel", "Solo en papel", ps.stream()
                .filter(p -> p.instruments() != null && !p.instruments().isEmpty()
                        && p.instruments().stream().allMatch(i -> PAPER.equals(i.code())))
                .count()));
        for (CodeLabel i : instruments) {
            counts.add(new Diagnostic.Count(i.code(), i.label(), ps.stream().filter(p -> p.instruments() != null
                    && p.instruments().contains(i)).count()));
        }
        counts.add(new Diagnostic.Count("sin_dato", "Sin dato", ps.stream()
                .filter(p -> p.instruments() == null || p.instruments().isEmpty()).count()));
        return counts;
    }

    private static List<Diagnostic.Count> regulation(List<ProcessView> ps) {
        long regulated = ps.stream().filter(p -> p.norms() != null && !p.norms().isEmpty()).count();
        return List.of(new Diagnostic.Count("con_normativa", "Con normativa registrada", regulated),
                new Diagnostic.Count("sin_normativa", "Sin normativa registrada", ps.size() - regulated));
    }

    /** The instruments any process uses, so every department's chart has the same rows. */
    private static List<CodeLabel> instruments(List<ProcessView> all) {
        return all.stream().filter(p -> p.instruments() != null).flatMap(p -> p.instruments().stream()).distinct()
                .sorted(java.util.Comparator.comparing(CodeLabel::label)).toList();
    }

    /** The code of the one non-digital instrument (inventory's CollectionInstrument.PAPEL). */
    private static final String PAPER = "papel";

    private static Chart counts(Diagnostic.Breakdown b, String group, String name, List<Diagnostic.Count> counts) {
        String id = "diagnostico-" + group + "-" + b.code();
        String title = name + " — " + ("total".equals(b.code()) ? "todas las dependencias" : b.label()) + " ("
                + b.processes() + " procesos)";
        List<SvgBars.Bar> bars = counts.stream().map(c -> new SvgBars.Bar(c.label(), c.count(), null)).toList();
        List<Row> rows = counts.stream().map(c -> new Row(c.label(), List.of(String.valueOf(c.count())))).toList();
        return new Chart(id, title, SvgBars.render(id, title, bars), List.of("Procesos"), rows,
                "/plan/" + id + ".csv" + ("total".equals(b.code()) ? "" : "?dependencia=" + Urls.enc(b.code())));
    }

    private static Diagnostic.Breakdown chosen(Diagnostic d, String code) {
        if (code == null || code.isBlank()) {
            return d.total();
        }
        return d.departments().stream().filter(b -> b.code().equalsIgnoreCase(code)).findFirst().orElse(d.total());
    }

    /** The chart's table as CSV: its category column, then its value columns. */
    static String csvOf(Chart c) {
        List<String> header = new ArrayList<>();
        header.add("Categoría");
        header.addAll(c.columns());
        List<List<String>> rows = new ArrayList<>();
        for (Row r : c.rows()) {
            List<String> cells = new ArrayList<>();
            cells.add(r.label());
            cells.addAll(r.values());
            rows.add(cells);
        }
        return Csv.of(header, rows);
    }
}
