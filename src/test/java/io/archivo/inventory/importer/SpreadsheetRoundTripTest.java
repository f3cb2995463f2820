package io.archivo.inventory.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archivo.demo.DemoCatalogue;
import io.archivo.common.organisation.Department;
import io.archivo.inventory.domain.ProcessData;
import io.archivo.inventory.domain.ProcessType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Export then import gives back the same processes, in both formats, and exported cells are never formulas. */
class SpreadsheetRoundTripTest {

    private static final ProcessData HOSTILE = ProcessData.builder()
            .code("GEN-99").name("=HYPERLINK(\"http://malo.example\",\"clic\")").department(Department.GENERAL)
            .type(ProcessType.INFORME_GESTION).purpose("+57 300 000 0000").group("-grupo").responsible("@responsable")
            .thematicArea("-5 comunas").build();

    @ParameterizedTest
    @EnumSource(InventoryFormat.class)
    void theDemoCatalogueSurvivesExportAndImport(InventoryFormat format) {
        byte[] file = ProcessSpreadsheets.write(DemoCatalogue.processes(), format);
        ImportReport report = ProcessSpreadsheets.read(file, format);

        assertEquals(List.of(), report.errors());
        assertEquals(DemoCatalogue.processes(), report.processes());
    }

    @ParameterizedTest
    @EnumSource(InventoryFormat.class)
    void formulaLikeValuesSurviveExportAndImport(InventoryFormat format) {
        byte[] file = ProcessSpreadsheets.write(List.of(HOSTILE), format);
        assertEquals(List.of(HOSTILE), ProcessSpreadsheets.read(file, format).processes());
    }

    @Test
    void csvExportPrefixesFormulaTriggersWithAnApostrophe() {
        String csv = new String(ProcessSpreadsheets.write(List.of(HOSTILE), InventoryFormat.CSV), StandardCharsets.UTF_8);

        assertTrue(csv.startsWith("\uFEFFCódigo;Nombre;"), "BOM and ';' for Excel in Spanish");
        assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://malo.example\"\",\"\"clic\"\")\""), csv);
        assertTrue(csv.contains(";'+57 300 000 0000;"), csv);
        assertTrue(csv.contains(";'-grupo;"), csv);
        assertTrue(csv.contains(";'@responsable;"), csv);
        assertTrue(csv.contains(";'-5 comunas;"), csv);
        assertEquals("'\tx", FormulaGuard.guard("\tx"));
        assertEquals("'\rx", FormulaGuard.guard("\rx"));
        assertEquals("\tx", FormulaGuard.unguard("'\tx"));
        assertEquals("'quoted", FormulaGuard.unguard("'quoted"), "only apostrophes the exporter added are removed");
    }

    @Test
    void xlsxExportWritesTextCellsWithTheQuotePrefix() throws Exception {
        byte[] xlsx = ProcessSpreadsheets.write(List.of(HOSTILE), InventoryFormat.XLSX);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet(XlsxProcessWriter.SHEET_NAME);
            Row row = sheet.getRow(1);
            for (Cell cell : row) {
                assertEquals(CellType.STRING, cell.getCellType(), "no formula cells");
                if (FormulaGuard.isDangerous(cell.getStringCellValue())) {
                    assertTrue(cell.getCellStyle().getQuotePrefixed(), cell.getStringCellValue());
                }
            }
            assertEquals("=HYPERLINK(\"http://malo.example\",\"clic\")", row.getCell(1).getStringCellValue());
        }
    }

    @Test
    void xlsxImportReportsBadRowsAndTakesCachedFormulaValues() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Hoja1");
            String[][] rows = {
                {"Código", "Nombre", "Dependencia", "Tipo de proceso", "Clasificación Ley 1712", "Documentado"},
                {"HAC-70", "Recaudo de prueba", "Hacienda", "Operación estadística", "Pública", "Sí"},
                {"HAC-71", "Otro", "Hacienda", "Desconocido", "Pública", "No"},
            };
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            sheet.getRow(1).getCell(5).setCellFormula("IF(1=1,\"Sí\",\"No\")"); // no cached value: read as blank → No
            workbook.write(out);
        }
        ImportReport report = ProcessSpreadsheets.read(out.toByteArray(), InventoryFormat.XLSX);

        CsvImportTest.assertHas(report, 3, "Tipo de proceso", "Desconocido");
        assertEquals(1, report.errors().size(), report.errors().toString());
    }

    @Test
    void unreadableXlsxIsReportedNotThrown() {
        ImportReport report = ProcessSpreadsheets.read("PK not really a zip".getBytes(StandardCharsets.UTF_8), InventoryFormat.XLSX);
        CsvImportTest.assertHas(report, 1, null, "no se pudo leer");
    }

    @Test
    void sniffsTheFormatFromTheContent() {
        assertEquals(InventoryFormat.XLSX, InventoryFormat.sniff(ProcessSpreadsheets.write(List.of(), InventoryFormat.XLSX)));
        assertEquals(InventoryFormat.CSV, InventoryFormat.sniff(ProcessSpreadsheets.write(List.of(), InventoryFormat.CSV)));
    }
}
