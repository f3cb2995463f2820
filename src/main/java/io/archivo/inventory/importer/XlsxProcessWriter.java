package io.archivo.inventory.importer;

import io.archivo.inventory.domain.ProcessData;
import io.archivo.inventory.domain.ProcessField;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the inventory as one XLSX sheet named "Procesos". All cells are text cells, never formulas; those that
 * start like a formula also get Excel's quote-prefix style (the invisible apostrophe), so editing such a cell in
 * Excel does not turn it into a formula either, while the stored value stays exactly the process's value.
 */
public final class XlsxProcessWriter {

    public static final String SHEET_NAME = "Procesos";

    private XlsxProcessWriter() {
    }

    public static byte[] write(List<ProcessData> processes) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(SHEET_NAME);
            CellStyle header = headerStyle(workbook);
            CellStyle quoted = workbook.createCellStyle();
            quoted.setQuotePrefixed(true);

            List<String> headers = ProcessSheetCells.headers();
            Row headerRow = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                headerRow.createCell(i).setCellValue(headers.get(i));
                headerRow.getCell(i).setCellStyle(header);
                sheet.setColumnWidth(i, widthOf(ProcessField.values()[i]));
            }
            int r = 1;
            for (ProcessData p : processes) {
                Row row = sheet.createRow(r++);
                List<String> cells = ProcessSheetCells.cells(p);
                for (int i = 0; i < cells.size(); i++) {
                    String value = cells.get(i);
                    if (value.isEmpty()) {
                        continue;
                    }
                    var cell = row.createCell(i);
                    cell.setCellValue(value);
                    if (FormulaGuard.isDangerous(value)) {
                        cell.setCellStyle(quoted);
                    }
                }
            }
            sheet.createFreezePane(2, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, headers.size() - 1));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CellStyle headerStyle(XSSFWorkbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(bold);
        return style;
    }

    // fixed widths (in 1/256 of a character): autoSizeColumn needs AWT fonts, which servers often lack
    private static int widthOf(ProcessField field) {
        return switch (field) {
            case NAME, PURPOSE, NORMS, TARGET_POPULATION, OBSERVATION_UNITS -> 50 * 256;
            case CODE, DOCUMENTED, DANE_STANDARD, DANE_INSTRUMENTS, PUBLIC_DISSEMINATION, ILLUSTRATIVE -> 14 * 256;
            default -> 26 * 256;
        };
    }
}
