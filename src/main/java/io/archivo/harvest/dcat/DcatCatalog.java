package io.archivo.harvest.dcat;

import io.archivo.ddi.model.Party;
import io.archivo.ddi.model.Term;
import io.archivo.ddi.model.Text;
import io.archivo.files.FileView;
import io.archivo.harvest.Coverage;
import io.archivo.harvest.DescriptionText;
import io.archivo.harvest.HarvestConfig;
import io.archivo.harvest.HarvestExtensions;
import io.archivo.harvest.Ley1712;
import io.archivo.harvest.Links;
import io.archivo.harvest.PublicDataset;
import io.archivo.harvest.Slugs;
import io.archivo.harvest.Themes;
import io.archivo.harvest.source.ProcessFacts;
import io.archivo.harvest.source.PublicStudy;
import io.archivo.ddi.model.StudyDescription;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VCARD4;

/**
 * One page of the DCAT-AP 3.0 catalogue as an RDF graph: the municipality's {@code dcat:Catalog}, a
 * {@code dcat:Dataset} per public study of the page with its distributions (DDI download, SDMX dataflow, public
 * data files), and the Hydra {@code PartialCollectionView} that links the pages. The mapping table is in
 * docs/harvesting.md. Every node a DCAT-AP range names is typed, so the SHACL shapes with ranges pass.
 */
final class DcatCatalog {

    static final String HYDRA = "http://www.w3.org/ns/hydra/core#";
    static final String SPDX = "http://spdx.org/rdf/terms#";
    static final String FOAF = "http://xmlns.com/foaf/0.1/";
    static final String ADMS = "http://www.w3.org/ns/adms#";
    static final String EU = "http://publications.europa.eu/resource/authority/";
    static final String IANA = "http://www.iana.org/assignments/media-types/";
    static final String DDI_25 = "http://www.ddialliance.org/Specification/DDI-Codebook/2.5/";
    static final String SDMX_21 = "https://sdmx.org/?page_id=5008";

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");

    private final Model m = ModelFactory.createDefaultModel();
    private final Links links;
    private final HarvestConfig config;
    private final Resource license;
    private final Resource publicAccess;
    private final Resource datosAbiertosScheme;

    private DcatCatalog(Links links, HarvestConfig config) {
        this.links = links;
        this.config = config;
        m.setNsPrefix("dcat", DCAT.NS);
        m.setNsPrefix("dct", DCTerms.NS);
        m.setNsPrefix("foaf", FOAF);
        m.setNsPrefix("vcard", VCARD4.NS);
        m.setNsPrefix("skos", SKOS.uri);
        m.setNsPrefix("spdx", SPDX);
        m.setNsPrefix("hydra", HYDRA);
        m.setNsPrefix("adms", ADMS);
        m.setNsPrefix("rdfs", RDFS.uri);
        m.setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
        license = m.createResource(config.license()).addProperty(RDF.type, DCTerms.LicenseDocument);
        publicAccess = m.createResource(Ley1712.EU_ACCESS_RIGHT).addProperty(RDF.type, DCTerms.RightsStatement)
                .addProperty(RDFS.label, m.createLiteral(Ley1712.STATEMENT, "es"));
        datosAbiertosScheme = m.createResource(links.catalog() + "/temas-datos-abiertos")
                .addProperty(RDF.type, SKOS.ConceptScheme)
                .addProperty(DCTerms.title, m.createLiteral("Categorías del Portal de Datos Abiertos de Colombia", "es"));
    }

    /** The graph of one page: {@code page} counts from 1, {@code total} public studies in all. */
    static Model page(Links links, HarvestConfig config, List<PublicDataset> datasets, int page, int size, long total) {
        DcatCatalog c = new DcatCatalog(links, config);
        Resource catalog = c.catalog();
        for (PublicDataset d : datasets) {
            catalog.addProperty(DCAT.dataset, c.dataset(d));
        }
        c.view(catalog, page, size, total);
        return c.m;
    }

