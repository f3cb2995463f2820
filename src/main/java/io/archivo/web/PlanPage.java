package io.archivo.web;

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
        IndicatorReport report = inventory.indicators();
        Map<String, IndicatorReport> byDepartment = inventory.indicatorsByDepartment();
        List<Chart> indicators = new ArrayList<>();
        for (Indicator i : report.indicators()) {
            indicators.add(indicator(i));
        }
        List<Chart> departments = new ArrayList<>();
        for (Indicator i : report.indicators()) {
            departments.add(byDepartment(i, byDepartment));
        }
        Diagnostic diagnostic = inventory.diagnostic();
        Diagnostic.Breakdown chosen = chosen(diagnostic, department);
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice("total", "Todas las dependencias", chosen == diagnostic.total()));
        diagnostic.departments().forEach(d -> choices.add(new Choice(d.code(), d.label(), d == chosen)));
        return site.page(page.data("report", report).data("indicators", indicators).data("departments", departments)
                .data("breakdown", chosen).data("choices", choices).data("diagnostic", diagnostic(chosen)));
    }

    @GET
    @Path("{chart}.csv")
    @Produces("text/csv")
    public Response csv(@PathParam("chart") String chart, @QueryParam("dependencia") String department) {
        List<Chart> all = new ArrayList<>();
        IndicatorReport report = inventory.indicators();
        Map<String, IndicatorReport> byDepartment = inventory.indicatorsByDepartment();
        for (Indicator i : report.indicators()) {
            all.add(indicator(i));
            all.add(byDepartment(i, byDepartment));
        }
        all.addAll(diagnostic(chosen(inventory.diagnostic(), department)));
        for (Chart c : all) {
            if (c.id().equals(chart)) {
                return Response.ok(Csv.of(c), "text/csv; charset=UTF-8")
                        .header("Content-Disposition", "attachment; filename=\"" + c.id() + ".csv\"").build();
            }
        }
        return Response.status(404).type(MediaType.TEXT_PLAIN).entity("No chart named " + chart).build();
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

    private static List<Chart> diagnostic(Diagnostic.Breakdown b) {
        return List.of(counts(b, "tipos", "Tipo de proceso", b.types()),
                counts(b, "documentacion", "Documentación", b.documentation()),
                counts(b, "almacenamiento", "Almacenamiento de los datos", b.storage()),
                counts(b, "difusion", "Difusión y uso de la web", b.dissemination()));
    }

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

    /** RFC 4180 CSV of a chart's table, with a header row. */
    static final class Csv {
        static String of(Chart c) {
            StringBuilder b = new StringBuilder();
            List<String> header = new ArrayList<>();
            header.add("Categoría");
            header.addAll(c.columns());
            line(b, header);
            for (Row r : c.rows()) {
                List<String> cells = new ArrayList<>();
                cells.add(r.label());
                cells.addAll(r.values());
                line(b, cells);
            }
            return b.toString();
        }

        private static void line(StringBuilder b, List<String> cells) {
            for (int i = 0; i < cells.size(); i++) {
                String v = cells.get(i);
                // a leading = + - @ would be a formula in spreadsheets
                if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !v.matches("-?\\d+")) {
                    v = "'" + v;
                }
                b.append(i == 0 ? "" : ",").append('"').append(v.replace("\"", "\"\"")).append('"');
            }
            b.append("\r\n");
        }
    }
}
