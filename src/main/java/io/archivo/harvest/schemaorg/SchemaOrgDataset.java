package io.archivo.harvest.schemaorg;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.archivo.ddi.model.Party;
import io.archivo.ddi.model.Term;
import io.archivo.ddi.model.Text;
import io.archivo.ddi.model.Variable;
import io.archivo.files.FileView;
import io.archivo.harvest.Coverage;
import io.archivo.harvest.DescriptionText;
import io.archivo.harvest.HarvestConfig;
import io.archivo.harvest.HarvestExtensions;
import io.archivo.harvest.Ley1712;
import io.archivo.harvest.Links;
import io.archivo.harvest.PublicDataset;
import io.archivo.harvest.PublicDatasets;
import io.archivo.harvest.source.ProcessFacts;
import io.archivo.harvest.source.PublicStudy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The schema.org {@code Dataset} of a public study as JSON-LD, with what Google Dataset Search requires (name,
 * description of 50 to 5,000 characters) and recommends (creator with its {@code @type}, license, identifier,
 * temporalCoverage, spatialCoverage, variableMeasured, distribution, …). The public face of this capability for the
 * web pages and the API; the mapping table is in docs/harvesting.md. Only what an anonymous visitor may see: a
 * study the public may not see has no JSON-LD, and sensitive variables are never among {@code variableMeasured}.
 */
@ApplicationScoped
public class SchemaOrgDataset {

    public static final String MEDIA_TYPE = "application/ld+json";
    /** variableMeasured lists at most this many variables, so a page's script stays small. */
    static final int MAX_VARIABLES = 500;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");

    private final PublicDatasets datasets;
    private final HarvestConfig config;
    private final ObjectMapper json;

    SchemaOrgDataset(PublicDatasets datasets, HarvestConfig config, ObjectMapper json) {
        this.datasets = datasets;
        this.config = config;
        this.json = json;
    }

