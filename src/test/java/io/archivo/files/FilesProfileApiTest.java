package io.archivo.files;

import static io.archivo.testsupport.Api.admin;
import static io.archivo.testsupport.Api.anonymous;
import static io.archivo.testsupport.Api.editor;
import static io.archivo.testsupport.Api.ensureProcess;
import static io.archivo.testsupport.Api.variant;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Profiles of uploaded tables in the file's metadata, their comparison with the study's DDI variables, generated
 * {@code var} blocks, and the cached CSV conversion, end to end over HTTP.
 */
@QuarkusTest
@Tag("persistence")
class FilesProfileApiTest {

    static final String STUDY = "FILES-PROF";
    static final String BASE = "/api/v1/studies/" + STUDY + "/files";
    /** Latin-1, semicolons, decimal commas, a code 7 the DDI does not declare, a short row on line 5. */
    static final String EXPORT = "comuna;modo;tiempo_viaje;edad;barrio\n"
            + "1;1;35,5;34;Peñón\n"
            + "2;2;20;51;Siloé\n"
            + "1;99;;19;Peñón\n"
            + "2;7;42,25\n"
            + "1;1;12,75;67;San Fernando\n";

    private static boolean ready;

    @BeforeEach
    synchronized void study() {
        if (ready) {
            return;
        }
        ensureProcess("SAL-FILES", "salud", "Salud");
        admin().contentType("application/xml").body(variant("/archive/encuesta-movilidad-2025.xml",
                "CALI-TEST-EMC-2025", STUDY)).post("/api/v1/studies?process=SAL-FILES").then().statusCode(201);
        admin().post("/api/v1/studies/" + STUDY + "/publish").then().statusCode(200);
        ready = true;
    }

    static Response upload(String name, byte[] body, String query) {
        return editor().contentType("application/octet-stream")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").body(body)
                .post(BASE + query);
    }

    @Test
    void latin1ExportIsProfiledAtUploadAndShownWithTheFile() {
        int id = upload("emc2025.csv", EXPORT.getBytes(StandardCharsets.ISO_8859_1), "").then().statusCode(201)
                .body("tabular", equalTo(true)).body("profile.rows", equalTo(5)).extract().path("id");
        Response r = anonymous().get(BASE + "/" + id);
        r.then().statusCode(200)
                .body("profile.format", equalTo("csv"))
                .body("profile.encoding", equalTo("ISO-8859-1"))
                .body("profile.delimiter", equalTo(";"))
                .body("profile.decimalSeparator", equalTo(","))
                .body("profile.columns.name", equalTo(List.of("comuna", "modo", "tiempo_viaje", "edad", "barrio")))
                .body("profile.columns[2].type", equalTo("decimal"))
                .body("profile.columns[2].missing", equalTo(1))
                .body("profile.columns[2].max", equalTo(42.25f))
                .body("profile.columns[3].type", equalTo("integer"))
                .body("profile.columns[3].min", equalTo(19.0f))
                .body("profile.columns[4].topCategories[0].value", equalTo("Peñón"))
                .body("profile.columns[4].topCategories[0].count", equalTo(2))
                .body("profile.findings[0].code", equalTo("inconsistent-columns"))
                .body("profile.findings[0].lines", equalTo(List.of(5)));
        // the listing stays light: no profiles
        anonymous().get(BASE).then().statusCode(200).body("find { it.id == " + id + " }.profile", nullValue());
    }

