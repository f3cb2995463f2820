package io.archivo.sdmx.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archivo.testsupport.Api;
import io.archivo.testsupport.DemoCatalogueProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Plain CSV and XLSX tables whose columns are the study's variable names, mapped to the DSD through the process's
 * designation ({@code PUT /processes/SAL-02/sdmx}): loaded, read back through the data API, and refused whole
 * with row and column when a cell is wrong.
 */
@QuarkusTest
@TestProfile(DemoCatalogueProfile.class)
@Tag("persistence")
class DesignatedTableLoadEndToEndTest {

    static final String PROCESS = "SAL-02";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The codes of each enumerated dimension and attribute of DSD_SAL-02, read from its SDMX-JSON 2.0 structure. */
    static Map<String, List<String>> codes() {
        JsonPath j = Api.anonymous().get("/sdmx/v2/structure/datastructure/ARCHIVO_CALI/DSD_" + PROCESS
                + "/~?references=codelist").jsonPath();
        Map<String, List<String>> byUrn = new HashMap<>();
        List<Map<String, Object>> lists = j.getList("data.codelists");
        for (Map<String, Object> cl : lists) {
            @SuppressWarnings("unchecked")
            String urn = (String) ((List<Map<String, Object>>) cl.get("links")).get(0).get("urn");
            @SuppressWarnings("unchecked")
            List<String> ids = ((List<Map<String, Object>>) cl.get("codes")).stream().map(c -> (String) c.get("id")).toList();
            byUrn.put(urn, ids);
        }
        Map<String, List<String>> out = new HashMap<>();
        String c = "data.dataStructures[0].dataStructureComponents.";
        for (String list : List.of(c + "dimensionList.dimensions", c + "attributeList.attributes")) {
            List<Map<String, Object>> comps = j.getList(list);
            for (Map<String, Object> comp : comps) {
                Object enumeration = ((Map<?, ?>) comp.get("localRepresentation")).get("enumeration");
                if (enumeration != null && byUrn.containsKey(enumeration)) {
                    out.put((String) comp.get("id"), byUrn.get(enumeration));
                }
            }
        }
        return out;
    }

    static List<String[]> loadedSince(Instant since) {
        Response r = Api.anonymous().accept(SdmxDataEndToEndTest.CSV10).get("/sdmx/rest/data/" + PROCESS
                + "?updatedAfter=" + URLEncoder.encode(since.toString(), StandardCharsets.UTF_8));
        return r.statusCode() == 404 ? List.of() : SdmxDataEndToEndTest.rows(r);
    }

    @Test
    void variableNamedCsvAndXlsxLoadThroughTheDesignation() throws IOException {
        Api.admin().contentType("application/json")
                .body("{\"dimensions\":[\"biologico\",\"anio\",\"dosis\",\"comuna\"],\"measure\":\"cobertura\","
                        + "\"attributes\":[\"ips_naturaleza\"]}")
                .put("/api/v1/processes/" + PROCESS + "/sdmx").then().statusCode(200);
        Map<String, List<String>> codes = codes();
        String b0 = codes.get("BIOLOGICO").get(0);
        String b1 = codes.get("BIOLOGICO").get(1);
        String dosis = codes.get("DOSIS").get(0);
        String comuna = codes.get("COMUNA").get(0);
        String ips = codes.containsKey("IPS_NATURALEZA") ? codes.get("IPS_NATURALEZA").get(0) : "x";
        // the service stamps loads with the same clock: "since now" sees this test's loads and not those of a
        // test that ran a moment before on the same data (a second's margin once mixed another test's rows in)
        Instant before = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);

        // CSV: the variables' names (any case, accents folded), no FREQ column (A by default)
        String csv = "biologico;ANIO;Dosis;comuna;cobertura;ips_naturaleza\n"
                + b0 + ";2021;" + dosis + ";" + comuna + ";95.5;" + ips + "\n"
                + b1 + ";2021;" + dosis + ";" + comuna + ";88;" + ips + "\n";
        Response loaded = Api.editor().contentType("text/csv").body(csv).post("/api/v1/processes/" + PROCESS + "/data");
        assertEquals(200, loaded.statusCode(), codes + "\n" + csv + "\n" + loaded.asString());
        List<String[]> rows = loadedSince(before);
        assertEquals(List.of("DATAFLOW", "FREQ", "BIOLOGICO", "DOSIS", "COMUNA", "TIME_PERIOD", "OBS_VALUE"),
                List.of(rows.get(0)).subList(0, 7));
        Set<String> got = rows.stream().skip(1).map(r -> String.join("|", List.of(r).subList(1, 7)))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(Set.of("A|" + b0 + "|" + dosis + "|" + comuna + "|2021|95.5",
                "A|" + b1 + "|" + dosis + "|" + comuna + "|2021|88")), got);
        int ipsColumn = List.of(rows.get(0)).indexOf("IPS_NATURALEZA");
        assertTrue(ipsColumn > 0 && rows.get(1)[ipsColumn].equals(ips), String.join(",", rows.get(0)));

        // XLSX: the first sheet, numbers as numeric cells, appended
        Response appended = Api.editor().contentType(XLSX).body(xlsx(List.of(
                List.of("biologico", "anio", "dosis", "comuna", "cobertura", "ips_naturaleza"),
                List.of(b0, 2022, dosis, comuna, 97.25, ips))))
                .post("/api/v1/processes/" + PROCESS + "/data?action=Append");
        assertEquals(200, appended.statusCode(), appended.asString());
        List<String[]> after = loadedSince(before);
        assertEquals(3, after.size() - 1);
        assertTrue(after.stream().anyMatch(r -> r[5].equals("2022") && r[6].equals("97.25")),
                after.stream().map(r -> String.join(",", r)).collect(Collectors.joining("\n")));

        // mistakes: every one with its row and column, and nothing stored
        String bad = "biologico,anio,dosis,comuna,cobertura\n"
                + b0 + ",2023," + dosis + ",NO_SUCH_COMUNA,90\n"
                + b1 + ",2023," + dosis + "," + comuna + ",mucho\n";
        Response refused = Api.editor().contentType("text/csv").body(bad).post("/api/v1/processes/" + PROCESS + "/data");
        refused.then().statusCode(422).contentType("application/problem+json");
        List<Map<String, Object>> errors = refused.jsonPath().getList("errors");
        assertTrue(errors.stream().anyMatch(e -> e.get("row").equals(2) && e.get("column").equals("COMUNA")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.get("row").equals(3) && e.get("column").equals("OBS_VALUE")), errors.toString());
        assertEquals(3, loadedSince(before).size() - 1, "nothing of a refused table is stored");

        Response notXlsx = Api.editor().contentType(XLSX).body("no es un libro".getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/processes/" + PROCESS + "/data");
        notXlsx.then().statusCode(400).contentType("application/problem+json");
    }

    static byte[] xlsx(List<List<Object>> rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("datos");
            for (int i = 0; i < rows.size(); i++) {
                Row row = sheet.createRow(i);
                for (int c = 0; c < rows.get(i).size(); c++) {
                    Object v = rows.get(i).get(c);
                    if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else {
                        row.createCell(c).setCellValue(v.toString());
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }
}