    private Resource catalog() {
        Resource publisher = m.createResource(links.home() + "#publisher").addProperty(RDF.type, m.createResource(FOAF + "Agent"))
                .addProperty(RDF.type, m.createResource(FOAF + "Organization"))
                .addProperty(foaf("name"), m.createLiteral(config.publisher(), "es"));
        return m.createResource(links.catalog()).addProperty(RDF.type, DCAT.Catalog)
                .addProperty(DCTerms.title, m.createLiteral(config.repositoryName(), "es"))
                .addProperty(DCTerms.description, m.createLiteral("Estudios estadísticos publicados por la "
                        + config.publisher() + ": documentación DDI, estructuras SDMX y archivos de datos públicos"
                        + " (Ley 1712 de 2014).", "es"))
                .addProperty(DCTerms.publisher, publisher)
                .addProperty(foaf("homepage"), m.createResource(links.home()).addProperty(RDF.type, m.createResource(FOAF + "Document")))
                .addProperty(DCTerms.language, language("es"))
                .addProperty(DCTerms.license, license)
                .addProperty(DCTerms.spatial, municipality())
                .addProperty(DCAT.themeTaxonomy, m.createResource(Themes.EU_SCHEME).addProperty(RDF.type, SKOS.ConceptScheme)
                        .addProperty(DCTerms.title, m.createLiteral("Data theme", "en")))
                .addProperty(DCAT.themeTaxonomy, datosAbiertosScheme);
    }

    private Resource dataset(PublicDataset d) {
        PublicStudy s = d.study();
        StudyDescription desc = s.description();
        ProcessFacts p = d.process();
        Resource ds = m.createResource(links.dataset(s.idno())).addProperty(RDF.type, DCAT.Dataset);
        ds.addProperty(DCTerms.identifier, s.idno());
        List<Text> titles = desc.titles().isEmpty() ? List.of(new Text(s.title(), null)) : desc.titles();
        for (Text t : titles) {
            ds.addProperty(DCTerms.title, literal(t));
        }
        for (Text t : desc.parallelTitles()) {
            ds.addProperty(DCTerms.title, literal(t));
        }
        for (Text t : desc.alternativeTitles()) {
            ds.addProperty(m.createProperty(SKOS.uri, "altLabel"), literal(t));
        }
        if (desc.abstracts().isEmpty()) {
            ds.addProperty(DCTerms.description, m.createLiteral(DescriptionText.derived(s, p), "es"));
        }
        for (Text t : desc.abstracts()) {
            ds.addProperty(DCTerms.description, literal(t));
        }
        Set<String> keywords = new LinkedHashSet<>();
        for (Term t : desc.keywords()) {
            if (keywords.add(t.value().strip())) {
                ds.addProperty(DCAT.keyword, literal(new Text(t.value().strip(), t.lang())));
            }
        }
        for (Term t : desc.topics()) {
            if (keywords.add(t.value().strip())) {
                ds.addProperty(DCAT.keyword, literal(new Text(t.value().strip(), t.lang())));
            }
        }
        Themes.Theme theme = Themes.of(p == null ? null : p.thematicArea());
        ds.addProperty(DCAT.theme, m.createResource(theme.euUri()).addProperty(RDF.type, SKOS.Concept)
                .addProperty(SKOS.prefLabel, m.createLiteral(theme.euLabel(), "en"))
                .addProperty(SKOS.inScheme, m.createResource(Themes.EU_SCHEME)));
        ds.addProperty(DCAT.theme, m.createResource(datosAbiertosScheme.getURI() + "#" + Slugs.of(theme.datosAbiertos()))
                .addProperty(RDF.type, SKOS.Concept).addProperty(SKOS.inScheme, datosAbiertosScheme)
                .addProperty(SKOS.prefLabel, m.createLiteral(theme.datosAbiertos(), "es")));
        if (p != null && p.thematicArea() != null && !p.thematicArea().isBlank()
                && keywords.add(p.thematicArea().strip())) {
            ds.addProperty(DCAT.keyword, m.createLiteral(p.thematicArea().strip(), "es"));
        }
        Resource publisher = publisher(p);
        ds.addProperty(DCTerms.publisher, publisher);
        for (Party a : desc.authoringEntities()) {
            ds.addProperty(DCTerms.creator, m.createResource().addProperty(RDF.type, m.createResource(FOAF + "Agent"))
                    .addProperty(foaf("name"), a.name()));
        }
        ds.addProperty(DCAT.contactPoint, m.createResource().addProperty(RDF.type, VCARD4.Kind)
                .addProperty(RDF.type, VCARD4.Organization)
                .addProperty(VCARD4.fn, publisher.getProperty(foaf("name")).getString())
                .addProperty(VCARD4.hasEmail, m.createResource("mailto:" + config.adminEmail())));
        Coverage time = Coverage.of(desc.timePeriods());
        if (time != null && isDate(time.start()) && isDate(time.end())) {
            ds.addProperty(DCTerms.temporal, m.createResource().addProperty(RDF.type, DCTerms.PeriodOfTime)
                    .addProperty(DCAT.startDate, date(time.start()))
                    .addProperty(DCAT.endDate, date(time.end())));
        }
        ds.addProperty(DCTerms.spatial, municipality());
        for (Text g : desc.geographicCoverage()) { // the DDI's own words, beside the frame's URI
            ds.addProperty(DCTerms.spatial, m.createResource().addProperty(RDF.type, DCTerms.Location)
                    .addProperty(SKOS.prefLabel, literal(g)));
        }
        for (HarvestExtensions.Place place : d.places()) {
            ds.addProperty(DCTerms.spatial, area(place.code(), place.name()));
        }
        ds.addProperty(DCTerms.accessRights, publicAccess);
        for (String lang : desc.languages()) {
            Resource l = language(lang);
            if (l != null) {
                ds.addProperty(DCTerms.language, l);
            }
        }
        if (s.publishedAt() != null) {
            ds.addProperty(DCTerms.issued, dateTime(s.publishedAt()));
        }
        if (s.updatedAt() != null) {
            ds.addProperty(DCTerms.modified, dateTime(s.updatedAt()));
        }
        ds.addProperty(DCAT.landingPage, m.createResource(links.studyPage(s.idno()))
                .addProperty(RDF.type, m.createResource(FOAF + "Document")));
        if (p != null) {
            ds.addProperty(m.createProperty(ADMS, "versionNotes"), m.createLiteral("Versión " + s.version()
                    + " de la documentación; proceso estadístico " + p.code() + ": " + p.name(), "es"));
        }
        distributions(ds, d);
        return ds;
    }

