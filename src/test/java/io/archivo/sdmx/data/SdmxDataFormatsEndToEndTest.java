package io.archivo.sdmx.data;

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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * SDMX-JSON 1.0/2.0 and SDMX-ML 3.0 structure-specific data end to end: each message, decoded through its
 * structure (SDMX-JSON refers to values by index), holds exactly the observations SDMX-CSV gives for the same
 * query; SDMX-ML 3.0 validates against the official 3.0 schemas; the Content-Type repeats the version as named.
 */
@QuarkusTest
@TestProfile(DemoCatalogueProfile.class)
@Tag("persistence")
class SdmxDataFormatsEndToEndTest {

    static final String FLOW = SdmxDataEndToEndTest.FLOW;
    static final String JSON10 = "application/vnd.sdmx.data+json;version=1.0.0";
    static final String JSON20 = "application/vnd.sdmx.data+json;version=2.0.0";
    static final String SPECIFIC30 = "application/vnd.sdmx.structurespecificdata+xml;version=3.0.0";
    static final String DATA_XML30 = "application/vnd.sdmx.data+xml;version=3.0.0";
    static final List<String> DIMENSIONS = List.of("FREQ", "REF_AREA", "MES", "ZONA", "TIPO_HECHO", "SEXO", "GRUPO_EDAD");

    /** SDMX-CSV rows as {@code seriesKey|period|value|OBS_STATUS}, the reference every format must match. */
    static Set<String> csvObservations(String path, String accept) {
        Response r = Api.anonymous().accept(accept).get(path);
        r.then().statusCode(200);
        List<String[]> rows = SdmxDataEndToEndTest.rows(r);
        List<String> header = Arrays.asList(rows.get(0));
        int first = header.indexOf("FREQ");
        int time = header.indexOf("TIME_PERIOD");
        Set<String> out = new TreeSet<>();
        for (String[] row : rows.subList(1, rows.size())) {
            out.add(String.join(".", Arrays.copyOfRange(row, first, first + DIMENSIONS.size())) + "|" + row[time] + "|"
                    + row[header.indexOf("OBS_VALUE")] + "|" + row[header.indexOf("OBS_STATUS")]);
        }
        return out;
    }

    /** Decodes a series-shaped SDMX-JSON data set through its structure (1.0: data.structure; 2.0: structures[0]). */
    static Set<String> jsonObservations(JsonPath j, String structure) {
        List<Map<String, Object>> seriesDims = j.getList(structure + ".dimensions.series");
        assertEquals(DIMENSIONS, seriesDims.stream().map(d -> d.get("id")).toList());
        List<Map<String, Object>> obsDims = j.getList(structure + ".dimensions.observation");
        assertEquals("TIME_PERIOD", obsDims.get(0).get("id"));
        List<Map<String, Object>> obsAttributes = j.getList(structure + ".attributes.observation");
        int status = obsAttributes.stream().map(a -> a.get("id")).toList().indexOf("OBS_STATUS");
        Map<String, Map<String, Object>> series = j.getMap("data.dataSets[0].series");
        Set<String> out = new TreeSet<>();
        series.forEach((key, s) -> {
            String[] idx = key.split(":");
            List<String> codes = new ArrayList<>();
            for (int i = 0; i < idx.length; i++) {
                codes.add(valueId(seriesDims.get(i), Integer.parseInt(idx[i])));
            }
            @SuppressWarnings("unchecked")
            Map<String, List<Object>> obs = (Map<String, List<Object>>) s.get("observations");
            obs.forEach((t, arr) -> {
                Object v = arr.get(0);
                Object st = arr.get(1 + status);
                out.add(String.join(".", codes) + "|" + valueId(obsDims.get(0), Integer.parseInt(t)) + "|"
                        + (v == null ? "" : number(v)) + "|"
                        + (st == null ? "" : valueId(obsAttributes.get(status), ((Number) st).intValue())));
            });
        });
        return out;
    }

    @SuppressWarnings("unchecked")
    static String valueId(Map<String, Object> component, int index) {
        return (String) ((List<Map<String, Object>>) component.get("values")).get(index).get("id");
    }

    static String number(Object v) {
        java.math.BigDecimal d = new java.math.BigDecimal(v.toString()).stripTrailingZeros();
        return d.scale() <= 0 ? d.toBigInteger().toString() : d.toPlainString();
    }

    @Test
    void sdmxJson10HoldsWhatSdmxCsvHolds() {
        String path = "/sdmx/rest/data/" + FLOW + "/all?startPeriod=2021&endPeriod=2022";
        Response r = Api.anonymous().accept(JSON10).get(path);
        r.then().statusCode(200).header("Content-Type", equalTo(JSON10));
        JsonPath j = r.jsonPath();
        assertTrue(j.getString("meta.schema").endsWith("/1.0/sdmx-json-data-schema.json"));
        assertEquals("Information", j.getString("data.dataSets[0].action"));
        assertEquals(csvObservations(path, SdmxDataEndToEndTest.CSV10), jsonObservations(j, "data.structure"));
        // series attributes by index into the structure's series attribute values
        assertEquals("UNIT_MEASURE", j.getString("data.structure.attributes.series[0].id"));
        assertTrue(j.getString("data.structure.attributes.series[0].values[0].name").contains("ilustrativo"));
        // format=jsondata and the version "1.0" as named
        Api.anonymous().get(path + "&format=jsondata").then().statusCode(200).header("Content-Type", equalTo(JSON10));
        Api.anonymous().accept("application/vnd.sdmx.data+json;version=1.0").get(path).then().statusCode(200)
                .header("Content-Type", equalTo("application/vnd.sdmx.data+json;version=1.0"));
    }

