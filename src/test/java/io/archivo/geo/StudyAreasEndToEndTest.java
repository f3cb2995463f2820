package io.archivo.geo;

import static io.archivo.testsupport.Api.admin;
import static io.archivo.testsupport.Api.anonymous;
import static io.archivo.testsupport.Api.ensureProcess;
import static io.archivo.testsupport.Api.variant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archivo.harvest.HarvestRecords;
import io.archivo.harvest.OaiCall;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A study's places on Cali's frame, end to end: the mapping report of the study API, OAI-PMH comuna sets (ListSets,
 * set-restricted harvests, headers), DCAT dct:spatial URIs that resolve, schema.org spatialCoverage, the search
 * facet and the web page, with classified and draft studies never counted or harvested.
 */
@QuarkusTest
@Tag("persistence")
class StudyAreasEndToEndTest {

    static final String FIXTURE = "/archive/encuesta-movilidad-2025.xml";
    static final String REPO = "archivo.cali.gov.co";
    private static boolean ready;

    @Inject
    HarvestRecords records;
    @Inject
    EntityManager em;

    @BeforeEach
    synchronized void catalogue() {
        if (ready) {
            return;
        }
        ensureProcess("GEO-SAL", "salud", "Salud y Protección Social");
        publish(upload("GEO-A", "Encuesta de salud del oriente",
                List.of("Comunas 14, 15 y 20", "Corregimiento La Castilla"), List.of("Comuna")));
        publish(upload("GEO-B", "Registro de vacunación", List.of("C20", "Jamundí"), List.of("Barrio")));
        // classified before its publication: never public, in no set, facet or catalogue
        upload("GEO-C", "Encuesta reservada de la comuna veinte", List.of("Comuna 20"), List.of());
        admin().contentType("application/json").body("{\"level\":\"clasificada\",\"legalBasis\":\"Ley 1581 de 2012\","
                + "\"exception\":\"total\",\"decidedOn\":\"2025-03-14\",\"term\":\"15 años\"}")
                .put("/api/v1/studies/GEO-C/classification").then().statusCode(200);
        publish("GEO-C");
        upload("GEO-D", "Borrador de la comuna 20", List.of("Comuna 20"), List.of());
        ready = true;
    }