    @Test
    void columnsAreComparedWithTheDdiVariablesAndMissingOnesGenerated() throws Exception {
        int id = upload("emc2025.csv", EXPORT.getBytes(StandardCharsets.ISO_8859_1), "").path("id");
        anonymous().get(BASE + "/" + id + "/comparison").then().statusCode(200)
                .body("fileDscrId", equalTo("F1"))
                .body("scope", equalTo("fileDscr"))
                .body("variablesWithoutColumn", equalTo(List.of()))
                .body("columnsWithoutVariable", equalTo(List.of("edad", "barrio")))
                .body("typeMismatches", equalTo(List.of()))
                .body("undeclaredCodes[0].variable", equalTo("modo"))
                .body("undeclaredCodes[0].values", equalTo(List.of("7")));

        // a file whose columns disagree with the DDI's types
        byte[] other = "comuna,tiempo_viaje\nnorte,rápido\nsur,lento\n".getBytes(StandardCharsets.UTF_8);
        int bad = upload("emc2025-v2.csv", other, "?fileDscrId=F1").path("id");
        Response c = anonymous().get(BASE + "/" + bad + "/comparison");
        c.then().statusCode(200).body("variablesWithoutColumn", equalTo(List.of("modo")))
                .body("typeMismatches.column", equalTo(List.of("comuna", "tiempo_viaje")))
                .body("typeMismatches[0].ddiType", equalTo("numeric"))
                .body("typeMismatches[0].columnType", equalTo("text"));

        Response x = anonymous().get(BASE + "/" + id + "/ddi-vars");
        x.then().statusCode(200).contentType(containsString("xml"));
        Document doc;
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(x.asByteArray()));
        assertEquals("ddi:codebook:2_5", doc.getDocumentElement().getNamespaceURI());
        NodeList vars = doc.getElementsByTagNameNS("ddi:codebook:2_5", "var");
        assertEquals(2, vars.getLength(), x.asString());
        Element edad = (Element) vars.item(0);
        assertEquals("edad", edad.getAttribute("name"));
        assertEquals("V_edad", edad.getAttribute("ID"));
        assertEquals("F1", edad.getAttribute("files"));
        assertTrue(x.asString().contains("<sumStat type=\"min\">19</sumStat>"), x.asString());
        Element barrio = (Element) vars.item(1);
        assertEquals("discrete", barrio.getAttribute("intrvl"));
        assertTrue(x.asString().contains("<catValu>Peñón</catValu><catStat type=\"freq\">2</catStat>"), x.asString());
    }

    @Test
    void csvConversionIsUtf8Rfc4180WithDecimalPointsAndCached() {
        int id = upload("emc2025.csv", EXPORT.getBytes(StandardCharsets.ISO_8859_1), "").path("id");
        Response r = anonymous().get(BASE + "/" + id + "/content?format=csv");
        r.then().statusCode(200).contentType(containsString("text/csv")).contentType(containsString("UTF-8"))
                .header("Content-Disposition", containsString("emc2025.csv"));
        String csv = new String(r.asByteArray(), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("comuna,modo,tiempo_viaje,edad,barrio\r\n1,1,35.5,34,Peñón\r\n"), csv);
        assertTrue(csv.contains("\r\n2,7,42.25\r\n"), "a short row stays short: " + csv);
        String etag = r.header("ETag");
        // converted once: the same blob again, ranges work on it
        anonymous().get(BASE + "/" + id + "/content?format=csv").then().statusCode(200).header("ETag", etag);
        assertEquals("modo", anonymous().header("Range", "bytes=7-10").get(BASE + "/" + id + "/content?format=csv")
                .then().statusCode(206).extract().asString());
        assertTrue(!etag.equals(anonymous().get(BASE + "/" + id + "/content").header("ETag")));

        anonymous().get(BASE + "/" + id + "/content?format=sav").then().statusCode(406)
                .contentType(containsString("problem+json")).body("formats", equalTo(List.of("original", "csv",
                        "parquet")));
        int pdf = upload("informe.pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII), "").path("id");
        anonymous().get(BASE + "/" + pdf + "/content?format=csv").then().statusCode(406)
                .body("formats", equalTo(List.of("original")));
        anonymous().get(BASE + "/" + pdf + "/comparison").then().statusCode(409)
                .contentType(containsString("problem+json"));
    }

    @Test
    void parquetDownloadIsTypedByTheProfileAndReadsBackWithParquetsReader() throws IOException {
        int id = upload("emc2025.csv", EXPORT.getBytes(StandardCharsets.ISO_8859_1), "").path("id");
        Response r = anonymous().get(BASE + "/" + id + "/content?format=parquet");
        r.then().statusCode(200).contentType(equalTo("application/vnd.apache.parquet"))
                .header("Content-Disposition", containsString("emc2025.parquet"))
                .header("Accept-Ranges", "bytes");
        byte[] parquet = r.asByteArray();
        assertEquals("PAR1", new String(parquet, 0, 4, StandardCharsets.US_ASCII));
        assertEquals(parquet.length, Integer.parseInt(r.header("Content-Length")));

        ParquetTable t = ParquetTable.read(parquet);
        assertEquals(5, t.rowCount());
        assertEquals(List.of("comuna", "modo", "tiempo_viaje", "edad", "barrio"), t.names());
        assertEquals(List.of("INT64", "INT64", "DOUBLE", "INT64", "BINARY"), t.types());
        assertEquals(LogicalTypeAnnotation.stringType(), t.schema().getType("barrio").getLogicalTypeAnnotation());
        List<Group> rows = t.rows();
        assertEquals(1L, rows.get(0).getLong("comuna", 0));
        assertEquals(35.5, rows.get(0).getDouble("tiempo_viaje", 0));
        assertEquals("Peñón", rows.get(0).getString("barrio", 0), "Latin-1 read as such, written as UTF-8");
        assertEquals(99L, rows.get(2).getLong("modo", 0));
        assertEquals(0, rows.get(2).getFieldRepetitionCount("tiempo_viaje"), "an empty cell is null");
        assertEquals(42.25, rows.get(3).getDouble("tiempo_viaje", 0), "a decimal comma is a decimal");
        assertEquals(0, rows.get(3).getFieldRepetitionCount("edad"), "a short row's absent cells are null");
        assertEquals(0, rows.get(3).getFieldRepetitionCount("barrio"));
        assertEquals("San Fernando", rows.get(4).getString("barrio", 0));

        // converted once and cached: the same bytes and ETag again, a ranged request reads the stored conversion
        String etag = r.header("ETag");
        assertEquals(etag, anonymous().get(BASE + "/" + id + "/content?format=parquet").header("ETag"));
        assertTrue(!etag.equals(anonymous().get(BASE + "/" + id + "/content?format=csv").header("ETag")));
        byte[] tail = anonymous().header("Range", "bytes=-4").get(BASE + "/" + id + "/content?format=parquet")
                .then().statusCode(206).header("Content-Range", "bytes " + (parquet.length - 4) + "-"
                        + (parquet.length - 1) + "/" + parquet.length).extract().asByteArray();
        assertEquals("PAR1", new String(tail, StandardCharsets.US_ASCII));
        anonymous().header("If-None-Match", etag).get(BASE + "/" + id + "/content?format=parquet").then()
                .statusCode(304);
    }

    @Test
    void parquetIsRefusedLikeCsvWhereTheContentMayNotBeRead() {
        int classified = upload("emc2025.csv", EXPORT.getBytes(StandardCharsets.ISO_8859_1),
                "?accessLevel=clasificada").path("id");
        int reserved = upload("emc2025.csv", EXPORT.getBytes(StandardCharsets.ISO_8859_1),
                "?accessLevel=reservada").path("id");
        for (String format : List.of("csv", "parquet")) {
            anonymous().get(BASE + "/" + classified + "/content?format=" + format).then().statusCode(403)
                    .contentType(containsString("problem+json")).body("howToRequestAccess", notNullValue());
            anonymous().get(BASE + "/" + reserved + "/content?format=" + format).then().statusCode(404)
                    .contentType(containsString("problem+json"));
            editor().get(BASE + "/" + classified + "/content?format=" + format).then().statusCode(200);
            editor().get(BASE + "/" + reserved + "/content?format=" + format).then().statusCode(200);
        }
    }

    @Test
    void workbookIsProfiledAndConverted() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("matricula");
            Row h = s.createRow(0);
            h.createCell(0).setCellValue("comuna");
            h.createCell(1).setCellValue("matriculados");
            h.createCell(2).setCellValue("corte");
            var date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            for (int i = 1; i <= 3; i++) {
                Row r = s.createRow(i);
                r.createCell(0).setCellValue(i);
                r.createCell(1).setCellValue(1000 * i + 0.5);
                var c = r.createCell(2);
                c.setCellValue(LocalDate.of(2024, 3, i));
                c.setCellStyle(date);
            }
            wb.write(out);
        }
        int id = upload("matricula_2024.xlsx", out.toByteArray(), "").then().statusCode(201)
                .body("mediaType", containsString("spreadsheetml")).body("profile.sheet", equalTo("matricula"))
                .body("profile.rows", equalTo(3)).body("profile.columns[2].type", equalTo("date"))
                .extract().path("id");
        String csv = anonymous().get(BASE + "/" + id + "/content?format=csv").then().statusCode(200)
                .header("Content-Disposition", containsString("matricula_2024.csv")).extract().asString();
        assertEquals("comuna,matriculados,corte\r\n1,1000.5,2024-03-01\r\n2,2000.5,2024-03-02\r\n3,3000.5,2024-03-03\r\n",
                csv);
        ParquetTable t = ParquetTable.read(anonymous().get(BASE + "/" + id + "/content?format=parquet").then()
                .statusCode(200).header("Content-Disposition", containsString("matricula_2024.parquet")).extract()
                .asByteArray());
        assertEquals(List.of("INT64", "DOUBLE", "BINARY"), t.types());
        assertEquals(3, t.rowCount());
        assertEquals(2000.5, t.rows().get(1).getDouble("matriculados", 0));
        assertEquals("2024-03-03", t.rows().get(2).getString("corte", 0));
    }

    @Test
    void classifiedFilesShowNoProfileAndNoComparisonToThePublic() {
        int id = upload("emc2025.csv", EXPORT.getBytes(StandardCharsets.ISO_8859_1), "?accessLevel=clasificada")
                .path("id");
        anonymous().get(BASE + "/" + id).then().statusCode(200).body("name", equalTo("emc2025.csv"))
                .body("profile", nullValue());
        editor().get(BASE + "/" + id).then().statusCode(200).body("profile", notNullValue());
        anonymous().get(BASE + "/" + id + "/comparison").then().statusCode(403)
                .body("type", containsString("file-classified"));
        anonymous().get(BASE + "/" + id + "/ddi-vars").then().statusCode(403)
                .contentType(containsString("problem+json"));
        anonymous().get(BASE + "/" + id + "/content?format=csv").then().statusCode(403);
        editor().get(BASE + "/" + id + "/comparison").then().statusCode(200);
    }

    @Test
    void windows1252AndBrokenRowsAreFindingsNotRefusals() {
        byte[] w = "concepto;valor\n“Matrícula”;1\n\"sin cerrar;2\n".getBytes(Charset.forName("windows-1252"));
        upload("w1252.csv", w, "").then().statusCode(201)
                .body("profile.encoding", equalTo("windows-1252"))
                .body("profile.findings.code", hasItem("unclosed-quote"))
                .body("profile.columns[0].topCategories.value", hasItem("“Matrícula”"))
                .body("profile.columns.name", not(hasItem("valor;")));
    }

    @Test
    void fileAndColumnNamesFindTheStudyWhereThePublicMayReadThem() {
        upload("matricula_xilofono_2024.csv", "estrato_zafiro;edad\n1;30\n2;41\n".getBytes(StandardCharsets.UTF_8), "")
                .then().statusCode(201);
        upload("clasificado_quetzal.csv", "columna_berilio;edad\n1;30\n".getBytes(StandardCharsets.UTF_8),
                "?accessLevel=clasificada").then().statusCode(201);

        // the file's name, whole or in words, and a column of a public file
        for (String q : List.of("matricula_xilofono_2024.csv", "xilofono", "estrato_zafiro")) {
            anonymous().queryParam("q", q).get("/api/v1/search").then().statusCode(200)
                    .body("items.studyId", hasItem(STUDY));
        }
        // a classified file is named where its study is, but its columns (its content) are not searchable
        anonymous().queryParam("q", "quetzal").get("/api/v1/search").then().statusCode(200)
                .body("items.studyId", hasItem(STUDY));
        anonymous().queryParam("q", "columna_berilio").get("/api/v1/search").then().statusCode(200)
                .body("items.studyId", not(hasItem(STUDY)));
    }
}
