package io.archivo.web;

import io.archivo.access.AccessPolicy;
import io.archivo.archive.api.dto.ClassificationView;
import io.archivo.archive.api.dto.StudyView;
import io.archivo.archive.api.dto.VersionView;
import io.archivo.ddi.model.DataFile;
import io.archivo.ddi.model.DateRef;
import io.archivo.ddi.model.Party;
import io.archivo.ddi.model.StudyDescription;
import io.archivo.ddi.model.Term;
import io.archivo.ddi.model.Text;
import io.quarkus.qute.TemplateData;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/** Everything the study page prints, taken from the study as the API shows it to the caller. */
@TemplateData
public record StudyFacts(String idno, String title, String titleLang, String status, boolean draft, int version,
        String citation, String abstractText, String abstractLang, List<Fact> coverage, List<String> universe,
        List<Fact> methodology, List<Fact> producers, List<String> keywords, List<VersionRow> versions,
        List<Link> downloads, List<String> dataFiles, String classification, String classificationNotice,
        String processCode, String processHref, int variableCount, StudyPage.Tombstone withdrawal) {

    @TemplateData
    public record Fact(String name, String value) {
    }

    @TemplateData
    public record VersionRow(int number, String created, String published, int variables, String ddiHref,
            boolean shown) {
    }

    @TemplateData
    public record Link(String label, String href, String note) {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    public static StudyFacts of(StudyView s, List<VersionView> history, String pageUrl) {
        StudyDescription d = s.description();
        String title = s.title() != null ? s.title() : Text.preferred(d.titles(), "es");
        List<Fact> coverage = new ArrayList<>();
        add(coverage, "Periodo", period(d.timePeriods()));
        add(coverage, "Cobertura geográfica", texts(d.geographicCoverage()));
        add(coverage, "Comunas y corregimientos", areas(s));
        add(coverage, "País", texts(d.nations()));
        add(coverage, "Unidades geográficas", texts(d.geographicUnits()));
        List<Fact> methodology = new ArrayList<>();
        add(methodology, "Tipo de datos", texts(d.kindOfData()));
        add(methodology, "Unidad de análisis", texts(d.unitsOfAnalysis()));
        add(methodology, "Modo de recolección", texts(d.collectionModes()));
        add(methodology, "Muestreo", texts(d.sampling()));
        add(methodology, "Fechas de recolección", period(d.collectionDates()));
        add(methodology, "Condiciones de acceso", texts(d.accessConditions()));
        List<Fact> producers = new ArrayList<>();
        add(producers, "Autoría", parties(d.authoringEntities()));
        add(producers, "Producción", parties(d.producers()));
        add(producers, "Distribución", parties(d.distributors()));
        LinkedHashSet<String> keywords = new LinkedHashSet<>();
        d.keywords().stream().map(Term::value).forEach(keywords::add);
        d.topics().stream().map(Term::value).forEach(keywords::add);
        List<VersionRow> versions = history.stream().map(v -> new VersionRow(v.number(), day(v.createdAt()),
                day(v.publishedAt()), v.variableCount(), Urls.ddi(s.idno(), v.number()), v.number() == s.version()))
                .toList();
        List<Link> downloads = new ArrayList<>();
        downloads.add(new Link("Metadatos DDI Codebook (XML), versión " + s.version(), Urls.ddi(s.idno(), s.version()),
                "DDI " + s.ddiVersion()));
        if (s.processCode() != null) {
            downloads.add(new Link("Estructura SDMX del proceso " + s.processCode() + " (SDMX-ML)",
                    Urls.sdmxDataflow(s.processCode()), "flujo de datos con sus estructuras"));
        }
        List<String> files = d.files().stream().map(StudyFacts::file).toList();
        String year = d.timePeriods().stream().map(DateRef::year).filter(Objects::nonNull).findFirst()
                .map(String::valueOf).orElse("s. f.");
        String who = !d.authoringEntities().isEmpty() ? parties(d.authoringEntities())
                : !d.producers().isEmpty() ? parties(d.producers()) : "Alcaldía de Santiago de Cali";
        String citation = who + " (" + year + "). " + title + " (versión " + s.version()
                + ") [metadatos DDI]. Archivo estadístico de Santiago de Cali. " + s.idno() + ". " + pageUrl;
        String abstractText = Text.preferred(d.abstracts(), "es");
        return new StudyFacts(s.idno(), title, langOf(d.titles(), title), status(s.status()), !"published".equals(s.status()),
                s.version(), citation, abstractText, langOf(d.abstracts(), abstractText), coverage,
                d.universe().stream().map(Text::value).toList(), methodology, producers, List.copyOf(keywords),
                versions, downloads, files, s.classification(), notice(s.classification(), s.classificationDecision()),
                s.processCode(), s.processCode() == null ? null : Urls.process(s.processCode()), s.variableCount(),
                s.withdrawal() == null ? null : StudyPage.Tombstone.of(s.withdrawal()));
    }

    private static String status(String status) {
        return switch (status) {
            case "draft" -> "Borrador: no publicado";
            case "withdrawn" -> "Retirado: no visible al público";
            default -> "Publicado";
        };
    }

    /** The Ley 1712 notice: what the classification means for the citizen. */
    private static String notice(String level, ClassificationView decision) {
        if (AccessPolicy.PUBLICA.equals(level)) {
            return "Información pública (Ley 1712 de 2014): puede consultarla y reutilizarla citando la fuente.";
        }
        String text = ("reservada".equals(level) ? "Información pública reservada" : "Información pública clasificada")
                + " (Ley 1712 de 2014, art. " + ("reservada".equals(level) ? "19" : "18") + ").";
        if (decision != null) {
            text += (decision.legalBasis() == null ? "" : " Fundamento: " + decision.legalBasis() + ".")
                    + (decision.exception() == null ? "" : " Excepción " + decision.exception() + ".")
                    + (decision.term() == null ? "" : " Plazo: " + decision.term() + ".");
        }
        return text;
    }

    private static String file(DataFile f) {
        StringBuilder b = new StringBuilder(f.name() == null ? f.id() == null ? "archivo" : f.id() : f.name());
        if (f.caseCount() != null) {
            b.append(" — ").append(f.caseCount()).append(" casos");
        }
        if (f.variableCount() != null) {
            b.append(", ").append(f.variableCount()).append(" variables");
        }
        return b.toString();
    }

    private static void add(List<Fact> facts, String name, String value) {
        if (value != null && !value.isBlank()) {
            facts.add(new Fact(name, value));
        }
    }

    /** The comunas and corregimientos of Cali's frame the study covers, by name ("Comuna 13, Comuna 14, Navarro"). */
    private static String areas(StudyView s) {
        if (s.geography() == null) {
            return null;
        }
        return String.join(", ", s.geography().comunasAndCorregimientos().stream()
                .map(a -> "corregimiento".equals(a.kind()) ? "Corregimiento " + a.name() : a.name()).toList());
    }

    private static String texts(List<Text> texts) {
        LinkedHashSet<String> values = new LinkedHashSet<>();
        for (Text t : texts) {
            if (t.lang() == null || t.lang().toLowerCase().startsWith("es")) {
                values.add(t.value());
            }
        }
        if (values.isEmpty()) {
            texts.forEach(t -> values.add(t.value()));
        }
        return String.join("; ", values);
    }

    private static String parties(List<Party> parties) {
        return String.join("; ", parties.stream().map(p -> p.name()
                + (p.affiliation() == null || p.affiliation().isBlank() ? "" : " (" + p.affiliation() + ")")).toList());
    }

    private static String period(List<DateRef> dates) {
        String start = null;
        String end = null;
        List<String> singles = new ArrayList<>();
        for (DateRef d : dates) {
            if ("start".equalsIgnoreCase(d.event()) && start == null) {
                start = d.date();
            } else if ("end".equalsIgnoreCase(d.event()) && end == null) {
                end = d.date();
            } else if (d.date() != null) {
                singles.add(d.date());
            }
        }
        if (start != null || end != null) {
            return (start == null ? "…" : start) + " a " + (end == null ? "…" : end);
        }
        return String.join(", ", singles);
    }

    private static String day(OffsetDateTime t) {
        return t == null ? "" : DAY.format(t);
    }

    private static String langOf(List<Text> texts, String shown) {
        for (Text t : texts) {
            if (t.value().equals(shown) && t.lang() != null && !t.lang().toLowerCase().startsWith("es")) {
                return t.lang();
            }
        }
        return null;
    }
}
