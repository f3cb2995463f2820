package io.archivo.sdmx.data;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archivo.sdmx.format.SdmxFormat;
import io.archivo.sdmx.format.XsdValidationTest;
import io.archivo.testsupport.Api;
import io.archivo.testsupport.DemoCatalogueProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Availability end to end ({@code availableconstraint} v1, {@code availability} v2) against the demo catalogue:
 * the codes of each dimension agree with what the data API returns for the same query, in exact and available
 * mode, in SDMX-ML 2.1/3.0 (schema-valid) and SDMX-JSON 1.0/2.0, with the data API's visibility and validators.
 */
@QuarkusTest
@TestProfile(DemoCatalogueProfile.class)
@Tag("persistence")
class SdmxAvailabilityEndToEndTest {

    static final String FLOW = SdmxDataEndToEndTest.FLOW;
    static final String XML21 = "application/vnd.sdmx.structure+xml;version=2.1";
    static final String XML30 = "application/vnd.sdmx.structure+xml;version=3.0.0";
    static final String JSON10 = "application/vnd.sdmx.structure+json;version=1.0.0";
    static final String JSON20 = "application/vnd.sdmx.structure+json;version=2.0.0";
    static final List<String> DIMENSIONS = List.of("FREQ", "REF_AREA", "MES", "ZONA", "TIPO_HECHO", "SEXO", "GRUPO_EDAD");

    /** The data API's answer as SDMX-CSV rows, to compare availability with. */
    static List<String[]> data(String query) {
        return SdmxDataEndToEndTest.csv("/sdmx/rest/data/" + FLOW + query);
    }

