package io.archivo.inventory.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the first sheet of an XLSX inventory; row 1 holds the headers. Formulas are not evaluated: their value
 * cached by the spreadsheet program is taken, so a file can never make the server compute anything.
 */
public final class XlsxTableReader {

    private static final DataFormatter FORMATTER = new DataFormatter(Locale.ROOT);

    private XlsxTableReader() {
    }

    public static SheetTable read(byte[] content) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                return new SheetTable(List.of(), List.of());
            }
            Sheet sheet = workbook.getSheetAt(0);
            List<String> headers = List.of();
            List<SheetRow> rows = new ArrayList<>();
            int headerRow = sheet.getFirstRowNum();
            for (Row row : sheet) {
                List<String> cells = cellsOf(row);
                if (row.getRowNum() == headerRow) {
                    headers = cells;
                } else if (!cells.stream().allMatch(String::isBlank)) {
                    rows.add(new SheetRow(row.getRowNum() + 1, cells));
                }
            }
            return new SheetTable(headers, rows);
        } catch (RuntimeException e) {
            // POI reports corrupt or non-XLSX content with assorted runtime exceptions
            throw new IOException("XLSX ilegible: " + e.getMessage(), e);
        }
    }

    private static List<String> cellsOf(Row row) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < Math.max(0, row.getLastCellNum()); i++) {
            cells.add(textOf(row.getCell(i)));
        }
        return cells;
    }

    private static String textOf(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> cell.getBooleanCellValue() ? "Sí" : "No";
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : FORMATTER.formatRawCellContents(cell.getNumericCellValue(), -1, "General");
            default -> "";
        };
    }
}
