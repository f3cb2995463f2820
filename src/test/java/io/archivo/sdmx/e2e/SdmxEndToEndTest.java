package io.archivo.sdmx.e2e;

import static io.archivo.testsupport.Api.admin;
import static io.archivo.testsupport.Api.anonymous;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archivo.sdmx.format.SdmxFormat;
import io.archivo.sdmx.format.SdmxMediaTypes;
import io.archivo.sdmx.format.XsdValidationTest;
import io.archivo.testsupport.Api;
import io.archivo.testsupport.DemoCatalogueProfile;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Collection;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import sdmxdl.Connection;
import sdmxdl.DatabaseRef;
import sdmxdl.Dimension;
import sdmxdl.Flow;
import sdmxdl.Languages;
import sdmxdl.MetaSet;
import sdmxdl.Structure;
import sdmxdl.web.SdmxWebManager;
import sdmxdl.web.WebSource;
import sdmxdl.web.spi.WebCaching;

/**
 * The SDMX endpoints over HTTP against the running application with the demo catalogue (111 processes, 20
 * published studies): what a harvester sees, how it may ask, and that nothing derived from a draft reaches it.
 * The first test times the full harvest before anything warmed the structure cache.
 */
@QuarkusTest
@TestProfile(DemoCatalogueProfile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SdmxEndToEndTest {

    static final int PROCESSES = 111;
    static final String AGENCY = "ARCHIVO_CALI";
    /** A demo process with a published study (SAL-01, vital statistics) and one without (SAL-04). */
    static final String WITH_STUDY = "SAL-01";
    static final String WITHOUT_STUDY = "SAL-04";
    static final String HARVEST = "/sdmx/rest/dataflow/all/all/latest?references=all";

    @TestHTTPResource("/")
    URL root;

    @TestHTTPResource("/sdmx/rest")
    URL sdmxRest;

    static String el(String localName) {
        return "*[local-name()='" + localName + "']";
    }

    static Xml xml21(Response r) {
        byte[] body = r.asByteArray();
        XsdValidationTest.assertValid(SdmxFormat.SDMX_ML_21, body);
        return Xml.parse(body);
    }

    static Response get(String path) {
        return anonymous().get(path);
    }

    static Response get(String path, String accept) {
        return anonymous().header("Accept", accept).get(path);
    }

    // ------------------------------------------------------------------------------------------------ timing

    @Test
    @Order(1)
    void timingOfAFullHarvest() {
        long first = timed(() -> get(HARVEST).then().statusCode(200));
        // a cache miss each time: a designation change alters the fingerprint, so the source maps the whole catalogue again
        List<Long> cold = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            designate("SAL-03", i % 2 == 0 ? List.of("anio", "evento") : List.of("anio", "sexo"));
            cold.add(timed(() -> get(HARVEST).then().statusCode(200)));
        }
        List<Long> warm = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            warm.add(timed(() -> get(HARVEST).then().statusCode(200)));
        }
        int bytes = get(HARVEST).asByteArray().length;
        System.out.printf(Locale.ROOT, "SDMX benchmark: GET %s over %d processes (%d KiB): first request after start %d ms, "
                + "cache miss median of 10 %d ms, warm median of 10 %d ms%n", HARVEST, PROCESSES, bytes / 1024, first,
                median(cold), median(warm));
    }

    private static long timed(Runnable r) {
        long t = System.nanoTime();
        r.run();
        return (System.nanoTime() - t) / 1_000_000;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
    }

    private static void designate(String process, List<String> dimensions) {
        String json = "{\"dimensions\":[\"" + String.join("\",\"", dimensions) + "\"]}";
        admin().contentType("application/json").body(json).put("/api/v1/processes/" + process + "/sdmx")
                .then().statusCode(200);
    }

    // ------------------------------------------------------------------------------------------------ v1 queries

    @Test
    @Order(2)
    void allDataflowsOneProcessEachAndSchemaValid() {
        Response r = get("/sdmx/rest/dataflow/all/all/latest");
        assertEquals(200, r.statusCode());
        assertEquals(SdmxMediaTypes.STRUCTURE_XML_21, r.contentType());
        Xml x = xml21(r);
        assertEquals(PROCESSES, x.count("//" + el("Dataflow")), "one dataflow per inventory process");
        assertEquals(PROCESSES, x.nodes("//" + el("Dataflow") + "/@id").stream().map(n -> n.getNodeValue()).distinct().count());
        assertEquals(0, x.count("//" + el("DataStructure")), "no references asked");
        assertEquals(PROCESSES, x.count("//" + el("Dataflow") + "[@agencyID='" + AGENCY + "']"));
        // same answer with the agency spelt out and without the optional trailing segments
        assertEquals(PROCESSES, xml21(get("/sdmx/rest/dataflow/" + AGENCY)).count("//" + el("Dataflow")));
        assertEquals(PROCESSES, xml21(get("/sdmx/rest/dataflow")).count("//" + el("Dataflow")));
    }

    @Test
    @Order(3)
    void referencesBringTheStructuresConceptsAndCodelists() {
        String flow = "/sdmx/rest/dataflow/" + AGENCY + "/" + WITH_STUDY + "/latest";
        String dsd = "DSD_" + WITH_STUDY;

        Xml none = xml21(get(flow));
        assertEquals(1, none.count("//" + el("Dataflow")));
        assertEquals(dsd, none.text("//" + el("Dataflow") + "/" + el("Structure") + "/" + el("Ref") + "/@id"));

        // children of a dataflow: its DSD (SDMX 2.1: one level); of the DSD: its concept schemes and codelists
        Xml children = xml21(get(flow + "?references=children"));
        assertEquals(1, children.count("//" + el("DataStructure") + "[@id='" + dsd + "']"));
        Xml dsdChildren = xml21(get("/sdmx/rest/datastructure/" + AGENCY + "/" + dsd + "/latest?references=children"));
        assertTrue(dsdChildren.count("//" + el("ConceptScheme") + "[@id='CS_" + WITH_STUDY + "']") == 1);
        assertTrue(dsdChildren.count("//" + el("ConceptScheme") + "[@id='CROSS_DOMAIN_CONCEPTS']") == 1);
        assertTrue(dsdChildren.count("//" + el("Codelist") + "[@id='CL_FREQ']") == 1);
        assertTrue(dsdChildren.count("//" + el("Codelist") + "[starts-with(@id,'CL_" + WITH_STUDY + "_')]") >= 1);

        for (String refs : List.of("descendants", "all")) {
            Xml x = xml21(get(flow + "?references=" + refs));
            assertEquals(1, x.count("//" + el("DataStructure") + "[@id='" + dsd + "']"), refs);
            assertEquals(1, x.count("//" + el("ConceptScheme") + "[@id='CS_" + WITH_STUDY + "']"), refs);
            assertTrue(x.count("//" + el("Codelist") + "[starts-with(@id,'CL_" + WITH_STUDY + "_')]") >= 1, refs);
            assertEquals(1, x.count("//" + el("Codelist") + "[@id='CL_FREQ']"), refs);
        }
        Xml all = xml21(get(flow + "?references=all"));
        assertEquals(2, all.count("//" + el("Categorisation")), "area and department categorisations are parents");
        assertEquals(2, all.count("//" + el("CategoryScheme")), "parents and siblings: the category schemes");

        // the whole harvest in one message: every dataflow with its DSD
        Xml harvest = xml21(get(HARVEST));
        // constraints attach to dataflows (ConstraintAttachment/Dataflow) since issue 13: count the artefacts only
        assertEquals(PROCESSES, harvest.count("//" + el("Dataflows") + "/" + el("Dataflow")));
        assertTrue(harvest.count("//" + el("DataStructure")) >= 21, "20 study DSDs and the generic one");
        assertEquals(1, harvest.count("//" + el("DataStructure") + "[@id='DSD_GENERIC']"));
    }

    @Test
    @Order(4)
    void studyDsdIsDerivedFromItsVariables() {
        Xml x = xml21(get("/sdmx/rest/datastructure/" + AGENCY + "/DSD_" + WITH_STUDY + "/latest?references=children"));
        String components = "//" + el("DataStructure") + "/" + el("DataStructureComponents");
        List<String> dims = x.texts(components + "/" + el("DimensionList") + "/" + el("Dimension") + "/@id");
        System.out.println("DSD_" + WITH_STUDY + " dimensions: " + dims);
        assertEquals("FREQ", dims.get(0));
        assertTrue(dims.contains("REF_AREA"), "the comuna variable is the reference area: " + dims);
        assertTrue(dims.contains("TIPO_HECHO"), dims.toString());
        assertEquals("TIME_PERIOD", x.text(components + "/" + el("DimensionList") + "/" + el("TimeDimension") + "/@id"));
        // the dimension of a discrete variable is represented by its codelist, with the DDI category labels
        String cl = "CL_" + WITH_STUDY + "_TIPO_HECHO";
        assertEquals(cl, x.text(components + "//" + el("Dimension") + "[@id='TIPO_HECHO']//" + el("Enumeration") + "/" + el("Ref") + "/@id"));
        String codes = "//" + el("Codelist") + "[@id='" + cl + "']/" + el("Code");
        assertEquals(List.of("1", "2"), x.texts(codes + "/@id"));
        assertEquals("Nacimiento", x.text(codes + "[@id='1']/" + el("Name")));
        assertEquals("Defunción", x.text(codes + "[@id='2']/" + el("Name")));
        // the comuna variable (comunas 1-22, "Zona rural (corregimientos)", "Sin información") is coded by Cali's frame
        assertEquals("CL_AREA_CALI", x.text(components + "//" + el("Dimension") + "[@id='REF_AREA']//" + el("Enumeration")
                + "/" + el("Ref") + "/@id"));
        assertEquals("Comuna 1", x.text("//" + el("Codelist") + "[@id='CL_AREA_CALI']/" + el("Code") + "[@id='01']/" + el("Name")));
        assertEquals("Zona rural (corregimientos)", x.text("//" + el("Codelist") + "[@id='CL_AREA_CALI']/" + el("Code")
                + "[@id='RURAL']/" + el("Name")));
        assertTrue(x.texts("//" + el("Codelist") + "/@id").stream().noneMatch(id -> id.endsWith("_COMUNA")));
        // the concept carries the DDI label
        assertEquals("Tipo de hecho vital", x.text("//" + el("ConceptScheme") + "[@id='CS_" + WITH_STUDY + "']/"
                + el("Concept") + "[@id='TIPO_HECHO']/" + el("Name")));
    }

    /** Every demo DSD with a geographic dimension has Cali's frame as REF_AREA (C1-3), none a study's own list. */
    @Test
    @Order(4)
    void everyReferenceAreaIsCalisFrame() {
        io.restassured.path.json.JsonPath j = io.archivo.testsupport.Api.anonymous()
                .accept("application/vnd.sdmx.structure+json;version=1.0.0")
                .get("/sdmx/rest/datastructure/" + AGENCY + "/all/latest").jsonPath();
        List<String> areas = j.getList("data.dataStructures.dataStructureComponents.dimensionList.dimensions.flatten()"
                + ".findAll { it.id == 'REF_AREA' }.localRepresentation.enumeration", String.class);
        // 20 on the demo catalogue alone; tests of this class designate some processes without an area dimension
        assertTrue(areas.size() >= 15, areas.toString());
        assertEquals(List.of(), areas.stream().filter(a -> !a.contains(":CL_AREA_CALI(")).toList());
    }

    @Test
    @Order(5)
    void processWithoutPublishedStudyGetsTheGenericDsd() {
        Xml x = xml21(get("/sdmx/rest/dataflow/" + AGENCY + "/" + WITHOUT_STUDY + "/latest?references=descendants"));
        assertEquals("DSD_GENERIC", x.text("//" + el("Dataflow") + "/" + el("Structure") + "/" + el("Ref") + "/@id"));
        assertEquals("1.0", x.text("//" + el("Dataflow") + "/@version"));
        List<String> dims = x.texts("//" + el("DataStructure") + "[@id='DSD_GENERIC']//" + el("DimensionList") + "/" + el("Dimension") + "/@id");
        assertEquals(List.of("FREQ", "REF_AREA"), dims);
        // every dimension is coded (harvesters such as sdmx-dl reject uncoded ones): REF_AREA is the municipality
        assertEquals("CL_AREA_CALI", x.text("//" + el("DataStructure") + "[@id='DSD_GENERIC']//" + el("Dimension")
                + "[@id='REF_AREA']//" + el("Enumeration") + "/" + el("Ref") + "/@id"));
        assertEquals("Santiago de Cali", x.text("//" + el("Codelist") + "[@id='CL_AREA_CALI']/" + el("Code") + "[@id='76001']/" + el("Name")));
    }

    @Test
    @Order(6)
    void structureResourceReturnsEveryType() {
        Xml x = xml21(get("/sdmx/rest/structure/" + AGENCY + "/all/latest"));
        for (String type : List.of("Dataflow", "DataStructure", "ConceptScheme", "Codelist", "CategoryScheme", "Categorisation")) {
            assertTrue(x.count("//" + el(type)) > 0, type);
        }
        assertEquals(PROCESSES, x.count("//" + el("Dataflows") + "/" + el("Dataflow")));
        assertEquals(2 * PROCESSES, x.count("//" + el("Categorisation")), "area and department per dataflow");
        assertEquals(1, xml21(get("/sdmx/rest/structure/all/all/latest")).count("//" + el("AgencyScheme")));
    }

    // ------------------------------------------------------------------------------------------------ v2, formats

    @Test
    @Order(7)
    void v2DefaultsToJson20AndServesSdmxMl30() {
        Response json = get("/sdmx/v2/structure/dataflow/*/*/~");
        assertEquals(200, json.statusCode());
        assertEquals(SdmxMediaTypes.STRUCTURE_JSON_20, json.contentType());
        assertEquals(PROCESSES, json.jsonPath().getList("data.dataflows").size());
        assertEquals(WITH_STUDY, json.jsonPath().getString("data.dataflows.find { it.id == 'SAL-01' }.id"));

        Response ml30 = get("/sdmx/v2/structure/dataflow/*/*/~", SdmxMediaTypes.STRUCTURE_XML_30);
        assertEquals(200, ml30.statusCode());
        assertEquals(SdmxMediaTypes.STRUCTURE_XML_30, ml30.contentType());
        XsdValidationTest.assertValid(SdmxFormat.SDMX_ML_30, ml30.asByteArray());
        assertEquals(PROCESSES, Xml.parse(ml30.asByteArray()).count("//" + el("Dataflow")));

        Response ml30all = get("/sdmx/v2/structure/dataflow/" + AGENCY + "/" + WITH_STUDY + "/~?references=all",
                SdmxMediaTypes.STRUCTURE_XML_30);
        XsdValidationTest.assertValid(SdmxFormat.SDMX_ML_30, ml30all.asByteArray());
        assertEquals(1, Xml.parse(ml30all.asByteArray()).count("//" + el("DataStructure")));
    }

    @Test
    @Order(8)
    void v1ServesSdmxJson10ByAccept() {
        Response r = get("/sdmx/rest/dataflow/all/all/latest", SdmxMediaTypes.STRUCTURE_JSON_10);
        assertEquals(200, r.statusCode());
        assertEquals(SdmxMediaTypes.STRUCTURE_JSON_10, r.contentType());
        assertEquals(PROCESSES, r.jsonPath().getList("data.dataflows").size());
        Response descendants = get("/sdmx/rest/dataflow/" + AGENCY + "/" + WITH_STUDY + "/latest?references=descendants",
                SdmxMediaTypes.STRUCTURE_JSON_10);
        assertEquals(1, descendants.jsonPath().getList("data.dataStructures").size());
        assertTrue(descendants.jsonPath().getList("data.codelists").size() > 1);
    }

    @Test
    @Order(9)
    void errors() {
        Response csv = get("/sdmx/rest/dataflow/all/all/latest", "text/csv");
        assertEquals(406, csv.statusCode());
        assertTrue(csv.asString().contains(SdmxMediaTypes.STRUCTURE_XML_21), csv.asString());

        Response none = get("/sdmx/rest/dataflow/" + AGENCY + "/NO_SUCH_FLOW/latest");
        assertEquals(404, none.statusCode());
        Xml err = xml21(none);
        assertEquals("100", err.text("//" + el("ErrorMessage") + "/@code"));
        assertTrue(err.text("//" + el("ErrorMessage") + "/" + el("Text")).contains("No results"));
        assertEquals(404, get("/sdmx/rest/codelist/OTHER_AGENCY/all/latest").statusCode());

        Response syntax = get("/sdmx/rest/dataflow/all/all/latest?references=everything");
        assertEquals(400, syntax.statusCode());
        assertEquals("140", xml21(syntax).text("//" + el("ErrorMessage") + "/@code"));
        assertEquals(400, get("/sdmx/rest/dataflow/all/all/latest?detail=most").statusCode());
        assertEquals(400, get("/sdmx/v2/structure/codelist/*/*/1.*").statusCode());

        // data and availability are served since issue 13 (SdmxDataEndToEndTest, SdmxAvailabilityEndToEndTest)
        for (String path : List.of("/sdmx/rest/data/" + WITH_STUDY + "/all", "/sdmx/rest/data/" + AGENCY + "," + WITH_STUDY + ",latest/all",
                "/sdmx/rest/availableconstraint/" + WITH_STUDY)) {
            assertEquals(200, get(path).statusCode(), path);
        }
        // actual constraints are served since issue 13 (SdmxStructureFromDataEndToEndTest); Archivo has no structure
        // sets: no results, as for the other types it has none of (SdmxRestSpecConformanceTest walks them all)
        assertEquals(200, get("/sdmx/rest/contentconstraint/all/all/latest").statusCode());
        Response r = get("/sdmx/rest/structureset/all/all/latest");
        assertEquals(404, r.statusCode());
        assertEquals("100", xml21(r).text("//" + el("ErrorMessage") + "/@code"));
        // a schema query is not implemented, answered as an SDMX error also to a client asking for a schema
        Response schema = get("/sdmx/rest/schema/dataflow/" + AGENCY + "/" + WITH_STUDY + "/latest",
                "application/vnd.sdmx.schema+xml;version=2.1");
        assertEquals(501, schema.statusCode());
        assertEquals("501", xml21(schema).text("//" + el("ErrorMessage") + "/@code"));
    }

    @Test
    @Order(9)
    void structureConformance() {
        // nothing of these kinds: no results, not "not implemented"
        for (String path : List.of("/sdmx/rest/hierarchicalcodelist/all/all/latest", "/sdmx/rest/metadatastructure",
                "/sdmx/rest/metadataflow/all/all/latest")) {
            Response r = get(path);
            assertEquals(404, r.statusCode(), path);
            assertEquals("100", xml21(r).text("//" + el("ErrorMessage") + "/@code"), path);
        }
        Response orgs = get("/sdmx/rest/organisationscheme/all/all/latest");
        assertEquals(200, orgs.statusCode());
        assertEquals(1, xml21(orgs).count("//" + el("AgencyScheme")));
        String json10 = "application/vnd.sdmx.structure+json;version=1.0.0";
        assertEquals(json10, get("/sdmx/rest/codelist/" + AGENCY + "/CL_FREQ", json10).contentType());
        // an item query with references: the scheme once, and only the categorisations of that category
        Response inclusion = get("/sdmx/rest/categorisation/" + AGENCY + "/all/latest");
        Xml cats = xml21(inclusion);
        String category = cats.text("(//" + el("Categorisation") + "/" + el("Target") + "/" + el("Ref")
                + "[@maintainableParentID='AREAS_TEMATICAS'])[1]/@id");
        long targeting = cats.count("//" + el("Categorisation") + "[" + el("Target") + "/" + el("Ref") + "[@id='"
                + category + "' and @maintainableParentID='AREAS_TEMATICAS']]");
        Xml x = xml21(get("/sdmx/rest/categoryscheme/" + AGENCY + "/AREAS_TEMATICAS/1.0/" + category
                + "?references=parentsandsiblings"));
        assertEquals(1, x.count("//" + el("CategoryScheme")));
        assertEquals(targeting, x.count("//" + el("Categorisation")));
        assertTrue(targeting < PROCESSES);
    }

    @Test
    @Order(10)
    void conditionalRequests() {
        String path = "/sdmx/rest/dataflow/all/all/latest";
        Response first = get(path);
        String etag = first.header("ETag");
        String lastModified = first.header("Last-Modified");
        assertNotNull(etag);
        assertNotNull(lastModified);
        assertEquals("Accept", first.header("Vary"));
        assertEquals(etag, get(path).header("ETag"), "stable while nothing changes");

        assertEquals(304, anonymous().header("If-None-Match", etag).get(path).statusCode());
        assertEquals(200, anonymous().header("If-None-Match", "\"something-else\"").get(path).statusCode());
        assertEquals(304, anonymous().header("If-Modified-Since", lastModified).get(path).statusCode());
        Instant lm = DateTimeFormatter.RFC_1123_DATE_TIME.parse(lastModified, Instant::from);
        String before = DateTimeFormatter.RFC_1123_DATE_TIME.format(lm.minusSeconds(1).atZone(ZoneOffset.UTC));
        assertEquals(200, anonymous().header("If-Modified-Since", before).get(path).statusCode());
        assertNotEquals(etag, get(path, SdmxMediaTypes.STRUCTURE_JSON_10).header("ETag"), "the format is part of the ETag");
    }

    @Test
    @Order(11)
    void largeResponsesAreGzipped() throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        URI uri = root.toURI().resolve(HARVEST.substring(1));
        HttpResponse<byte[]> gz = client.send(HttpRequest.newBuilder(uri).header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, gz.statusCode());
        assertEquals("gzip", gz.headers().firstValue("Content-Encoding").orElse(null));
        byte[] plain;
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz.body()))) {
            plain = in.readAllBytes();
        }
        assertTrue(gz.body().length * 5 < plain.length, "compressed " + gz.body().length + " of " + plain.length);
        assertEquals(PROCESSES, Xml.parse(plain).count("//" + el("Dataflows") + "/" + el("Dataflow")));
        System.out.printf(Locale.ROOT, "SDMX gzip: %s %d KiB compressed to %d KiB%n", HARVEST, plain.length / 1024,
                gz.body().length / 1024);

        HttpResponse<byte[]> identity = client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertFalse(identity.headers().firstValue("Content-Encoding").isPresent());
        assertEquals(plain.length, identity.body().length);
    }

    // ------------------------------------------------------------------------------------------------ visibility

    static final String DRAFT_IDNO = "CALI-SDMX-E2E-1";
    static final String DRAFT_VARIABLE = "medio_borrador_e2e";
    static final String DRAFT_CONCEPT = "MEDIO_BORRADOR_E2E";
    static final String DRAFT_LABEL = "Patineta eléctrica (E2E)";

    @Test
    @Order(20)
    void nothingFromADraftReachesAHarvester() {
        String flow = "/sdmx/rest/dataflow/" + AGENCY + "/" + WITHOUT_STUDY + "/latest?references=descendants";
        String etagBefore = get(flow).header("ETag");
        byte[] ddi = new String(Api.variant("/archive/encuesta-movilidad-2025.xml", "CALI-TEST-EMC-2025", DRAFT_IDNO),
                StandardCharsets.UTF_8).replace("name=\"modo\"", "name=\"" + DRAFT_VARIABLE + "\"")
                .replace("<labl>Bicicleta</labl>", "<labl>" + DRAFT_LABEL + "</labl>").getBytes(StandardCharsets.UTF_8);
        admin().contentType("application/xml").body(ddi).post("/api/v1/studies?process=" + WITHOUT_STUDY)
                .then().statusCode(201);

        // a draft: the dataflow keeps the generic DSD, and no concept, codelist or label of the draft is served
        assertDraftInvisible(flow);
        assertEquals(etagBefore, get(flow).header("ETag"));

        admin().post("/api/v1/studies/" + DRAFT_IDNO + "/publish").then().statusCode(200);
        Xml published = xml21(get(flow));
        assertEquals("DSD_" + WITHOUT_STUDY, published.text("//" + el("Dataflow") + "/" + el("Structure") + "/" + el("Ref") + "/@id"));
        assertEquals(1, published.count("//" + el("Concept") + "[@id='" + DRAFT_CONCEPT + "']"));
        String cl = "CL_" + WITHOUT_STUDY + "_" + DRAFT_CONCEPT;
        assertEquals(1, published.count("//" + el("Codelist") + "[@id='" + cl + "']"));
        assertEquals(DRAFT_LABEL, published.text("//" + el("Codelist") + "[@id='" + cl + "']/" + el("Code") + "[@id='2']/" + el("Name")));
        assertEquals(1, published.count("//" + el("Dimension") + "[@id='" + DRAFT_CONCEPT + "']"));
        assertTrue(get("/sdmx/rest/codelist/all/all/latest").asString().contains(DRAFT_LABEL));
        assertEquals(PROCESSES, xml21(get("/sdmx/rest/dataflow/all/all/latest")).count("//" + el("Dataflow")));

        admin().post("/api/v1/studies/" + DRAFT_IDNO + "/withdraw").then().statusCode(200);
        assertDraftInvisible(flow);
    }

    private static void assertDraftInvisible(String flow) {
        Xml x = xml21(get(flow));
        assertEquals("DSD_GENERIC", x.text("//" + el("Dataflow") + "/" + el("Structure") + "/" + el("Ref") + "/@id"));
        for (String everything : List.of("/sdmx/rest/structure/all/all/latest", "/sdmx/rest/codelist/all/all/latest",
                "/sdmx/rest/conceptscheme/all/all/latest")) {
            String body = get(everything).asString();
            assertFalse(body.contains(DRAFT_CONCEPT), everything);
            assertFalse(body.contains(DRAFT_LABEL), everything);
        }
        String json = get("/sdmx/v2/structure/*/*/*/~").asString();
        assertFalse(json.contains(DRAFT_CONCEPT));
        assertEquals(404, get("/sdmx/rest/conceptscheme/" + AGENCY + "/CS_" + WITHOUT_STUDY + "/latest").statusCode());
    }

    @Test
    @Order(21)
    void designationDecidesTheDimensions() {
        String process = "SAL-02";
        anonymous().contentType("application/json").body("{\"dimensions\":[\"anio\"]}")
                .put("/api/v1/processes/" + process + "/sdmx").then().statusCode(401);
        admin().contentType("application/json").body("{\"dimensions\":[\"anio\",\"no_existe\"],\"measure\":\"cobertura\"}")
                .put("/api/v1/processes/" + process + "/sdmx").then().statusCode(422)
                .contentType("application/problem+json");

        admin().contentType("application/json")
                .body("{\"dimensions\":[\"biologico\",\"anio\",\"dosis\",\"comuna\"],\"measure\":\"cobertura\",\"attributes\":[\"ips_naturaleza\"]}")
                .put("/api/v1/processes/" + process + "/sdmx").then().statusCode(200);
        Xml x = xml21(get("/sdmx/rest/datastructure/" + AGENCY + "/DSD_" + process + "/latest"));
        String components = "//" + el("DataStructureComponents");
        List<String> dims = x.texts(components + "/" + el("DimensionList") + "/" + el("Dimension") + "/@id");
        System.out.println("DSD_" + process + " dimensions after designation: " + dims);
        // designated variables keep their own concepts (no REF_AREA role), in the designated order; anio is the time
        assertEquals(List.of("FREQ", "BIOLOGICO", "DOSIS", "COMUNA"), dims);
        assertEquals("TIME_PERIOD", x.text(components + "//" + el("TimeDimension") + "/@id"));
        assertEquals("COBERTURA", x.text(components + "//" + el("PrimaryMeasure") + "/" + el("ConceptIdentity") + "/" + el("Ref") + "/@id"));
        assertTrue(x.texts(components + "//" + el("Attribute") + "/@id").contains("IPS_NATURALEZA"));
        admin().get("/api/v1/processes/" + process + "/sdmx").then().statusCode(200);
    }
    // ------------------------------------------------------------------------------------------------ sdmx-dl

    /**
     * A real third-party harvester: sdmx-dl (nbbrd, the client behind JDemetra+ and many R/Python users) with its
     * reference SDMX 2.1 REST driver against our endpoint: it lists the dataflows and loads a DSD with codelists.
     */
    @Test
    @Order(30)
    void sdmxDlHarvestsTheCatalogue() throws Exception {
        SdmxWebManager manager = SdmxWebManager.ofServiceLoader().toBuilder()
                .caching(WebCaching.noOp())
                .onEvent(src -> (marker, message) -> System.out.println("sdmx-dl " + marker + ": " + message))
                .onError(src -> (marker, message, error) -> System.out.println("sdmx-dl error " + marker + ": " + message + " " + error))
                .build();
        WebSource source = WebSource.builder().id("ARCHIVO").name("es", "Archivo estadístico de Santiago de Cali")
                .driver("RI_SDMX21").endpointOf(sdmxRest.toString()).build();
        try (Connection c = manager.getConnection(source, Languages.parse("es"))) {
            Collection<Flow> flows = c.getFlows(DatabaseRef.NO_DATABASE);
            assertEquals(PROCESSES, flows.size());
            Flow vital = flows.stream().filter(f -> f.getRef().getId().equals(WITH_STUDY)).findFirst().orElseThrow();
            assertEquals(AGENCY, vital.getRef().getAgency());
            assertEquals("DSD_" + WITH_STUDY, vital.getStructureRef().getId());
            assertFalse(vital.getName().isBlank());

            MetaSet meta = c.getMeta(DatabaseRef.NO_DATABASE, vital.getRef());
            Structure dsd = meta.getStructure();
            assertEquals("DSD_" + WITH_STUDY, dsd.getRef().getId());
            assertEquals("TIME_PERIOD", dsd.getTimeDimensionId());
            assertEquals("OBS_VALUE", dsd.getPrimaryMeasureId());
            List<String> dims = dsd.getDimensions().stream().map(Dimension::getId).toList();
            assertEquals("FREQ", dims.get(0));
            assertTrue(dims.contains("TIPO_HECHO"), dims.toString());
            Dimension hecho = dsd.getDimensions().stream().filter(d -> d.getId().equals("TIPO_HECHO")).findFirst().orElseThrow();
            assertTrue(hecho.isCoded());
            assertEquals(Map.of("1", "Nacimiento", "2", "Defunción"), hecho.getCodes());
            Dimension freq = dsd.getDimensions().get(0);
            assertTrue(freq.getCodes().containsKey("A") && freq.getCodes().containsKey("M"), freq.getCodes().toString());
            assertEquals("Comuna 1", dsd.getDimensions().stream().filter(d -> d.getId().equals("REF_AREA")).findFirst()
                    .orElseThrow().getCodes().get("01"));
            System.out.println("sdmx-dl: " + flows.size() + " flows; " + dsd.getRef() + " dimensions " + dims
                    + ", attributes " + dsd.getAttributes().stream().map(a -> a.getId()).toList());

            // a process without a published study: the generic structure
            Flow generic = flows.stream().filter(f -> f.getRef().getId().equals("EDU-04")).findFirst().orElseThrow();
            Structure g = c.getMeta(DatabaseRef.NO_DATABASE, generic.getRef()).getStructure();
            assertEquals("DSD_GENERIC", g.getRef().getId());
            assertEquals(List.of("FREQ", "REF_AREA"), g.getDimensions().stream().map(Dimension::getId).toList());
            Map<String, String> areas = g.getDimensions().get(1).getCodes();
            assertEquals(43, areas.size(), "Cali's frame: the municipality, 22 comunas, 15 corregimientos; "
                    + "the urban and rural zones, outside Cali, unknown, not applicable");
            assertEquals("Zona rural (corregimientos)", areas.get("RURAL"));
            assertEquals("Santiago de Cali", areas.get("76001"));
            assertEquals("Navarro", areas.get("51"));

            // and the structure of every dataflow of the catalogue loads, each dimension with its codes
            List<String> failures = new ArrayList<>();
            for (Flow f : flows) {
                try {
                    Structure s = c.getMeta(DatabaseRef.NO_DATABASE, f.getRef()).getStructure();
                    s.getDimensions().stream().filter(d -> d.getCodes().isEmpty())
                            .forEach(d -> failures.add(f.getRef() + ": dimension " + d.getId() + " without codes"));
                } catch (Exception e) {
                    failures.add(f.getRef() + ": " + e);
                }
            }
            assertEquals(List.of(), failures);
        }
    }
}