    static String upload(String idno, String title, List<String> cover, List<String> units) {
        StringBuilder geo = new StringBuilder();
        cover.forEach(c -> geo.append("<geogCover>").append(c).append("</geogCover>"));
        units.forEach(u -> geo.append("<geogUnit>").append(u).append("</geogUnit>"));
        String doc = new String(variant(FIXTURE, "CALI-TEST-EMC-2025", idno), StandardCharsets.UTF_8)
                .replace("Encuesta de Movilidad de Santiago de Cali 2025", title)
                .replace("<geogCover>Santiago de Cali, zona urbana</geogCover>", "")
                .replace("<geogUnit>Comuna</geogUnit>", geo.toString());
        admin().contentType("application/xml").body(doc.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/studies?process=GEO-SAL").then().statusCode(201);
        return idno;
    }

    static void publish(String idno) {
        admin().post("/api/v1/studies/" + idno + "/publish").then().statusCode(200);
    }

    static String id(String idno) {
        return "oai:" + REPO + ":" + idno;
    }

    static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void theStudyApiReportsMatchedAreasAndTheValuesThatMatchedNothing() {
        JsonPath a = anonymous().get("/api/v1/studies/GEO-A").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("14", "15", "20", "62"), a.getList("geography.areas.code"));
        assertEquals("Comuna 20", a.getString("geography.areas.find { it.code == '20' }.name"));
        assertEquals("Comunas 14, 15 y 20", a.getString("geography.areas.find { it.code == '20' }.value"));
        assertEquals("geogCover", a.getString("geography.areas.find { it.code == '20' }.source"));
        assertEquals("IN_TEXT", a.getString("geography.areas.find { it.code == '20' }.rule"));
        assertEquals("CORREGIMIENTO_NAME", a.getString("geography.areas.find { it.code == '62' }.rule"));
        assertEquals("corregimiento", a.getString("geography.areas.find { it.code == '62' }.kind"));
        // "Comuna" names the kind of unit, not which: reported, not guessed
        assertEquals(List.of(Map.of("value", "Comuna", "source", "geogUnit")), a.getList("geography.unmatched"));

        JsonPath b = anonymous().get("/api/v1/studies/GEO-B").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("20"), b.getList("geography.areas.code"));
        assertEquals("COMUNA_NUMBER", b.getString("geography.areas[0].rule"));
        assertEquals("C20", b.getString("geography.areas[0].value"));
        assertEquals(List.of("Jamundí", "Barrio"), b.getList("geography.unmatched.value"));
        assertEquals(List.of("geogCover", "geogUnit"), b.getList("geography.unmatched.source"));
        assertEquals(404, anonymous().get("/api/v1/studies/GEO-C").statusCode());
    }

    @Test
    void listSetsNamesTheComunaSetsOfPublicStudies() {
        OaiCall sets = OaiCall.get("verb=ListSets");
        List<String> specs = sets.all("//*[local-name()='setSpec']");
        assertTrue(specs.containsAll(List.of("comuna", "comuna:14", "comuna:15", "comuna:20", "comuna:62")), specs.toString());
        assertEquals("Comuna 20", sets.one("//*[local-name()='set'][*[local-name()='setSpec']='comuna:20']/*[local-name()='setName']"));
        assertEquals("Corregimiento La Castilla",
                sets.one("//*[local-name()='set'][*[local-name()='setSpec']='comuna:62']/*[local-name()='setName']"));
    }

    @Test
    void aSetRestrictedHarvestReturnsExactlyThePublicStudiesOfTheComuna() {
        assertEquals(Set.of(id("GEO-A"), id("GEO-B")), harvest("verb=ListIdentifiers&metadataPrefix=oai_dc&set=comuna:20"));
        assertEquals(Set.of(id("GEO-A")), harvest("verb=ListRecords&metadataPrefix=oai_dc&set=comuna:62"));
        assertEquals(Set.of(id("GEO-A")), harvest("verb=ListRecords&metadataPrefix=oai_ddi25&set=comuna:14"));
        assertTrue(harvest("verb=ListIdentifiers&metadataPrefix=oai_dc&set=comuna").containsAll(Set.of(id("GEO-A"), id("GEO-B"))),
                "the parent set holds its children");
        // even an admin harvests the public view only: the classified and the draft study are in no set
        OaiCall asAdmin = OaiCall.as(admin(), "verb=ListIdentifiers&metadataPrefix=oai_dc&set=comuna:20");
        assertFalse(asAdmin.text().contains("GEO-C") || asAdmin.text().contains("GEO-D"), asAdmin.text());
        OaiCall header = OaiCall.get("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + q(id("GEO-A")));
        assertTrue(header.all("//*[local-name()='header']/*[local-name()='setSpec']")
                .containsAll(List.of("comuna", "comuna:14", "comuna:15", "comuna:20", "comuna:62")), header.text());
        assertEquals("idDoesNotExist", OaiCall.get("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + q(id("GEO-C"))).error());
    }

    @Test
    void recordsStoredBeforeTheMappingGainTheirComunaSetsAtReconciliation() {
        // a record as it was before studies were mapped, after migration V53 forgot its fingerprint
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("delete from harvest_record_set where spec like 'comuna%'"
                    + " and record_id = (select id from harvest_record where idno = 'GEO-A')").executeUpdate();
            em.createNativeQuery("update harvest_record set fingerprint = null where idno = 'GEO-A'").executeUpdate();
        });
        String get = "verb=GetRecord&metadataPrefix=oai_dc&identifier=" + q(id("GEO-A"));
        assertFalse(OaiCall.get(get).all("//*[local-name()='header']/*[local-name()='setSpec']").contains("comuna:62"));
        assertTrue(records.reconcile() >= 1);
        assertTrue(OaiCall.get(get).all("//*[local-name()='header']/*[local-name()='setSpec']")
                .containsAll(List.of("comuna", "comuna:14", "comuna:15", "comuna:20", "comuna:62")));
        assertEquals(Set.of(id("GEO-A")), harvest("verb=ListIdentifiers&metadataPrefix=oai_dc&set=comuna:62"));
    }

    @Test
    void dcatNamesTheAreasByUrisThatResolve() {
        Set<String> spatial = new TreeSet<>();
        String next = "/dcat/catalog";
        Resource found = null;
        while (next != null && found == null) {
            Model m = ModelFactory.createDefaultModel();
            Response r = anonymous().accept("text/turtle").get(next);
            assertEquals(200, r.statusCode());
            RDFDataMgr.read(m, new ByteArrayInputStream(r.asByteArray()), "http://localhost/", Lang.TURTLE);
            assertTrue(m.listSubjectsWithProperty(DCTerms.identifier, "GEO-C").toList().isEmpty(), "classified in DCAT");
            found = m.listSubjectsWithProperty(DCTerms.identifier, "GEO-A").toList().stream()
                    .filter(s -> s.hasProperty(RDF.type, DCAT.Dataset)).findFirst().orElse(null);
            if (found != null) {
                found.listProperties(DCTerms.spatial).forEach(s -> {
                    RDFNode o = s.getObject();
                    if (o.isURIResource()) {
                        spatial.add(o.asResource().getURI().replaceFirst("^https?://[^/]+", ""));
                    }
                });
            }
            var link = m.listStatements(null, m.createProperty("http://www.w3.org/ns/hydra/core#", "next"), (RDFNode) null)
                    .nextOptional().orElse(null);
            next = link == null ? null : link.getResource().getURI().replaceFirst("^https?://[^/]+", "");
        }
        assertNotNull(found, "GEO-A in the DCAT catalogue");
        assertEquals(new TreeSet<>(List.of("/api/v1/geo/areas/76001", "/api/v1/geo/areas/14", "/api/v1/geo/areas/15",
                "/api/v1/geo/areas/20", "/api/v1/geo/areas/62")), spatial);
        for (String uri : spatial) {
            Response area = anonymous().get(uri);
            assertEquals(200, area.statusCode(), uri);
            assertTrue(area.contentType().startsWith("application/geo+json"), area.contentType());
            assertEquals("Feature", area.jsonPath().getString("type"));
            assertEquals(uri.substring(uri.lastIndexOf('/') + 1), area.jsonPath().getString("properties.code"));
        }
        assertEquals("La Castilla",
                anonymous().get("/api/v1/geo/areas/62").jsonPath().getString("properties.name"));
    }

    @Test
    void schemaOrgListsThePlacesWithNameAndIdentifier() {
        JsonPath d = anonymous().accept("application/ld+json").get("/api/v1/studies/GEO-A").then().statusCode(200)
                .extract().jsonPath();
        List<Map<String, Object>> places = d.getList("spatialCoverage.findAll { it.identifier != null }");
        List<String> names = new ArrayList<>();
        places.forEach(p -> names.add((String) p.get("name")));
        assertEquals(List.of("Comuna 14", "Comuna 15", "Comuna 20", "La Castilla"), names);
        assertEquals("20", d.getString("spatialCoverage.find { it.name == 'Comuna 20' }.identifier.value"));
        assertEquals("CL_AREA_CALI", d.getString("spatialCoverage.find { it.name == 'Comuna 20' }.identifier.propertyID"));
        assertTrue(d.getString("spatialCoverage.find { it.name == 'Comuna 20' }.'@id'").endsWith("/api/v1/geo/areas/20"));
    }

    @Test
    void theAreaFacetCountsOnlyWhatTheCallerMaySee() {
        JsonPath all = anonymous().get("/api/v1/search?q=&size=1").then().statusCode(200).extract().jsonPath();
        assertEquals(2, all.getInt("facets.area.find { it.value == 'Comuna 20' }.count"), all.prettify());
        assertEquals(1, all.getInt("facets.area.find { it.value == 'La Castilla' }.count"));
        JsonPath only = anonymous().get("/api/v1/search?q=&area=" + q("Comuna 20")).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(new TreeSet<>(List.of("GEO-A", "GEO-B")), new TreeSet<>(only.getList("items.studyId")));
        // a query naming the comuna finds the studies that cover it
        JsonPath named = anonymous().get("/api/v1/search?q=" + q("comuna veinte")).then().statusCode(200)
                .extract().jsonPath();
        assertTrue(named.getList("items.studyId").containsAll(List.of("GEO-A", "GEO-B")), named.prettify());
        assertFalse(named.getList("items.studyId").contains("GEO-C"));
    }

    @Test
    void theStudyPageListsTheComunasAndCorregimientosByName() {
        String html = anonymous().accept("text/html").get("/estudios/GEO-A").then().statusCode(200).extract().asString();
        assertTrue(html.contains("Comunas y corregimientos"), html);
        assertTrue(html.contains("Comuna 14, Comuna 15, Comuna 20, Corregimiento La Castilla"), html);
    }

    @Test
    void aNewFrameVersionRenamesTheAreasOnTheStudyPage() {
        String page = anonymous().accept("text/html").get("/estudios/GEO-A").then().statusCode(200).extract().asString();
        assertTrue(page.contains("Comuna 20,"), page);
        // the public page is now kept per catalogue state; publishing the frame must move that state on
        publishFrame(name -> name.equals("Comuna 20") ? "Comuna 20 (renombrada)" : name);
        try {
            String renamed = anonymous().accept("text/html").get("/estudios/GEO-A").then().statusCode(200).extract()
                    .asString();
            assertTrue(renamed.contains("Comuna 20 (renombrada)"), renamed);
        } finally {
            // other tests of this application read the frame's names
            publishFrame(name -> name.replace(" (renombrada)", ""));
        }
    }

    /** Publishes the current frame again as a higher version, with its names passed through {@code rename}. */
    static void publishFrame(java.util.function.UnaryOperator<String> rename) {
        int versions = anonymous().get("/api/v1/geo/versions").jsonPath().getList("version").size();
        List<Map<String, Object>> areas = anonymous().get("/api/v1/geo/areas").jsonPath().getList("features.properties");
        StringBuilder json = new StringBuilder("{\"version\":\"1." + (versions + 10) + "\",\"areas\":[");
        for (int i = 0; i < areas.size(); i++) {
            Map<String, Object> a = areas.get(i);
            json.append(i == 0 ? "" : ",").append("{\"code\":\"").append(a.get("code")).append("\",\"name\":\"")
                    .append(rename.apply((String) a.get("name"))).append("\",\"kind\":\"").append(a.get("kind"))
                    .append("\"").append(a.get("parent") == null ? "" : ",\"parent\":\"" + a.get("parent") + "\"")
                    .append("}");
        }
        admin().contentType("application/json").body(json.append("]}").toString()).post("/api/v1/geo/versions")
                .then().statusCode(201);
    }

    static Set<String> harvest(String first) {
        Set<String> out = new TreeSet<>();
        OaiCall page = OaiCall.get(first);
        while (true) {
            assertEquals(null, page.error(), page.text());
            out.addAll(page.identifiers());
            String token = page.token();
            if (token == null || token.isEmpty()) {
                return out;
            }
            page = OaiCall.get("verb=" + first.replaceAll("verb=([A-Za-z]+).*", "$1") + "&resumptionToken=" + q(token));
        }
    }
}