    /** Per dimension, the codes that occur in the data rows. */
    static Map<String, Set<String>> codes(List<String[]> rows) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        DIMENSIONS.forEach(d -> out.put(d, SdmxDataEndToEndTest.column(rows, d)));
        return out;
    }

    /** KeyValue id → values of the cube region of an SDMX-ML 2.1 or 3.0 message (TIME_PERIOD as start/end). */
    static Map<String, Set<String>> keyValues(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document d = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        Map<String, Set<String>> out = new LinkedHashMap<>();
        NodeList kvs = d.getElementsByTagNameNS("*", "KeyValue");
        for (int i = 0; i < kvs.getLength(); i++) {
            Element kv = (Element) kvs.item(i);
            Set<String> values = new TreeSet<>();
            NodeList vs = kv.getElementsByTagNameNS("*", "Value");
            for (int j = 0; j < vs.getLength(); j++) {
                values.add(vs.item(j).getTextContent());
            }
            for (String edge : List.of("StartPeriod", "EndPeriod")) {
                NodeList p = kv.getElementsByTagNameNS("*", edge);
                if (p.getLength() > 0) {
                    values.add(edge + ":" + p.item(0).getTextContent());
                }
            }
            out.put(kv.getAttribute("id"), values);
        }
        return out;
    }

    static String obsCount(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document d = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        Element a = (Element) d.getElementsByTagNameNS("*", "Annotation").item(0);
        assertEquals("obs_count", a.getAttribute("id"));
        assertEquals("sdmx_metrics", a.getElementsByTagNameNS("*", "AnnotationType").item(0).getTextContent());
        return a.getElementsByTagNameNS("*", "AnnotationTitle").item(0).getTextContent();
    }

    @Test
    void v1ExactAvailabilityIsWhatTheDataApiReturns() throws Exception {
        List<String[]> rows = data("");
        Response r = Api.anonymous().get("/sdmx/rest/availableconstraint/" + FLOW);
        r.then().statusCode(200).header("Content-Type", equalTo(XML21)).header("ETag", org.hamcrest.Matchers.notNullValue());
        XsdValidationTest.assertValid(SdmxFormat.SDMX_ML_21, r.asByteArray());
        assertTrue(r.asString().contains("type=\"Actual\""), r.asString());
        Map<String, Set<String>> kv = keyValues(r.asByteArray());
        Map<String, Set<String>> expected = new LinkedHashMap<>(codes(rows));
        Set<String> periods = SdmxDataEndToEndTest.column(rows, "TIME_PERIOD");
        expected.put("TIME_PERIOD", Set.of("StartPeriod:" + ((TreeSet<String>) periods).first(),
                "EndPeriod:" + ((TreeSet<String>) periods).last()));
        assertEquals(expected, kv);
        assertEquals(Integer.toString(rows.size() - 1), obsCount(r.asByteArray()));
        assertTrue(expected.get("REF_AREA").size() > 1, expected.toString());
    }

    @Test
    void keyFiltersExactAndAvailableModeAndComponent() throws Exception {
        List<String[]> all = data("");
        String area = SdmxDataEndToEndTest.column(all, "REF_AREA").iterator().next();
        String key = "." + area + ".....";
        List<String[]> one = data("/" + key + "?startPeriod=2020&endPeriod=2022");
        String base = "/sdmx/rest/availableconstraint/ARCHIVO_CALI," + FLOW + ",latest/" + key + "/all";

        // exact: the codes of the matching series, the period range cut as asked
        Response exact = Api.anonymous().get(base + "/all?startPeriod=2020&endPeriod=2022");
        exact.then().statusCode(200);
        XsdValidationTest.assertValid(SdmxFormat.SDMX_ML_21, exact.asByteArray());
        Map<String, Set<String>> kv = keyValues(exact.asByteArray());
        assertEquals(Set.of(area), kv.get("REF_AREA"));
        assertEquals(Set.of("StartPeriod:2020", "EndPeriod:2022"), kv.get("TIME_PERIOD"));
        codes(one).forEach((dim, values) -> assertEquals(values, kv.get(dim), dim));
        assertEquals(Integer.toString(one.size() - 1), obsCount(exact.asByteArray()));

        // available: REF_AREA keeps every area the other (open) filters allow; the others follow the area
        Response available = Api.anonymous().get(base + "?mode=available");
        available.then().statusCode(200);
        Map<String, Set<String>> av = keyValues(available.asByteArray());
        assertEquals(SdmxDataEndToEndTest.column(all, "REF_AREA"), av.get("REF_AREA"));
        assertEquals(SdmxDataEndToEndTest.column(data("/" + key), "SEXO"), av.get("SEXO"));

        // one component: that dimension only
        Response component = Api.anonymous().get(base + "/REF_AREA?mode=available");
        component.then().statusCode(200);
        XsdValidationTest.assertValid(SdmxFormat.SDMX_ML_21, component.asByteArray());
        assertEquals(Set.of("REF_AREA"), keyValues(component.asByteArray()).keySet());
        Response time = Api.anonymous().get(base + "/TIME_PERIOD");
        assertEquals(Set.of("TIME_PERIOD"), keyValues(time.asByteArray()).keySet());
    }

    @Test
    void v2AvailabilityInJsonAndSdmxMl30() throws Exception {
        List<String[]> all = data("");
        Set<String> areas = SdmxDataEndToEndTest.column(all, "REF_AREA");
        List<String> two = areas.stream().limit(2).toList();
        String path = "/sdmx/v2/availability/dataflow/ARCHIVO_CALI/" + FLOW + "/~/*?c[REF_AREA]=" + two.get(0) + ","
                + two.get(1) + "&c[TIME_PERIOD]=ge:2021";

        Response json = Api.anonymous().get(path);
        json.then().statusCode(200).header("Content-Type", equalTo(JSON20));
        JsonPath j = json.jsonPath();
        assertEquals("Actual", j.getString("data.dataConstraints[0].role"));
        assertEquals("urn:sdmx:org.sdmx.infomodel.registry.DataConstraint=ARCHIVO_CALI:CC_" + FLOW + "(1.0)",
                j.getString("data.dataConstraints[0].links[0].urn"));
        assertTrue(j.getString("data.dataConstraints[0].constraintAttachment.dataflows[0]")
                .startsWith("urn:sdmx:org.sdmx.infomodel.datastructure.Dataflow=ARCHIVO_CALI:" + FLOW + "("));
        assertTrue(j.getBoolean("data.dataConstraints[0].cubeRegions[0].include"));
        List<Map<String, Object>> keyValues = j.getList("data.dataConstraints[0].cubeRegions[0].keyValues");
        Map<String, Object> refArea = keyValues.stream().filter(m -> m.get("id").equals("REF_AREA")).findFirst().orElseThrow();
        assertEquals(new TreeSet<>(two), ((List<?>) refArea.get("values")).stream()
                .map(v -> (String) ((Map<?, ?>) v).get("value")).collect(Collectors.toCollection(TreeSet::new)));
        Map<String, Object> time = keyValues.stream().filter(m -> m.get("id").equals("TIME_PERIOD")).findFirst().orElseThrow();
        assertEquals("2021", ((Map<?, ?>) ((Map<?, ?>) time.get("timeRange")).get("startPeriod")).get("period"));
        assertEquals("obs_count", j.getString("data.dataConstraints[0].annotations[0].id"));

        Response xml = Api.anonymous().accept(XML30).get(path);
        xml.then().statusCode(200).header("Content-Type", equalTo(XML30));
        XsdValidationTest.assertValid(SdmxFormat.SDMX_ML_30, xml.asByteArray());
        assertTrue(xml.asString().contains("role=\"Actual\""));
        assertEquals(new TreeSet<>(two), keyValues(xml.asByteArray()).get("REF_AREA"));
        assertEquals(j.getString("data.dataConstraints[0].annotations[0].title"), obsCount(xml.asByteArray()));

        // SDMX-JSON 1.0 on v1, answered with the version as named
        Response json10 = Api.anonymous().accept(JSON10).get("/sdmx/rest/availableconstraint/" + FLOW);
        json10.then().statusCode(200).header("Content-Type", equalTo(JSON10));
        JsonPath k = json10.jsonPath();
        assertEquals("Actual", k.getString("data.contentConstraints[0].type"));
        assertTrue(k.getBoolean("data.contentConstraints[0].cubeRegions[0].isIncluded"));
        assertEquals(new TreeSet<>(areas), new TreeSet<>(k.getList(
                "data.contentConstraints[0].cubeRegions[0].keyValues.find { it.id == 'REF_AREA' }.values", String.class)));
        assertEquals(Integer.toString(all.size() - 1), k.getString("data.contentConstraints[0].annotations[0].title"));
    }

    @Test
    void errorsValidatorsAndVisibility() {
        Api.anonymous().get("/sdmx/rest/availableconstraint/" + FLOW + "/Z......").then().statusCode(404)
                .body(containsString("code=\"100\""));
        Api.anonymous().get("/sdmx/rest/availableconstraint/" + FLOW + "/A.1").then().statusCode(400)
                .body(containsString("code=\"140\""));
        Api.anonymous().get("/sdmx/rest/availableconstraint/" + FLOW + "?mode=some").then().statusCode(400);
        Api.anonymous().get("/sdmx/rest/availableconstraint/" + FLOW + "/all/all/NOPE").then().statusCode(400);
        Api.anonymous().get("/sdmx/rest/availableconstraint/NO_SUCH_FLOW").then().statusCode(404);
        Api.anonymous().get("/sdmx/rest/availableconstraint/" + FLOW + "?references=codelist").then().statusCode(501);
        Api.anonymous().accept("text/csv").get("/sdmx/rest/availableconstraint/" + FLOW).then().statusCode(406);
        Response none = Api.anonymous().get("/sdmx/v2/availability/dataflow/ARCHIVO_CALI/" + FLOW + "/~/*?c[REF_AREA]=ZZ");
        none.then().statusCode(404).header("Content-Type", equalTo(JSON20));
        assertEquals(100, none.jsonPath().getInt("errors[0].code"));

        String path = "/sdmx/rest/availableconstraint/" + FLOW;
        Response first = Api.anonymous().get(path);
        String etag = first.header("ETag");
        Api.anonymous().header("If-None-Match", etag).get(path).then().statusCode(304);
        Api.anonymous().header("If-Modified-Since", first.header("Last-Modified")).get(path).then().statusCode(304);
        assertFalse(etag.equals(Api.anonymous().get(path + "?mode=available").header("ETag")));

        String body = "{\"level\":\"clasificada\",\"legalBasis\":\"Ley 1712 de 2014, art. 18\","
                + "\"exception\":\"total\",\"decidedOn\":\"2025-03-14\",\"term\":\"15 años\"}";
        Api.admin().contentType("application/json").body(body).put("/api/v1/processes/" + FLOW + "/classification")
                .then().statusCode(200);
        try {
            Api.anonymous().get(path).then().statusCode(404).body(containsString("code=\"100\""));
            Api.anonymous().get("/sdmx/v2/availability/dataflow/ARCHIVO_CALI/" + FLOW).then().statusCode(404);
            Api.editor().get(path).then().statusCode(200);
        } finally {
            Api.admin().contentType("application/json").body("{\"level\":\"publica\"}")
                    .put("/api/v1/processes/" + FLOW + "/classification").then().statusCode(200);
        }
        Api.anonymous().get(path).then().statusCode(200);
    }
}