    /** The JSON-LD text of the study's Dataset, or empty when the public may not see the study. */
    public Optional<String> json(String idno, Links links) {
        return of(idno, links).map(node -> {
            try {
                return json.writeValueAsString(node);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    public Optional<ObjectNode> of(String idno, Links links) {
        return datasets.of(idno).map(d -> build(d, measured(datasets.variables(idno)), links));
    }

    /** The JSON-LD text of a dataset already assembled as the public sees it, with its variables' names and labels. */
    public String json(PublicDataset d, List<Measured> variables, Links links) {
        try {
            return json.writeValueAsString(build(d, variables, links));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A variable as {@code variableMeasured} lists it: its name and preferred (Spanish) label, if any. */
    public record Measured(String name, String label) {
    }

    static List<Measured> measured(List<Variable> variables) {
        return variables.stream().limit(MAX_VARIABLES).map(v -> new Measured(v.name(), Text.preferred(v.labels(), "es")))
                .toList();
    }

    ObjectNode build(PublicDataset d, List<Measured> variables, Links links) {
        PublicStudy s = d.study();
        ProcessFacts p = d.process();
        ObjectNode o = json.createObjectNode();
        o.put("@context", "https://schema.org/");
        o.put("@type", "Dataset");
        o.put("@id", links.dataset(s.idno()));
        o.put("url", links.studyPage(s.idno()));
        o.put("name", s.title());
        ArrayNode alternate = o.putArray("alternateName");
        s.description().parallelTitles().forEach(t -> alternate.add(t.value().strip()));
        s.description().alternativeTitles().forEach(t -> alternate.add(t.value().strip()));
        if (alternate.isEmpty()) {
            o.remove("alternateName");
        }
        o.put("description", DescriptionText.sized(s, p));
        o.putArray("identifier").add(s.idno());
        ArrayNode creators = o.putArray("creator");
        for (Party a : s.description().authoringEntities()) {
            creators.add(organization(a.name()));
        }
        ObjectNode publisher = organization(p == null || p.departmentLabel() == null ? config.publisher()
                : config.publisher() + " - " + p.departmentLabel());
        if (creators.isEmpty()) {
            creators.add(publisher.deepCopy());
        }
        o.set("publisher", publisher);
        o.put("license", config.license());
        o.put("isAccessibleForFree", true);
        o.put("conditionsOfAccess", Ley1712.STATEMENT);
        Set<String> keywords = new LinkedHashSet<>();
        s.description().keywords().stream().map(Term::value).map(String::strip).forEach(keywords::add);
        s.description().topics().stream().map(Term::value).map(String::strip).forEach(keywords::add);
        if (p != null && p.thematicArea() != null && !p.thematicArea().isBlank()) {
            keywords.add(p.thematicArea().strip());
        }
        if (!keywords.isEmpty()) {
            ArrayNode k = o.putArray("keywords");
            keywords.forEach(k::add);
        }
        Coverage time = Coverage.of(s.description().timePeriods());
        if (time != null) {
            o.put("temporalCoverage", time.interval());
        }
        o.set("spatialCoverage", spatial(d, links));
        List<String> languages = s.description().languages();
        if (!languages.isEmpty()) {
            o.put("inLanguage", languages.get(0));
        }
        if (s.publishedAt() != null) {
            o.put("datePublished", s.publishedAt().withOffsetSameInstant(ZoneOffset.UTC).format(UTC));
        }
        if (s.updatedAt() != null) {
            o.put("dateModified", s.updatedAt().withOffsetSameInstant(ZoneOffset.UTC).format(UTC));
        }
        o.put("version", Integer.toString(s.version()));
        ArrayNode measured = o.putArray("variableMeasured");
        for (Measured v : variables.subList(0, Math.min(variables.size(), MAX_VARIABLES))) {
            ObjectNode pv = measured.addObject();
            pv.put("@type", "PropertyValue");
            pv.put("name", v.name());
            String label = v.label();
            if (label != null) {
                pv.put("description", label.strip());
            }
        }
        if (measured.isEmpty()) {
            o.remove("variableMeasured");
        }
        o.set("distribution", distributions(d, links));
        ObjectNode catalog = o.putObject("includedInDataCatalog");
        catalog.put("@type", "DataCatalog");
        catalog.put("name", config.repositoryName());
        catalog.put("url", links.home());
        if (p != null) {
            ObjectNode process = o.putObject("isPartOf");
            process.put("@type", "CreativeWork");
            process.put("name", "Proceso estadístico " + p.code() + ": " + p.name());
        }
        return o;
    }

    private ArrayNode spatial(PublicDataset d, Links links) {
        ArrayNode places = json.createArrayNode();
        ObjectNode cali = places.addObject();
        cali.put("@type", "Place");
        cali.put("name", "Santiago de Cali, Valle del Cauca, Colombia");
        ObjectNode address = cali.putObject("address");
        address.put("@type", "PostalAddress");
        address.put("addressLocality", "Santiago de Cali");
        address.put("addressRegion", "Valle del Cauca");
        address.put("addressCountry", "CO");
        for (Text g : d.study().description().geographicCoverage()) {
            ObjectNode place = places.addObject();
            place.put("@type", "Place");
            place.put("name", g.value().strip());
        }
        for (HarvestExtensions.Place area : d.places()) {
            ObjectNode place = places.addObject();
            place.put("@type", "Place");
            place.put("@id", links.area(area.code()));
            place.put("name", area.name());
            place.put("url", links.area(area.code()));
            ObjectNode id = place.putObject("identifier");
            id.put("@type", "PropertyValue");
            id.put("propertyID", io.archivo.geo.AreaFrame.CODELIST_ID);
            id.put("value", area.code());
        }
        return places;
    }

    private ArrayNode distributions(PublicDataset d, Links links) {
        ArrayNode out = json.createArrayNode();
        String idno = d.study().idno();
        ObjectNode ddi = download(out, "Documentación DDI Codebook 2.5", links.ddi(idno), "application/xml");
        ddi.put("contentSize", d.ddiBytes() + " B");
        if (d.process() != null) {
            download(out, "Estructuras SDMX del proceso " + d.process().code(), links.sdmxDataflow(d.process().code()),
                    "application/vnd.sdmx.structure+xml");
        }
        for (FileView f : d.files()) {
            ObjectNode file = download(out, f.name(), links.fileContent(idno, f.id()), f.mediaType());
            file.put("contentSize", f.size() + " B");
            if (f.description() != null && !f.description().isBlank()) {
                file.put("description", f.description());
            }
        }
        return out;
    }

    private static ObjectNode download(ArrayNode out, String name, String url, String format) {
        ObjectNode o = out.addObject();
        o.put("@type", "DataDownload");
        o.put("name", name);
        o.put("contentUrl", url);
        if (format != null) {
            o.put("encodingFormat", format);
        }
        return o;
    }

    private ObjectNode organization(String name) {
        ObjectNode o = json.createObjectNode();
        o.put("@type", "Organization");
        o.put("name", name);
        return o;
    }
}