    private void distributions(Resource ds, PublicDataset d) {
        String idno = d.study().idno();
        Resource ddi = distribution(links.ddi(idno) + "#distribution", "Documentación DDI Codebook 2.5 (XML)",
                links.ddi(idno), links.ddi(idno), "application/xml", "XML");
        ddi.addProperty(DCTerms.conformsTo, m.createResource(DDI_25).addProperty(RDF.type, DCTerms.Standard));
        ddi.addProperty(DCAT.byteSize, m.createTypedLiteral(Long.toString(d.ddiBytes()), XSDDatatype.XSDnonNegativeInteger));
        checksum(ddi, d.ddiSha256());
        ds.addProperty(DCAT.distribution, ddi);
        if (d.process() != null) {
            String sdmx = links.sdmxDataflow(d.process().code());
            Resource flow = distribution(sdmx + "#distribution", "Estructuras SDMX del proceso " + d.process().code()
                    + " (flujo de datos, DSD y listas de códigos)", sdmx, null, "application/xml", "XML");
            flow.addProperty(DCTerms.conformsTo, m.createResource(SDMX_21).addProperty(RDF.type, DCTerms.Standard));
            ds.addProperty(DCAT.distribution, flow);
        }
        for (FileView f : d.files()) {
            String content = links.fileContent(idno, f.id());
            Resource file = distribution(links.file(idno, f.id()), f.name(), content, content, f.mediaType(),
                    FileTypes.euFileType(f.name(), f.mediaType()));
            if (f.description() != null && !f.description().isBlank()) {
                file.addProperty(DCTerms.description, m.createLiteral(f.description(), "es"));
            }
            file.addProperty(DCAT.byteSize, m.createTypedLiteral(Long.toString(f.size()), XSDDatatype.XSDnonNegativeInteger));
            if (f.licence() != null && f.licence().startsWith("http")) {
                file.removeAll(DCTerms.license).addProperty(DCTerms.license,
                        m.createResource(f.licence()).addProperty(RDF.type, DCTerms.LicenseDocument));
            }
            checksum(file, f.sha256());
            ds.addProperty(DCAT.distribution, file);
        }
    }

    private Resource distribution(String uri, String title, String access, String download, String mediaType,
            String euFileType) {
        Resource r = m.createResource(uri).addProperty(RDF.type, DCAT.Distribution)
                .addProperty(DCTerms.title, m.createLiteral(title, "es"))
                .addProperty(DCAT.accessURL, link(access))
                .addProperty(DCTerms.license, license)
                .addProperty(DCTerms.rights, publicAccess);
        if (download != null) {
            r.addProperty(DCAT.downloadURL, link(download));
        }
        String type = mediaType == null ? null : mediaType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (type != null && type.matches("[a-z]+/[a-z0-9.+-]+")) {
            r.addProperty(DCAT.mediaType, m.createResource(IANA + type).addProperty(RDF.type, DCTerms.MediaType));
        }
        if (euFileType != null) {
            r.addProperty(DCTerms.format, m.createResource(EU + "file-type/" + euFileType)
                    .addProperty(RDF.type, DCTerms.MediaTypeOrExtent));
        }
        return r;
    }

