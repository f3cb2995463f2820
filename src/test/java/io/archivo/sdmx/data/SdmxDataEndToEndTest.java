package io.archivo.sdmx.data;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archivo.sdmx.format.SdmxFormat;
import io.archivo.sdmx.format.XsdValidationTest;
import io.archivo.testsupport.Api;
import io.archivo.testsupport.DemoCatalogueProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * SDMX data end to end against the application with the demo catalogue: the illustrative observations a newcomer
 * finds, every query parameter and format of the v1 and v2 data APIs, loading (validation, all or nothing,
 * permissions, drafts) and the round trip SDMX-CSV in → SDMX-CSV out.
 */
@QuarkusTest
@TestProfile(DemoCatalogueProfile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Tag("persistence")
class SdmxDataEndToEndTest {

    /** SAL-01 (vital statistics, department salud): FREQ, REF_AREA, MES, ZONA, TIPO_HECHO, SEXO, GRUPO_EDAD. */
    static final String FLOW = "SAL-01";
    static final String CSV10 = "application/vnd.sdmx.data+csv;version=1.0.0";
    static final String CSV20 = "application/vnd.sdmx.data+csv;version=2.0.0";
    static final String GENERIC = "application/vnd.sdmx.genericdata+xml;version=2.1";
    static final String SPECIFIC = "application/vnd.sdmx.structurespecificdata+xml;version=2.1";

    static List<String[]> rows(Response r) {
        return Arrays.stream(r.asString().split("\r\n")).map(l -> l.split(",", -1)).toList();
    }

    static List<String[]> csv(String path) {
        Response r = Api.anonymous().accept(CSV10).get(path);
        r.then().statusCode(200);
        return rows(r);
    }

    @Test
    @Order(1)
    void demoFlowsHaveIllustrativeSeries() {
        Response r = Api.anonymous().get("/sdmx/rest/data/" + FLOW);
        r.then().statusCode(200).header("Content-Type", startsWith(GENERIC));
        XsdValidationTest.assertValid(SdmxFormat.SDMX_ML_21, r.asByteArray());
        String body = r.asString();
        assertTrue(body.contains("generic:Series"), body.substring(0, Math.min(2000, body.length())));
        assertTrue(body.contains("dato ilustrativo"));
        List<String[]> rows = csv("/sdmx/rest/data/" + FLOW);
        System.out.println("SDMX data: " + String.join(",", rows.get(0)) + " / " + String.join(",", rows.get(1))
                + " / " + (rows.size() - 1) + " rows");
        assertEquals("DATAFLOW", rows.get(0)[0]);
        assertTrue(rows.get(1)[0].startsWith("ARCHIVO_CALI:SAL-01("));
    }

    /** The key of the first demo series, e.g. {@code A.1.1.1.1.1.1}, and its parts. */
    static String[] firstKey() {
        String[] row = csv("/sdmx/rest/data/" + FLOW).get(1);
        return Arrays.copyOfRange(row, 1, 8);
    }

    static Set<String> column(List<String[]> rows, String name) {
        int i = Arrays.asList(rows.get(0)).indexOf(name);
        return rows.stream().skip(1).map(r -> r[i]).collect(Collectors.toCollection(TreeSet::new));
    }

    static Set<String> seriesKeys(List<String[]> rows, int from, int to) {
        return rows.stream().skip(1).map(r -> String.join(".", Arrays.copyOfRange(r, from, to)))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    @Order(2)
    void keyFiltersWithWildcardsAndAlternatives() {
        String[] k = firstKey();
        String exact = String.join(".", k);
        List<String[]> one = csv("/sdmx/rest/data/" + FLOW + "/" + exact);
        assertEquals(6, one.size(), "one series of five years");
        assertEquals(Set.of(exact), seriesKeys(one, 1, 8));
        // REF_AREA left open: every demo area of that series
        String wildcardArea = k[0] + "." + "" + "." + String.join(".", Arrays.copyOfRange(k, 2, 7));
        List<String[]> areas = csv("/sdmx/rest/data/ARCHIVO_CALI," + FLOW + ",latest/" + wildcardArea + "/all");
        Set<String> refAreas = column(areas, "REF_AREA");
        assertTrue(refAreas.size() > 1, refAreas.toString());
        // two areas with +
        List<String> two = refAreas.stream().limit(2).toList();
        String plus = k[0] + "." + two.get(0) + "+" + two.get(1) + "." + String.join(".", Arrays.copyOfRange(k, 2, 7));
        assertEquals(new TreeSet<>(two), column(csv("/sdmx/rest/data/" + FLOW + "/" + plus), "REF_AREA"));
        // all / wildcard everywhere
        assertEquals(csv("/sdmx/rest/data/" + FLOW).size(), csv("/sdmx/rest/data/" + FLOW + "/all").size());
        assertEquals(csv("/sdmx/rest/data/" + FLOW).size(), csv("/sdmx/rest/data/" + FLOW + "/......").size());
    }

    @Test
    @Order(3)
    void keyMistakesAndNoResults() {
        Response wrong = Api.anonymous().get("/sdmx/rest/data/" + FLOW + "/A.1");
        wrong.then().statusCode(400).body(containsString("code=\"140\""));
        XsdValidationTest.assertValid(SdmxFormat.SDMX_ML_21, wrong.asByteArray());
        Response none = Api.anonymous().get("/sdmx/rest/data/" + FLOW + "/Z......");
        none.then().statusCode(404).body(containsString("code=\"100\""));
        XsdValidationTest.assertValid(SdmxFormat.SDMX_ML_21, none.asByteArray());
        Api.anonymous().get("/sdmx/rest/data/NO_SUCH_FLOW").then().statusCode(404);
        Api.anonymous().accept(CSV10).get("/sdmx/rest/data/" + FLOW + "/Z......").then().statusCode(404)
                .body(startsWith("100 No results"));
        Api.anonymous().get("/sdmx/rest/data/" + FLOW + "/all/OTHER_PROVIDER").then().statusCode(404);
        Api.anonymous().get("/sdmx/rest/data/" + FLOW + "?includeHistory=true").then().statusCode(501);
        Api.anonymous().accept("application/json").get("/sdmx/rest/data/" + FLOW).then().statusCode(406);
    }

    @Test
    @Order(4)
    void periodRangesInEverySdmxFormat() {
        String base = "/sdmx/rest/data/" + FLOW + "/all?";
        assertEquals(Set.of("2021", "2022"), column(csv(base + "startPeriod=2021&endPeriod=2022"), "TIME_PERIOD"));
        assertEquals(Set.of("2021", "2022"), column(csv(base + "startPeriod=2021-Q1&endPeriod=2022-M06"), "TIME_PERIOD"));
        assertEquals(Set.of("2021", "2022"), column(csv(base + "startPeriod=2021-S1&endPeriod=2022-06-30"), "TIME_PERIOD"));
        assertEquals(Set.of("2022", "2023"), column(csv(base + "startPeriod=2021-01-02"), "TIME_PERIOD"));
        assertEquals(Set.of("2019"), column(csv(base + "endPeriod=2019-W10"), "TIME_PERIOD"));
        assertEquals(Set.of("2019", "2020"), column(csv(base + "endPeriod=2020-03"), "TIME_PERIOD"));
        assertEquals(Set.of("2023"), column(csv(base + "startPeriod=2023-A1"), "TIME_PERIOD"));
        Api.anonymous().get(base + "startPeriod=2021-13").then().statusCode(400).body(containsString("startPeriod"));
        Api.anonymous().get(base + "startPeriod=2030").then().statusCode(404);
    }

    @Test
    @Order(5)
    void firstAndLastObservationsPerSeries() {
        String base = "/sdmx/rest/data/" + FLOW + "/all?";
        List<String[]> all = csv("/sdmx/rest/data/" + FLOW + "/all");
        int series = seriesKeys(all, 1, 8).size();
        List<String[]> last = csv(base + "lastNObservations=1");
        assertEquals(series + 1, last.size());
        assertEquals(Set.of("2023"), column(last, "TIME_PERIOD"));
        List<String[]> first = csv(base + "firstNObservations=2");
        assertEquals(2 * series + 1, first.size());
        assertEquals(Set.of("2019", "2020"), column(first, "TIME_PERIOD"));
        assertEquals(Set.of("2019", "2023"), column(csv(base + "firstNObservations=1&lastNObservations=1"), "TIME_PERIOD"));
        Api.anonymous().get(base + "lastNObservations=0").then().statusCode(400);
    }

    @Test
    @Order(6)
    void detailLevels() {
        String base = "/sdmx/rest/data/" + FLOW + "/all?detail=";
        List<String[]> keys = csv(base + "serieskeysonly");
        assertEquals(List.of("DATAFLOW", "FREQ", "REF_AREA", "MES", "ZONA", "TIPO_HECHO", "SEXO", "GRUPO_EDAD"),
                Arrays.asList(keys.get(0)));
        assertEquals(seriesKeys(csv(base + "full"), 1, 8).size() + 1, keys.size());
        List<String[]> dataOnly = csv(base + "dataonly");
        assertFalse(Arrays.asList(dataOnly.get(0)).contains("UNIT_MEASURE"));
        assertTrue(Arrays.asList(dataOnly.get(0)).contains("OBS_VALUE"));
        List<String[]> noData = csv(base + "nodata");
        assertFalse(Arrays.asList(noData.get(0)).contains("OBS_VALUE"));
        assertTrue(Arrays.asList(noData.get(0)).contains("UNIT_MEASURE"));
        for (String d : List.of("full", "dataonly", "serieskeysonly", "nodata")) {
            Response r = Api.anonymous().get(base + d);
            r.then().statusCode(200);
            XsdValidationTest.assertValid(SdmxFormat.SDMX_ML_21, r.asByteArray());
        }
        Api.anonymous().get(base + "everything").then().statusCode(400);
    }

    @Test
    @Order(7)
    void dimensionAtObservation() {
        Response flat = Api.anonymous().get("/sdmx/rest/data/" + FLOW + "/all?dimensionAtObservation=AllDimensions&lastNObservations=1");
        flat.then().statusCode(200).body(containsString("generic:ObsKey"))
                .body(containsString("dimensionAtObservation=\"AllDimensions\""));
        XsdValidationTest.assertValid(SdmxFormat.SDMX_ML_21, flat.asByteArray());
        Api.anonymous().get("/sdmx/rest/data/" + FLOW + "/all?dimensionAtObservation=TIME_PERIOD").then().statusCode(200);
        Api.anonymous().get("/sdmx/rest/data/" + FLOW + "/all?dimensionAtObservation=SEXO").then().statusCode(501);
        Api.anonymous().get("/sdmx/rest/data/" + FLOW + "/all?dimensionAtObservation=NOPE").then().statusCode(400);
    }

    @Test
    @Order(8)
    void formats() {
        String path = "/sdmx/rest/data/" + FLOW + "/all?lastNObservations=1";
        Response csv20 = Api.anonymous().accept(CSV20).get(path);
        csv20.then().statusCode(200).header("Content-Type", startsWith(CSV20));
        List<String[]> rows = rows(csv20);
        assertEquals(List.of("STRUCTURE", "STRUCTURE_ID"), Arrays.asList(rows.get(0)).subList(0, 2));
        assertEquals("dataflow", rows.get(1)[0]);
        Api.anonymous().get(path + "&format=csvfile").then().statusCode(200).header("Content-Type", startsWith(CSV10));
        Api.anonymous().accept("text/csv").get(path).then().statusCode(200).header("Content-Type", startsWith(CSV10));
        Api.anonymous().accept("application/vnd.sdmx.data+csv;version=1.0").get(path).then().statusCode(200)
                .header("Content-Type", startsWith("application/vnd.sdmx.data+csv;version=1.0;"));
        Response labels = Api.anonymous().accept(CSV10 + ";labels=both").get(path);
        labels.then().statusCode(200).header("Content-Type", containsString("labels=both"))
                .body(containsString(",A: "));
        // SDMX-CSV labels=both names the columns too ("id: name"), and such a table loads back as it is
        String header = labels.asString().lines().findFirst().orElseThrow();
        assertTrue(header.startsWith("DATAFLOW,FREQ: Frecuencia,REF_AREA: Área de referencia,"), header);
        assertTrue(header.contains(",TIME_PERIOD: ") && header.contains(",OBS_VALUE: "), header);
        Api.editor().contentType("text/csv").body(labels.asString()).post("/api/v1/processes/" + FLOW + "/data")
                .then().statusCode(200).body("observations", equalTo(rows.size() - 1));
        Response ss = Api.anonymous().accept(SPECIFIC).get(path);
        ss.then().statusCode(200).header("Content-Type", startsWith(SPECIFIC))
                .body(containsString("xsi:type=\"ns1:DataSetType\""))
                .body(containsString("<Series FREQ=\"A\""));
        StructureSpecificSchema.assertValid(ss.asByteArray());
        Response ssFlat = Api.anonymous().accept(SPECIFIC).get(path + "&dimensionAtObservation=AllDimensions");
        ssFlat.then().statusCode(200);
        StructureSpecificSchema.assertValid(ssFlat.asByteArray());
        Api.anonymous().get(path + "&format=structurespecificdata").then().statusCode(200)
                .header("Content-Type", startsWith(SPECIFIC));
        Api.anonymous().accept("application/xml").get(path).then().statusCode(200).header("Content-Type", startsWith(GENERIC));
        Api.anonymous().header("Accept-Encoding", "gzip").get(path).then().statusCode(200)
                .header("Content-Encoding", "gzip");
    }

    @Test
    @Order(9)
    void validatorsAndUpdatedAfter() {
        String path = "/sdmx/rest/data/" + FLOW + "/all?lastNObservations=1";
        Response r = Api.anonymous().accept(CSV10).get(path);
        String etag = r.header("ETag");
        String lastModified = r.header("Last-Modified");
        assertTrue(etag != null && lastModified != null);
        Api.anonymous().accept(CSV10).header("If-None-Match", etag).get(path).then().statusCode(304);
        Api.anonymous().accept(CSV10).header("If-Modified-Since", lastModified).get(path).then().statusCode(304);
        Api.anonymous().accept(CSV20).header("If-None-Match", etag).get(path).then().statusCode(200);
        Api.anonymous().get(path + "&updatedAfter=2099-01-01T00:00:00Z").then().statusCode(404);
        Api.anonymous().accept(CSV10).get(path + "&updatedAfter=2001-01-01T00:00:00%2B05:00").then().statusCode(200);
        Api.anonymous().get(path + "&updatedAfter=yesterday").then().statusCode(400);
    }

    @Test
    @Order(10)
    void v2WithComponentFilters() {
        String[] k = firstKey();
        String base = "/sdmx/v2/data/dataflow/ARCHIVO_CALI/" + FLOW + "/~/";
        Response r = Api.anonymous().get(base + "*?c[REF_AREA]=" + k[1] + "&c[TIME_PERIOD]=ge:2021%2Ble:2022");
        r.then().statusCode(200).header("Content-Type", startsWith(CSV20));
        List<String[]> rows = rows(r);
        assertEquals(Set.of(k[1]), column(rows, "REF_AREA"));
        assertEquals(Set.of("2021", "2022"), column(rows, "TIME_PERIOD"));
        List<String[]> exact = rows(Api.anonymous().get(base + String.join(".", k)));
        assertEquals(6, exact.size());
        Api.anonymous().get(base + "*?c[NOPE]=1").then().statusCode(400);
        Api.anonymous().get(base + "*?attributes=none&measures=none").then().statusCode(200)
                .body(not(containsString("OBS_VALUE")));
        Response xml = Api.anonymous().accept(GENERIC).get(base + "*?lastNObservations=1");
        xml.then().statusCode(200);
        XsdValidationTest.assertValid(SdmxFormat.SDMX_ML_21, xml.asByteArray());
        // the DSD shared by the flows without a study would need a query across dataflows (SdmxDataContextsEndToEndTest)
        Api.anonymous().get("/sdmx/v2/data/datastructure/ARCHIVO_CALI/DSD_GENERIC/~/*").then().statusCode(501);
    }

    static org.hamcrest.Matcher<String> not(org.hamcrest.Matcher<String> m) {
        return org.hamcrest.Matchers.not(m);
    }

    static String load(String table) {
        return table;
    }

    @Test
    @Order(20)
    void loadIsForTheDepartmentsEditors() {
        String table = "FREQ,REF_AREA,MES,ZONA,TIPO_HECHO,SEXO,GRUPO_EDAD,TIME_PERIOD,OBS_VALUE\n";
        Api.anonymous().contentType("text/csv").body(table).post("/api/v1/processes/" + FLOW + "/data")
                .then().statusCode(401);
        Api.otherEditor().contentType("text/csv").body(table).post("/api/v1/processes/" + FLOW + "/data")
                .then().statusCode(403).contentType(containsString("application/problem+json"));
        Api.editor().contentType("text/csv").body(table).post("/api/v1/processes/NO-SUCH/data").then().statusCode(404);
        Api.editor().contentType("text/csv").body(table).post("/api/v1/processes/" + FLOW + "/data?action=Merge")
                .then().statusCode(400);
    }

    @Test
    @Order(21)
    void validationReportsRowAndColumnAndLoadsNothing() {
        String[] k = firstKey();
        String before = Api.anonymous().accept(CSV10).get("/sdmx/rest/data/" + FLOW).asString();
        String key = String.join(",", k);
        String table = "DATAFLOW,FREQ,REF_AREA,MES,ZONA,TIPO_HECHO,SEXO,GRUPO_EDAD,TIME_PERIOD,OBS_VALUE,OBS_STATUS\n"
                + "ARCHIVO_CALI:SAL-01(1.0)," + key + ",2019,10,A\n"                     // row 2 fine
                + "ARCHIVO_CALI:SAL-01(1.0)," + key.replaceFirst("^A", "Q9") + ",2019,10,A\n" // row 3 unknown FREQ
                + "ARCHIVO_CALI:SAL-01(1.0)," + key + ",2019,11,A\n"                     // row 4 duplicate of row 2
                + "ARCHIVO_CALI:SAL-01(1.0)," + key + ",2020,diez,A\n"                   // row 5 not a number
                + "ARCHIVO_CALI:SAL-01(1.0)," + key + ",2020-13,1,A\n"                   // row 6 bad period
                + "ARCHIVO_CALI:SAL-01(1.0)," + key + ",2021,1,ZZ\n";                    // row 7 unknown OBS_STATUS
        Response r = Api.editor().contentType("text/csv").body(table).post("/api/v1/processes/" + FLOW + "/data");
        r.then().statusCode(422).contentType(containsString("application/problem+json"))
                .body("errors", hasSize(5))
                .body("errors[0].row", equalTo(3)).body("errors[0].column", equalTo("FREQ"))
                .body("errors[1].row", equalTo(4)).body("errors[1].message", containsString("Duplicate"))
                .body("errors[2].row", equalTo(5)).body("errors[2].column", equalTo("OBS_VALUE"))
                .body("errors[3].row", equalTo(6)).body("errors[3].column", equalTo("TIME_PERIOD"))
                .body("errors[4].row", equalTo(7)).body("errors[4].column", equalTo("OBS_STATUS"));
        Api.editor().contentType("text/csv").body("FREQ,NOPE\nA,1\n").post("/api/v1/processes/" + FLOW + "/data")
                .then().statusCode(422).body("errors[0].column", equalTo("NOPE"));
        assertEquals(before, Api.anonymous().accept(CSV10).get("/sdmx/rest/data/" + FLOW).asString(), "nothing loaded");
    }

    @Test
    @Order(22)
    void roundTripSdmxCsvInSdmxCsvOut() {
        String[] k = firstKey();
        String path = "/sdmx/rest/data/" + FLOW + "/" + String.join(".", k);
        List<String[]> exported = csv(path);
        // change every value, load the table back as SDMX-CSV 1.0 with action=Replace
        StringBuilder table = new StringBuilder(String.join(",", exported.get(0))).append("\n");
        for (String[] row : exported.subList(1, exported.size())) {
            String[] changed = row.clone();
            changed[9] = String.valueOf(Double.parseDouble(row[9]) + 0.25);
            table.append(String.join(",", changed)).append("\n");
        }
        Api.editor().contentType("text/csv").body(table.toString())
                .post("/api/v1/processes/" + FLOW + "/data?action=Replace").then().statusCode(200)
                .body("observations", equalTo(5)).body("action", equalTo("REPLACE"));
        Response back = Api.anonymous().accept(CSV10).get(path);
        assertEquals(table.toString().replace("\n", "\r\n"), back.asString(), "same observations out as in");
        // the same observations in SDMX-CSV 2.0 and as a plain table with the DSD's columns load too
        String csv20 = Api.anonymous().accept(CSV20).get(path).asString();
        Api.editor().contentType("application/vnd.sdmx.data+csv; charset=UTF-8").body(csv20.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/processes/" + FLOW + "/data").then().statusCode(200);
        assertEquals(table.toString().replace("\n", "\r\n"), Api.anonymous().accept(CSV10).get(path).asString());
        String plain = "FREQ;REF_AREA;MES;ZONA;TIPO_HECHO;SEXO;GRUPO_EDAD;TIME_PERIOD;OBS_VALUE\n"
                + String.join(";", k) + ";2019;42\n";
        Api.editor().contentType("text/csv").body(plain).post("/api/v1/processes/" + FLOW + "/data").then().statusCode(200);
        assertEquals("42", csv(path + "?endPeriod=2019").get(1)[9]);
        // Append of an existing observation is a conflict
        Api.editor().contentType("text/csv").body(plain).post("/api/v1/processes/" + FLOW + "/data?action=Append")
                .then().statusCode(409);
    }

    @Test
    @Order(23)
    void draftsStayInvisibleUntilPublished() {
        String[] k = firstKey();
        String path = "/sdmx/rest/data/" + FLOW + "/" + String.join(".", k) + "?lastNObservations=1";
        String etag = Api.anonymous().accept(CSV10).get(path).header("ETag");
        String plain = "FREQ,REF_AREA,MES,ZONA,TIPO_HECHO,SEXO,GRUPO_EDAD,TIME_PERIOD,OBS_VALUE\n"
                + String.join(",", k) + ",2024,77\n";
        Api.editor().contentType("text/csv").body(plain)
                .post("/api/v1/processes/" + FLOW + "/data?action=Append&publish=false").then().statusCode(200)
                .body("published", equalTo(false));
        assertEquals("2023", csv(path).get(1)[8], "the public does not see the draft");
        Response editor = Api.editor().accept(CSV10).get(path);
        assertEquals("2024", rows(editor).get(1)[8], "the department's editor does");
        Api.otherEditor().accept(CSV10).get(path).then().body(not(containsString(",2024,")));
        Api.editor().post("/api/v1/processes/" + FLOW + "/data/publish").then().statusCode(200)
                .body("observations", equalTo(1));
        Response after = Api.anonymous().accept(CSV10).get(path);
        assertEquals("2024", rows(after).get(1)[8]);
        // a draft may not replace or delete what is published: the public would see it before publication
        String changed = plain.replace(",2024,77", ",2024,78");
        Api.editor().contentType("text/csv").body(changed)
                .post("/api/v1/processes/" + FLOW + "/data?action=Replace&publish=false").then().statusCode(409)
                .contentType(containsString("application/problem+json"));
        Api.editor().contentType("text/csv").body(plain)
                .post("/api/v1/processes/" + FLOW + "/data?action=Delete&publish=false").then().statusCode(409);
        assertEquals("77", rows(Api.anonymous().accept(CSV10).get(path)).get(1)[9], "the published value stands");
        assertFalse(etag.equals(after.header("ETag")), "a new load changes the ETag");
        // Delete removes it again
        Api.editor().contentType("text/csv").body(plain).post("/api/v1/processes/" + FLOW + "/data?action=Delete")
                .then().statusCode(200);
        assertEquals("2023", csv(path).get(1)[8]);
    }

    /**
     * SAL-01's REF_AREA is coded by Cali's frame although its comuna variable also has "Zona rural (corregimientos)"
     * (23) and "Sin información" (99): a plain table may name areas as the study does or by name; each is stored as
     * the frame's code, and the load reports every value it recoded, with its rows.
     */
    @Test
    @Order(24)
    void areaValuesAreStoredAsTheFramesCodesAndReported() {
        String[] k = firstKey();
        String rest = String.join(",", java.util.Arrays.copyOfRange(k, 2, k.length));
        String plain = "FREQ,REF_AREA,MES,ZONA,TIPO_HECHO,SEXO,GRUPO_EDAD,TIME_PERIOD,OBS_VALUE\n"
                + "A,3," + rest + ",2030,1\n" + "A,Comuna 4," + rest + ",2030,2\n" + "A,23," + rest + ",2030,3\n"
                + "A,99," + rest + ",2030,4\n" + "A,Navarro," + rest + ",2030,5\n";
        Api.editor().contentType("text/csv").body(plain).post("/api/v1/processes/" + FLOW + "/data?action=Append")
                .then().statusCode(200).body("observations", equalTo(5))
                .body("recoded.find { it.value == '3' }.code", equalTo("03"))
                .body("recoded.find { it.value == '3' }.by", equalTo("recode"))
                .body("recoded.find { it.value == 'Comuna 4' }.code", equalTo("04"))
                .body("recoded.find { it.value == '23' }.code", equalTo("RURAL"))
                .body("recoded.find { it.value == '99' }.code", equalTo("_U"))
                .body("recoded.find { it.value == 'Navarro' }.code", equalTo("51"))
                .body("recoded.find { it.value == 'Navarro' }.by", equalTo("name"))
                .body("recoded.find { it.value == 'Navarro' }.rows", equalTo(1));
        List<String[]> stored = csv("/sdmx/rest/data/" + FLOW + "/A.03+04+RURAL+_U+51." + String.join(".",
                java.util.Arrays.copyOfRange(k, 2, k.length)) + "?startPeriod=2030");
        assertEquals(Set.of("03", "04", "RURAL", "_U", "51"), column(stored, "REF_AREA"));
        Api.editor().contentType("text/csv").body(plain).post("/api/v1/processes/" + FLOW + "/data?action=Delete")
                .then().statusCode(200);
        // a value that names no area is refused with its row and column, and nothing is stored
        Api.editor().contentType("text/csv").body("FREQ,REF_AREA,MES,ZONA,TIPO_HECHO,SEXO,GRUPO_EDAD,TIME_PERIOD,OBS_VALUE\n"
                + "A,Barrio Obrero," + rest + ",2030,1\n").post("/api/v1/processes/" + FLOW + "/data?action=Append")
                .then().statusCode(422).body("errors[0].row", equalTo(2)).body("errors[0].column", equalTo("REF_AREA"));
    }

    @Test
    @Order(30)
    void classifiedProcessDataAreHidden() {
        String body = "{\"level\":\"clasificada\",\"legalBasis\":\"Ley 1712 de 2014, art. 18\","
                + "\"exception\":\"total\",\"decidedOn\":\"2025-03-14\",\"term\":\"15 años\"}";
        Api.admin().contentType("application/json").body(body).put("/api/v1/processes/" + FLOW + "/classification")
                .then().statusCode(200);
        try {
            Api.anonymous().get("/sdmx/rest/data/" + FLOW).then().statusCode(404);
            Api.editor().accept(CSV10).get("/sdmx/rest/data/" + FLOW).then().statusCode(200);
        } finally {
            Api.admin().contentType("application/json").body("{\"level\":\"publica\"}")
                    .put("/api/v1/processes/" + FLOW + "/classification").then().statusCode(200);
        }
        Api.anonymous().get("/sdmx/rest/data/" + FLOW).then().statusCode(200);
    }
}
