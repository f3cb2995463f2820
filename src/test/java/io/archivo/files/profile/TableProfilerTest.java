package io.archivo.files.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tabular profiler on the files Colombian offices really export, and on broken ones. */
class TableProfilerTest {

    @TempDir
    Path dir;

    private Path write(String name, String text, Charset cs) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, text.getBytes(cs));
        return p;
    }

    private static TableProfile.Column col(TableProfile p, String name) {
        return p.columns().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void latin1SemicolonDecimalCommaExport() throws IOException {
        String csv = "comuna;nombre_barrio;tiempo_viaje;modo\n"
                + "1;San Antonio;35,5;1\n"
                + "2;El Peñón;20;2\n"
                + "1;Siloé;;99\n"
                + "3;Ciudad Córdoba;42,25;1\n";
        TableProfile p = TableProfiler.csv(write("emc.csv", csv, StandardCharsets.ISO_8859_1));
        assertEquals("ISO-8859-1", p.encoding());
        assertEquals(";", p.delimiter());
        assertEquals(",", p.decimalSeparator());
        assertEquals(4, p.rows());
        assertEquals(List.of("comuna", "nombre_barrio", "tiempo_viaje", "modo"),
                p.columns().stream().map(TableProfile.Column::name).toList());
        TableProfile.Column t = col(p, "tiempo_viaje");
        assertEquals("decimal", t.type());
        assertEquals(4, t.cases());
        assertEquals(1, t.missing());
        assertEquals(20.0, t.min());
        assertEquals(42.25, t.max());
        assertEquals((35.5 + 20 + 42.25) / 3, t.mean(), 1e-6);
        assertTrue(t.stddev() > 0);
        TableProfile.Column barrio = col(p, "nombre_barrio");
        assertEquals("text", barrio.type());
        assertTrue(barrio.topCategories().stream().anyMatch(c -> c.value().equals("El Peñón")), "decoded as Latin-1");
        TableProfile.Column modo = col(p, "modo");
        assertEquals("integer", modo.type());
        assertEquals(3, modo.distinct());
        assertTrue(modo.distinctExact());
        assertEquals(new TableProfile.Category("1", 2), modo.topCategories().get(0));
        assertTrue(p.findings().isEmpty(), p.findings().toString());
    }

    @Test
    void windows1252IsToldFromLatin1ByItsC1Bytes() throws IOException {
        String csv = "concepto;valor\n“Matrícula” 2024;1\nCosto €;2\n";
        TableProfile p = TableProfiler.csv(write("w.csv", csv, Charset.forName("windows-1252")));
        assertEquals("windows-1252", p.encoding());
        assertTrue(col(p, "concepto").topCategories().stream().anyMatch(c -> c.value().equals("Costo €")));
    }

    @Test
    void utf8WithBomCommaAndQuotedFieldsOverSeveralLines() throws IOException {
        String csv = "\uFEFFid,nota,fecha\n1,\"una, con coma\",2024-01-31\n2,\"dos\nlíneas\",2024-02-29\n"
                + "3,\"comillas \"\"dobles\"\"\",2024-03-01\n4,x\n";
        TableProfile p = TableProfiler.csv(write("u.csv", csv, StandardCharsets.UTF_8));
        assertEquals("UTF-8", p.encoding());
        assertEquals(",", p.delimiter());
        assertEquals(".", p.decimalSeparator());
        assertEquals("id", p.columns().get(0).name(), "the BOM is not part of the first name");
        assertEquals(4, p.rows());
        assertEquals("date", col(p, "fecha").type());
        assertEquals(1, col(p, "fecha").missing());
        assertTrue(col(p, "nota").topCategories().stream().anyMatch(c -> c.value().equals("comillas \"dobles\"")));
        TableProfile.Finding bad = p.findings().get(0);
        assertEquals("inconsistent-columns", bad.code());
        assertEquals(List.of(6L), bad.lines(), "the physical line, after the two-line field");
    }

    @Test
    void inconsistentRowsAreReportedWithLineNumbersNotRejected() throws IOException {
        StringBuilder csv = new StringBuilder("a\tb\tc\n");
        for (int i = 2; i <= 300; i++) {
            csv.append(i % 3 == 0 ? i + "\t1\n" : i % 7 == 0 ? i + "\t1\t2\t3\n" : i + "\t1\t2\n");
        }
        csv.append("\n\n");
        TableProfile p = TableProfiler.csv(write("t.tsv", csv.toString(), StandardCharsets.UTF_8));
        assertEquals("\t", p.delimiter());
        assertEquals(299, p.rows());
        TableProfile.Finding bad = p.findings().get(0);
        assertEquals("inconsistent-columns", bad.code());
        long expected = java.util.stream.IntStream.rangeClosed(2, 300).filter(i -> i % 3 == 0 || i % 7 == 0).count();
        assertEquals(expected, bad.count());
        assertEquals(TableProfiler.MAX_LINES, bad.lines().size());
        assertEquals(List.of(3L, 6L, 7L, 9L), bad.lines().subList(0, 4));
        assertEquals(100, col(p, "c").missing(), "short rows: their missing cells count as missing");
    }

    @Test
    void unclosedQuoteAndUndecodableBytesAreFindings() throws IOException {
        Path f = dir.resolve("broken.csv");
        byte[] head = "x,y\n1,ok\n2,\"abierta\n3,z\n".getBytes(StandardCharsets.UTF_8);
        Files.write(f, head);
        TableProfile p = TableProfiler.csv(f);
        assertTrue(p.findings().stream().anyMatch(x -> x.code().equals("unclosed-quote") && x.lines().equals(List.of(3L))),
                p.findings().toString());

        // valid UTF-8 in the sample, an invalid byte far beyond it
        StringBuilder sb = new StringBuilder("k,v\n");
        for (int i = 0; i < 10_000; i++) {
            sb.append(i).append(",ñandú\n");
        }
        byte[] good = sb.toString().getBytes(StandardCharsets.UTF_8);
        byte[] all = java.util.Arrays.copyOf(good, good.length + 5);
        System.arraycopy(new byte[] {'9', ',', (byte) 0xE9, 'x', '\n'}, 0, all, good.length, 5);
        Files.write(f, all);
        p = TableProfiler.csv(f);
        assertEquals("UTF-8", p.encoding());
        TableProfile.Finding bytes = p.findings().stream().filter(x -> x.code().equals("undecodable-bytes"))
                .findFirst().orElseThrow();
        assertEquals(List.of(10_002L), bytes.lines());
    }

    @Test
    void distinctValuesAreEstimatedInBoundedMemoryBeyondTheTrackedOnes() throws IOException {
        StringBuilder sb = new StringBuilder("id,sexo\n");
        for (int i = 0; i < 50_000; i++) {
            sb.append("ID-").append(i).append(',').append(i % 2 == 0 ? "M" : "F").append('\n');
        }
        TableProfile p = TableProfiler.csv(write("ids.csv", sb.toString(), StandardCharsets.UTF_8));
        TableProfile.Column id = col(p, "id");
        assertFalse(id.distinctExact());
        assertEquals(50_000, id.distinct(), 50_000 * 0.05);
        assertNull(id.topCategories(), "an identifier is not a code list");
        TableProfile.Column sexo = col(p, "sexo");
        assertTrue(sexo.distinctExact());
        assertEquals(2, sexo.distinct());
        assertEquals(25_000, sexo.topCategories().get(0).count());
    }

    @Test
    void emptyTablesAreFindings() throws IOException {
        assertEquals("no-rows", TableProfiler.csv(write("h.csv", "a;b\n", StandardCharsets.UTF_8)).findings().get(0).code());
        TableProfile dup = TableProfiler.csv(write("d.csv", "a,a,\n1,2,3\n", StandardCharsets.UTF_8));
        assertTrue(dup.findings().stream().anyMatch(f -> f.code().equals("duplicate-column-names")));
        assertTrue(dup.findings().stream().anyMatch(f -> f.code().equals("unnamed-columns")));
        assertEquals("column_3", dup.columns().get(2).name());
    }

    @Test
    void xlsxFirstSheetIsStreamedWithRawNumbersAndIsoDates() throws IOException {
        Path f = dir.resolve("libro.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            Sheet s = wb.createSheet("datos");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Row h = s.createRow(0);
            h.createCell(0).setCellValue("documento");
            h.createCell(1).setCellValue("ingreso");
            h.createCell(2).setCellValue("fecha");
            h.createCell(3).setCellValue("barrio");
            for (int i = 1; i <= 30; i++) {
                Row r = s.createRow(i);
                r.createCell(0).setCellValue(760010001000L + i);
                r.createCell(1).setCellValue(1000.5 * i);
                var c = r.createCell(2);
                c.setCellValue(LocalDate.of(2024, 1, i));
                c.setCellStyle(date);
                if (i % 5 != 0) { // a gap every fifth row
                    r.createCell(3).setCellValue(i % 2 == 0 ? "Siloé" : "Meléndez");
                }
            }
            wb.createSheet("notas").createRow(0).createCell(0).setCellValue("x");
            wb.write(out);
        }
        TableProfile p = TableProfiler.xlsx(f, 1L << 29);
        assertEquals("xlsx", p.format());
        assertEquals("datos", p.sheet());
        assertEquals(30, p.rows());
        TableProfile.Column doc = col(p, "documento");
        assertEquals("integer", doc.type());
        assertEquals(760010001001.0, doc.min(), "no 7.6E+11");
        assertEquals("decimal", col(p, "ingreso").type());
        assertEquals(30015.0, col(p, "ingreso").max());
        assertEquals("date", col(p, "fecha").type());
        assertEquals(6, col(p, "barrio").missing());
        assertNotNull(p.findings().stream().filter(x -> x.code().equals("other-sheets")).findFirst().orElse(null));
    }
}