    /** A URL as DCAT-AP's range for access and download URLs wants it: an (explicit) rdfs:Resource. */
    private Resource link(String url) {
        return m.createResource(url).addProperty(RDF.type, RDFS.Resource);
    }

    private void checksum(Resource r, String sha256) {
        if (sha256 == null) {
            return;
        }
        r.addProperty(m.createProperty(SPDX, "checksum"), m.createResource()
                .addProperty(RDF.type, m.createResource(SPDX + "Checksum"))
                .addProperty(m.createProperty(SPDX, "algorithm"), m.createResource(SPDX + "checksumAlgorithm_sha256")
                        .addProperty(RDF.type, m.createResource(SPDX + "ChecksumAlgorithm")))
                .addProperty(m.createProperty(SPDX, "checksumValue"), m.createTypedLiteral(sha256, XSDDatatype.XSDhexBinary)));
    }

    /** The department as the dataset's publisher (its page in the citizens' site), else the municipality. */
    private Resource publisher(ProcessFacts p) {
        if (p == null || p.departmentCode() == null) {
            return m.createResource(links.home() + "#publisher");
        }
        return m.createResource(links.department(p.departmentCode()))
                .addProperty(RDF.type, m.createResource(FOAF + "Agent"))
                .addProperty(RDF.type, m.createResource(FOAF + "Organization"))
                .addProperty(foaf("name"), m.createLiteral(config.publisher() + " - " + p.departmentLabel(), "es"));
    }

    /** The municipality in the geographic frame (code 76001, DIVIPOLA). */
    private Resource municipality() {
        return area("76001", "Santiago de Cali");
    }

    /** An area of the frame by its URI (which resolves to the area as GeoJSON), label and code. */
    private Resource area(String code, String name) {
        return m.createResource(links.area(code)).addProperty(RDF.type, DCTerms.Location)
                .addProperty(SKOS.prefLabel, m.createLiteral(name, "es"))
                .addProperty(SKOS.notation, code);
    }

    private void view(Resource catalog, int page, int size, long total) {
        long last = Math.max(1, (total + size - 1) / size);
        Resource view = m.createResource(pageUrl(page)).addProperty(RDF.type, m.createResource(HYDRA + "PartialCollectionView"))
                .addProperty(hydra("first"), m.createResource(pageUrl(1)))
                .addProperty(hydra("last"), m.createResource(pageUrl(last)))
                .addProperty(hydra("totalItems"), m.createTypedLiteral(Long.toString(total), XSDDatatype.XSDnonNegativeInteger))
                .addProperty(hydra("itemsPerPage"), m.createTypedLiteral(Integer.toString(size), XSDDatatype.XSDnonNegativeInteger));
        if (page > 1) {
            view.addProperty(hydra("previous"), m.createResource(pageUrl(page - 1)));
        }
        if (page < last) {
            view.addProperty(hydra("next"), m.createResource(pageUrl(page + 1)));
        }
        catalog.addProperty(hydra("view"), view);
    }

    private String pageUrl(long page) {
        return links.catalog() + "?page=" + page;
    }

    private org.apache.jena.rdf.model.Literal literal(Text t) {
        return t.lang() == null || t.lang().isBlank() ? m.createLiteral(t.value().strip())
                : m.createLiteral(t.value().strip(), t.lang());
    }

    /** EU language authority for the codebook's {@code xml:lang}s. */
    private Resource language(String lang) {
        String code = switch (lang.toLowerCase(Locale.ROOT).split("[-_]")[0]) {
            case "es" -> "SPA";
            case "en" -> "ENG";
            case "fr" -> "FRA";
            case "pt" -> "POR";
            default -> null;
        };
        return code == null ? null : m.createResource(EU + "language/" + code).addProperty(RDF.type, DCTerms.LinguisticSystem);
    }

    private static boolean isDate(String iso) {
        return iso.matches("\\d{4}(-\\d{2}(-\\d{2})?)?");
    }

    private org.apache.jena.rdf.model.Literal date(String iso) {
        RDFDatatype type = iso.length() == 4 ? XSDDatatype.XSDgYear
                : iso.length() == 7 ? XSDDatatype.XSDgYearMonth : XSDDatatype.XSDdate;
        return m.createTypedLiteral(iso, type);
    }

    private org.apache.jena.rdf.model.Literal dateTime(OffsetDateTime t) {
        return m.createTypedLiteral(t.withOffsetSameInstant(ZoneOffset.UTC).format(UTC), XSDDatatype.XSDdateTime);
    }

    private Property foaf(String local) {
        return m.createProperty(FOAF, local);
    }

    private Property hydra(String local) {
        return m.createProperty(HYDRA, local);
    }
}
