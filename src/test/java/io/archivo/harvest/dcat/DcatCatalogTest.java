package io.archivo.harvest.dcat;

import static io.archivo.testsupport.Api.admin;
import static io.archivo.testsupport.Api.anonymous;
import static io.archivo.testsupport.Api.editor;
import static io.archivo.testsupport.Api.ensureProcess;
import static io.archivo.testsupport.Api.variant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.archivo.harvest.DcatShapes;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /dcat/catalog} end to end: content negotiation (Turtle, JSON-LD, RDF/XML, 406), Hydra paging over the
 * whole public catalogue, the fields of a dataset and its distributions, nothing the public may not see (drafts,
 * withdrawn and classified studies, classified files), and DCAT-AP 3.0 SHACL conformance of every page.
 */
@QuarkusTest
@Tag("persistence")
class DcatCatalogTest {

    static final String FIXTURE = "/archive/encuesta-movilidad-2025.xml";
    static final String HYDRA = "http://www.w3.org/ns/hydra/core#";
    static final String SPDX = "http://spdx.org/rdf/terms#";
    static final String PUBLIC_CSV = "viajes-dcat.csv";
    static final String CLASSIFIED_CSV = "viajes-dcat-clasificado.csv";
    private static boolean ready;

    @BeforeEach
    synchronized void catalogue() {
        if (ready) {
            return;
        }
        ensureProcess("DC-SAL", "salud", "Salud y Protección Social");
        ensureProcess("DC-MOV", "transito", "Transporte y movilidad");
        for (int i = 1; i <= 4; i++) {
            publish(upload("DCAT-PUB-" + i, "Encuesta DCAT " + i, "DC-MOV"));
        }
        publish(upload("DCAT-SAL", "Encuesta de salud DCAT", "DC-SAL"));
        upload("DCAT-CLAS", "Encuesta DCAT clasificada", "DC-SAL");
        admin().contentType("application/json").body("{\"level\":\"clasificada\",\"legalBasis\":\"Ley 1581 de 2012\","
                + "\"exception\":\"total\",\"decidedOn\":\"2025-03-14\",\"term\":\"15 años\"}")
                .put("/api/v1/studies/DCAT-CLAS/classification").then().statusCode(200);
        publish("DCAT-CLAS");
        upload("DCAT-DRAFT", "Borrador DCAT", "DC-SAL");
        publish(upload("DCAT-WD", "Encuesta DCAT retirada", "DC-SAL"));
        admin().post("/api/v1/studies/DCAT-WD/withdraw").then().statusCode(200);
        attach("DCAT-SAL", PUBLIC_CSV, null);
        attach("DCAT-SAL", CLASSIFIED_CSV, "clasificada");
        ready = true;
    }

