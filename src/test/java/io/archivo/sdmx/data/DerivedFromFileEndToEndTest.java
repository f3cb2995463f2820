package io.archivo.sdmx.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archivo.testsupport.Api;
import io.archivo.testsupport.DemoCatalogueProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Observations derived from an archived data file of the process's study: a CSV (semicolons, decimal commas) and
 * an XLSX attached to SAL-02's study, whose columns are the designated variables, become the dataflow's
 * observations; a file with a wrong cell is refused whole with its row and column; who may not read a file finds
 * none.
 */
@QuarkusTest
@TestProfile(DemoCatalogueProfile.class)
@Tag("persistence")
class DerivedFromFileEndToEndTest {

    static final String PROCESS = DesignatedTableLoadEndToEndTest.PROCESS;
    static final String HEADER = "biologico;anio;dosis;comuna;cobertura;ips_naturaleza\n";

    static String studyOf(String process) {
        List<String> idnos = Api.admin().get("/api/v1/studies?process=" + process).jsonPath().getList("items.idno");
        assertTrue(!idnos.isEmpty(), "the demo has a study of " + process);
        return idnos.get(0);
    }

    static long attach(RequestSpecification who, String study, String name, byte[] bytes, String accessLevel) {
        Response r = who.contentType("application/octet-stream")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").body(bytes)
                .post("/api/v1/studies/" + Api.enc(study) + "/files" + (accessLevel == null ? "" : "?accessLevel=" + accessLevel));
        assertEquals(201, r.statusCode(), r.asString());
        return ((Number) r.path("id")).longValue();
    }

    static Response derive(RequestSpecification who, String process, String study, long file, String action) {
        return who.post("/api/v1/processes/" + process + "/data/from-file?study=" + Api.enc(study) + "&file=" + file
                + (action == null ? "" : "&action=" + action));
    }