    @Test
    void sdmxJson20OnV2WithComponentFilters() {
        String area = SdmxDataEndToEndTest.column(SdmxDataEndToEndTest.csv("/sdmx/rest/data/" + FLOW), "REF_AREA")
                .iterator().next();
        String path = "/sdmx/v2/data/dataflow/ARCHIVO_CALI/" + FLOW + "/~/*?c[REF_AREA]=" + area
                + "&c[TIME_PERIOD]=ge:2020+le:2022";
        Response r = Api.anonymous().accept(JSON20).get(path);
        r.then().statusCode(200).header("Content-Type", equalTo(JSON20));
        JsonPath j = r.jsonPath();
        assertTrue(j.getString("meta.schema").endsWith("/2.0.0/sdmx-json-data-schema.json"));
        assertEquals(0, j.getInt("data.dataSets[0].structure"));
        assertEquals("dataflow", j.getString("data.dataSets[0].links[0].rel"));
        assertEquals("OBS_VALUE", j.getString("data.structures[0].measures.observation[0].id"));
        assertEquals(List.of("dataflow", "datastructure"), j.getList("data.structures[0].links.rel"));
        assertEquals(Map.of(), j.getMap("data.structures[0].attributes.observation[0].relationship.observation"));
        Set<String> json = jsonObservations(j, "data.structures[0]");
        assertEquals(csvObservations(path, SdmxDataEndToEndTest.CSV20), json);
        assertTrue(json.stream().allMatch(o -> o.split("\\.")[1].equals(area)), json.toString());
        // a JSON type without version means the API's own generation: 2.0 on v2, 1.0 on v1
        Api.anonymous().accept("application/vnd.sdmx.data+json").get(path).then().statusCode(200)
                .header("Content-Type", equalTo(JSON20));
        Api.anonymous().accept("application/vnd.sdmx.data+json").get("/sdmx/rest/data/" + FLOW).then()
                .statusCode(200).header("Content-Type", equalTo(JSON10));
    }

    @Test
    void sdmxJsonFlatDetailAndErrors() {
        String path = "/sdmx/rest/data/" + FLOW + "/all?lastNObservations=1";
        Response flat = Api.anonymous().accept(JSON20).get(path + "&dimensionAtObservation=AllDimensions");
        flat.then().statusCode(200);
        JsonPath f = flat.jsonPath();
        Map<String, List<Object>> obs = f.getMap("data.dataSets[0].observations");
        assertFalse(obs.isEmpty());
        obs.keySet().forEach(k -> assertEquals(DIMENSIONS.size() + 1, k.split(":").length, k));
        assertEquals(DIMENSIONS.size() + 1, f.getList("data.structures[0].dimensions.observation").size());
        assertEquals(csvObservations(path, SdmxDataEndToEndTest.CSV10).size(), obs.size());

        JsonPath keys = Api.anonymous().accept(JSON10).get("/sdmx/rest/data/" + FLOW + "?detail=serieskeysonly")
                .jsonPath();
        Map<String, Map<String, Object>> series = keys.getMap("data.dataSets[0].series");
        assertFalse(series.isEmpty());
        series.values().forEach(s -> assertFalse(s.containsKey("observations"), s.toString()));

        Response none = Api.anonymous().accept(JSON10).get("/sdmx/rest/data/" + FLOW + "/Z......");
        none.then().statusCode(404).header("Content-Type", equalTo(JSON10));
        assertEquals(100, none.jsonPath().getInt("errors[0].code"));
    }

    @Test
    void sdmxMl30StructureSpecificIsSchemaValid() {
        String path = "/sdmx/v2/data/dataflow/ARCHIVO_CALI/" + FLOW + "/~/*?c[TIME_PERIOD]=ge:2022";
        Response r = Api.anonymous().accept(SPECIFIC30).get(path);
        r.then().statusCode(200).header("Content-Type", equalTo(SPECIFIC30));
        StructureSpecificSchema.assertValid(r.asByteArray());
        String body = r.asString();
        assertTrue(body.contains("http://www.sdmx.org/resources/sdmxml/schemas/v3_0/message"));
        assertTrue(body.contains("urn:sdmx:org.sdmx.infomodel.datastructure.DataStructure=ARCHIVO_CALI:DSD_" + FLOW));
        int obs = body.split("<Obs ", -1).length - 1;
        assertEquals(csvObservations(path, SdmxDataEndToEndTest.CSV20).size(), obs);

        Response flat = Api.anonymous().accept(SPECIFIC30)
                .get("/sdmx/rest/data/" + FLOW + "/all?startPeriod=2023&dimensionAtObservation=AllDimensions");
        flat.then().statusCode(200);
        StructureSpecificSchema.assertValid(flat.asByteArray());

        Response none = Api.anonymous().accept(SPECIFIC30).get("/sdmx/rest/data/" + FLOW + "/Z......");
        none.then().statusCode(404);
        XsdValidationTest.assertValid(SdmxFormat.SDMX_ML_30, none.asByteArray());

        // SDMX 3.0 names the same message application/vnd.sdmx.data+xml;version=3.0.0: answered under that name
        Response named = Api.anonymous().accept(DATA_XML30).get(path);
        named.then().statusCode(200).header("Content-Type", equalTo(DATA_XML30));
        StructureSpecificSchema.assertValid(named.asByteArray());
        assertEquals(obs, named.asString().split("<Obs ", -1).length - 1);
    }
}