    static String upload(String idno, String title, String process) {
        String doc = new String(variant(FIXTURE, "CALI-TEST-EMC-2025", idno), StandardCharsets.UTF_8)
                .replace("Encuesta de Movilidad de Santiago de Cali 2025", title);
        admin().contentType("application/xml").body(doc.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/studies?process=" + process).then().statusCode(201);
        return idno;
    }

    static void publish(String idno) {
        admin().post("/api/v1/studies/" + idno + "/publish").then().statusCode(200);
    }

    static void attach(String idno, String name, String level) {
        admin().contentType("text/csv").header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .body("comuna,modo,tiempo_viaje\n1,bus,35\n2,bicicleta,20\n".getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/studies/" + idno + "/files" + (level == null ? "" : "?accessLevel=" + level))
                .then().statusCode(201);
    }

    static Model read(Response r, Lang lang) {
        assertEquals(200, r.statusCode(), r.asString());
        Model m = ModelFactory.createDefaultModel();
        RDFDataMgr.read(m, new ByteArrayInputStream(r.asByteArray()), "http://localhost/", lang);
        return m;
    }

    static Model page(int n) {
        return read(anonymous().accept("text/turtle").get("/dcat/catalog?page=" + n), Lang.TURTLE);
    }

    static Resource dataset(Model m, String idno) {
        return m.listSubjectsWithProperty(DCTerms.identifier, idno).toList().stream()
                .filter(r -> r.hasProperty(RDF.type, DCAT.Dataset)).findFirst().orElse(null);
    }

    /** Every page, following hydra:next from the first. */
    static List<Model> allPages() {
        List<Model> pages = new ArrayList<>();
        String next = "/dcat/catalog";
        while (next != null) {
            Model m = read(anonymous().accept("text/turtle").get(next), Lang.TURTLE);
            pages.add(m);
            Statement link = m.listStatements(null, m.createProperty(HYDRA, "next"), (org.apache.jena.rdf.model.RDFNode) null)
                    .nextOptional().orElse(null);
            next = link == null ? null : link.getResource().getURI().replaceFirst("^https?://[^/]+", "");
            assertTrue(pages.size() < 1000, "paging does not end");
        }
        return pages;
    }

    static Set<String> publicIdnos() {
        Set<String> out = new HashSet<>();
        for (int p = 1;; p++) {
            List<String> ids = anonymous().get("/api/v1/studies?size=100&page=" + p).jsonPath().getList("items.idno");
            out.addAll(ids);
            if (ids.size() < 100) {
                return out;
            }
        }
    }

    @Test
    void turtleIsTheDefaultAndJsonLdAndRdfXmlSayTheSame() {
        Response any = anonymous().get("/dcat/catalog");
        assertEquals(200, any.statusCode());
        assertTrue(any.contentType().startsWith("text/turtle"), any.contentType());
        assertTrue(any.header("Vary").contains("Accept"));
        Model turtle = read(any, Lang.TURTLE);
        Response ld = anonymous().accept("application/ld+json").get("/dcat/catalog");
        assertTrue(ld.contentType().startsWith("application/ld+json"), ld.contentType());
        Model jsonld = read(ld, Lang.JSONLD);
        Response xml = anonymous().accept("application/rdf+xml").get("/dcat/catalog");
        assertTrue(xml.contentType().startsWith("application/rdf+xml"), xml.contentType());
        Model rdfxml = read(xml, Lang.RDFXML);
        assertTrue(turtle.size() > 50, "a real catalogue, not an empty graph");
        assertTrue(turtle.isIsomorphicWith(jsonld), "JSON-LD carries the same graph as Turtle");
        assertTrue(turtle.isIsomorphicWith(rdfxml), "RDF/XML carries the same graph as Turtle");
        Response preferred = anonymous().accept("application/rdf+xml;q=0.5, application/ld+json").get("/dcat/catalog");
        assertTrue(preferred.contentType().startsWith("application/ld+json"), preferred.contentType());
    }

    @Test
    void unknownMediaTypesAndPagesAreProblems() {
        Response pdf = anonymous().accept("application/pdf").get("/dcat/catalog");
        assertEquals(406, pdf.statusCode());
        assertTrue(pdf.contentType().startsWith("application/problem+json"), pdf.contentType());
        Response zero = anonymous().get("/dcat/catalog?page=0");
        assertEquals(400, zero.statusCode());
        assertTrue(zero.contentType().startsWith("application/problem+json"));
        Response beyond = anonymous().get("/dcat/catalog?page=999999");
        assertEquals(404, beyond.statusCode());
        assertTrue(beyond.contentType().startsWith("application/problem+json"));
        Response huge = anonymous().get("/dcat/catalog?page=99999999999");
        assertTrue(huge.statusCode() == 400 || huge.statusCode() == 404, huge.asString());
        assertTrue(huge.contentType().startsWith("application/problem+json"));
    }

    @Test
    void pagingVisitsEveryPublicStudyExactlyOnce() {
        List<Model> pages = allPages();
        assertTrue(pages.size() > 1, "page-size 4 in tests: several pages");
        List<String> seen = new ArrayList<>();
        long total = -1;
        for (Model m : pages) {
            m.listSubjectsWithProperty(RDF.type, DCAT.Dataset)
                    .forEach(d -> seen.add(d.getProperty(DCTerms.identifier).getString()));
            Resource view = m.listSubjectsWithProperty(RDF.type, m.createResource(HYDRA + "PartialCollectionView"))
                    .next();
            assertNotNull(view.getPropertyResourceValue(m.createProperty(HYDRA, "first")));
            assertNotNull(view.getPropertyResourceValue(m.createProperty(HYDRA, "last")));
            total = view.getProperty(m.createProperty(HYDRA, "totalItems")).getLong();
            assertEquals(1, m.listSubjectsWithProperty(RDF.type, DCAT.Catalog).toList().size());
        }
        assertEquals(seen.size(), new HashSet<>(seen).size(), "no study twice: " + seen);
        assertEquals(publicIdnos(), new HashSet<>(seen));
        assertEquals(total, seen.size());
        Model first = pages.get(0);
        assertFalse(first.contains(null, first.createProperty(HYDRA, "previous")));
        Model last = pages.get(pages.size() - 1);
        assertTrue(last.contains(null, last.createProperty(HYDRA, "previous")));
    }

    @Test
    void nothingThePublicMayNotSeeAppearsWhoeverAsks() {
        for (io.restassured.specification.RequestSpecification who : List.of(anonymous(), admin(), editor())) {
            String next = "/dcat/catalog";
            while (next != null) {
                String text = who.accept("text/turtle").get(next).asString();
                for (String hidden : List.of("DCAT-CLAS", "DCAT-DRAFT", "DCAT-WD", "Borrador DCAT", CLASSIFIED_CSV)) {
                    assertFalse(text.contains(hidden), hidden + " must not appear");
                }
                Model m = ModelFactory.createDefaultModel();
                RDFDataMgr.read(m, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "http://x/", Lang.TURTLE);
                Statement link = m.listStatements(null, m.createProperty(HYDRA, "next"), (org.apache.jena.rdf.model.RDFNode) null)
                        .nextOptional().orElse(null);
                next = link == null ? null : link.getResource().getURI().replaceFirst("^https?://[^/]+", "");
            }
        }
    }

    @Test
    void aDatasetCarriesTheIssueFieldsAndItsDistributions() {
        Model m = allPages().stream().filter(p -> dataset(p, "DCAT-SAL") != null).findFirst().orElseThrow();
        Resource d = dataset(m, "DCAT-SAL");
        List<String> titles = d.listProperties(DCTerms.title).mapWith(t -> t.getString().strip()).toList();
        assertTrue(titles.containsAll(List.of("Encuesta de salud DCAT", "Santiago de Cali Mobility Survey 2025")),
                "the title and the parallel title: " + titles);
        assertTrue(d.getProperty(DCTerms.description).getString().startsWith("Caracteriza los viajes"));
        List<String> keywords = d.listProperties(DCAT.keyword).mapWith(s -> s.getString()).toList();
        assertTrue(keywords.containsAll(List.of("movilidad", "Salud y Protección Social")), keywords.toString());
        List<String> themes = d.listProperties(DCAT.theme).mapWith(s -> s.getResource().getURI()).toList();
        assertTrue(themes.contains("http://publications.europa.eu/resource/authority/data-theme/HEAL"), themes.toString());
        assertTrue(d.listProperties(DCAT.theme).toList().stream().anyMatch(s -> s.getResource()
                .hasProperty(org.apache.jena.vocabulary.SKOS.prefLabel, m.createLiteral("Salud y Protección Social", "es"))));
        Resource publisher = d.getPropertyResourceValue(DCTerms.publisher);
        assertTrue(publisher.getURI().endsWith("/dependencias/salud"), publisher.getURI());
        assertNotNull(d.getPropertyResourceValue(DCAT.contactPoint));
        Resource period = d.getPropertyResourceValue(DCTerms.temporal);
        assertEquals("2025-01-01", period.getProperty(DCAT.startDate).getString());
        assertEquals("2025-12-31", period.getProperty(DCAT.endDate).getString());
        assertTrue(d.listProperties(DCTerms.spatial).toList().size() >= 2);
        assertEquals("http://publications.europa.eu/resource/authority/access-right/PUBLIC",
                d.getPropertyResourceValue(DCTerms.accessRights).getURI());
        List<Resource> distributions = d.listProperties(DCAT.distribution).mapWith(Statement::getResource).toList();
        assertEquals(3, distributions.size(), "DDI, SDMX and the one public file: " + distributions);
        Resource ddi = distributions.stream().filter(r -> r.getURI().contains("/ddi")).findFirst().orElseThrow();
        byte[] ddiBytes = anonymous().get("/api/v1/studies/DCAT-SAL/ddi").asByteArray();
        assertEquals(ddiBytes.length, ddi.getProperty(DCAT.byteSize).getLong());
        assertEquals(sha256(ddiBytes), ddi.getPropertyResourceValue(m.createProperty(SPDX, "checksum"))
                .getProperty(m.createProperty(SPDX, "checksumValue")).getString());
        assertTrue(distributions.stream().anyMatch(r -> r.getProperty(DCAT.accessURL).getResource().getURI()
                .contains("/sdmx/rest/dataflow/all/")));
        Resource file = distributions.stream().filter(r -> r.hasProperty(DCTerms.title, m.createLiteral(PUBLIC_CSV, "es")))
                .findFirst().orElseThrow();
        String download = file.getPropertyResourceValue(DCAT.downloadURL).getURI();
        byte[] csv = anonymous().get(download.replaceFirst("^https?://[^/]+", "")).then().statusCode(200).extract().asByteArray();
        assertEquals(csv.length, file.getProperty(DCAT.byteSize).getLong());
        assertEquals("http://www.iana.org/assignments/media-types/text/csv",
                file.getPropertyResourceValue(DCAT.mediaType).getURI());
        assertEquals(sha256(csv), file.getPropertyResourceValue(m.createProperty(SPDX, "checksum"))
                .getProperty(m.createProperty(SPDX, "checksumValue")).getString());
    }

    @Test
    void everyPageConformsToTheDcatAp3Shapes() {
        assumeTrue(DcatShapes.available(), DcatShapes.missing());
        for (Model m : allPages()) {
            List<String> violations = DcatShapes.violations(m);
            assertTrue(violations.isEmpty(), violations.size() + " SHACL violations:\n" + String.join("\n", violations));
        }
    }

    static String sha256(byte[] b) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(b));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