    static Set<String> observations(List<String[]> rows) {
        return rows.stream().skip(1).map(r -> String.join("|", List.of(r).subList(1, 7)))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void observationsAreDerivedFromTheStudysDataFiles() throws Exception {
        Api.admin().contentType("application/json")
                .body("{\"dimensions\":[\"biologico\",\"anio\",\"dosis\",\"comuna\"],\"measure\":\"cobertura\","
                        + "\"attributes\":[\"ips_naturaleza\"]}")
                .put("/api/v1/processes/" + PROCESS + "/sdmx").then().statusCode(200);
        Map<String, List<String>> codes = DesignatedTableLoadEndToEndTest.codes();
        String b0 = codes.get("BIOLOGICO").get(0);
        String b1 = codes.get("BIOLOGICO").get(1);
        String dosis = codes.get("DOSIS").get(0);
        String comuna = codes.get("COMUNA").get(0);
        String ips = codes.containsKey("IPS_NATURALEZA") ? codes.get("IPS_NATURALEZA").get(0) : "x";
        String study = studyOf(PROCESS);
        // the service stamps loads with the same clock: "since now" sees this test's loads and not those of a
        // test that ran a moment before on the same data (a second's margin once mixed another test's rows in)
        Instant before = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);

        // a semicolon CSV with decimal commas, as spreadsheets in Colombia export it: the files' CSV form has points
        String csv = HEADER + b0 + ";2020;" + dosis + ";" + comuna + ";91,5;" + ips + "\n"
                + b1 + ";2020;" + dosis + ";" + comuna + ";87;" + ips + "\n";
        long file = attach(Api.editor(), study, "coberturas-2020.csv", csv.getBytes(StandardCharsets.UTF_8), null);
        Response derived = derive(Api.editor(), PROCESS, study, file, "Replace");
        assertEquals(200, derived.statusCode(), derived.asString());
        assertEquals(2, derived.<Integer>path("observations"));
        assertEquals(study, derived.path("source.study"));
        assertEquals(file, ((Number) derived.path("source.file")).longValue());
        assertEquals(Set.of("A|" + b0 + "|" + dosis + "|" + comuna + "|2020|91.5",
                "A|" + b1 + "|" + dosis + "|" + comuna + "|2020|87"),
                observations(DesignatedTableLoadEndToEndTest.loadedSince(before)));

        // an XLSX data file, appended
        byte[] xlsx = DesignatedTableLoadEndToEndTest.xlsx(List.of(
                List.of("biologico", "anio", "dosis", "comuna", "cobertura", "ips_naturaleza"),
                List.of(b0, 2019, dosis, comuna, 90.25, ips)));
        long workbook = attach(Api.editor(), study, "coberturas-2019.xlsx", xlsx, null);
        derive(Api.editor(), PROCESS, study, workbook, "Append").then().statusCode(200);
        List<String[]> rows = DesignatedTableLoadEndToEndTest.loadedSince(before);
        assertEquals(3, rows.size() - 1);
        assertTrue(observations(rows).contains("A|" + b0 + "|" + dosis + "|" + comuna + "|2019|90.25"),
                observations(rows).toString());
        // appending the same file again: its observations exist, the load is a 409 and changes nothing
        derive(Api.editor(), PROCESS, study, workbook, "Append").then().statusCode(409);

        // an unknown comuna in row 3 (the header is row 1): 422 naming row and column, nothing stored
        String bad = HEADER + b0 + ";2018;" + dosis + ";" + comuna + ";80;" + ips + "\n"
                + b1 + ";2018;" + dosis + ";NO_SUCH_COMUNA;81;" + ips + "\n";
        long badFile = attach(Api.editor(), study, "coberturas-2018.csv", bad.getBytes(StandardCharsets.UTF_8), null);
        Response refused = derive(Api.editor(), PROCESS, study, badFile, null);
        refused.then().statusCode(422).contentType("application/problem+json");
        List<Map<String, Object>> errors = refused.jsonPath().getList("errors");
        assertTrue(errors.stream().anyMatch(e -> e.get("row").equals(3) && e.get("column").equals("COMUNA")
                && "NO_SUCH_COMUNA".equals(e.get("value"))), errors.toString());
        assertEquals(3, DesignatedTableLoadEndToEndTest.loadedSince(before).size() - 1, "nothing of a refused file is stored");

        // a reserved file: another department's editor finds no such file (404), as for a file that does not exist
        long reserved = attach(Api.editor(), study, "coberturas-reservadas.csv", csv.getBytes(StandardCharsets.UTF_8),
                "reservada");
        derive(Api.otherEditor(), "EDU-01", study, reserved, null).then().statusCode(404)
                .contentType("application/problem+json");
        derive(Api.otherEditor(), "EDU-01", study, 999_999_999L, null).then().statusCode(404);
        // ... may not load SAL-02's data at all (403), and the anonymous caller is asked to log in (401)
        derive(Api.otherEditor(), PROCESS, study, file, null).then().statusCode(403);
        derive(Api.anonymous(), PROCESS, study, file, null).then().statusCode(401);
        // the file's own department reads it; a study of another process is refused (422), a missing file named 400
        derive(Api.editor(), "SAL-01", study, file, null).then().statusCode(422).contentType("application/problem+json");
        Api.editor().post("/api/v1/processes/" + PROCESS + "/data/from-file?study=" + Api.enc(study)).then()
                .statusCode(400);
        // the department's editor reads the reserved file, but its rows would reach the public through SDMX: refused,
        // nothing stored (Ley 1712: data take the classification of what they come from)
        derive(Api.editor(), PROCESS, study, reserved, "Replace").then().statusCode(422)
                .contentType("application/problem+json").body("type", org.hamcrest.Matchers.endsWith("file-not-public"));
        assertEquals(3, DesignatedTableLoadEndToEndTest.loadedSince(before).size() - 1);

        // a workbook that could not be read when archived (a ZIP with xl/workbook.xml, but no workbook): 422
        long broken = attach(Api.editor(), study, "roto.xlsx", brokenWorkbook(), null);
        derive(Api.editor(), PROCESS, study, broken, null).then().statusCode(422)
                .contentType("application/problem+json").body("type", org.hamcrest.Matchers.endsWith("unreadable-table"));
        // a file that is no table at all: 409
        long pdf = attach(Api.editor(), study, "informe.pdf", "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\n<<>>\nendobj\n%%EOF\n"
                .getBytes(StandardCharsets.ISO_8859_1), null);
        derive(Api.editor(), PROCESS, study, pdf, null).then().statusCode(409);
        assertEquals(3, DesignatedTableLoadEndToEndTest.loadedSince(before).size() - 1);
    }

    static byte[] brokenWorkbook() throws java.io.IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/workbook.xml"));
            zip.write("no es un libro".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
