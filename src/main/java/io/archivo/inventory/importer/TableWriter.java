package io.archivo.inventory.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Any table (headers and text rows) as CSV or XLSX, with the same conventions and the same formula-injection
 * guard as the inventory's own export ({@link CsvProcessWriter}, {@link XlsxProcessWriter}).
 */
public final class TableWriter {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setDelimiter(';').get();

    private TableWriter() {
    }

    public static byte[] write(InventoryFormat format, String sheetName, List<String> headers, List<List<String>> rows) {
        return format == InventoryFormat.XLSX ? xlsx(sheetName, headers, rows) : csv(headers, rows);
    }

    public static byte[] csv(List<String> headers, List<List<String>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, FORMAT)) {
            writer.write('\uFEFF');
            printer.printRecord(headers);
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(v -> v == null ? "" : FormulaGuard.guard(v)).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] xlsx(String sheetName, List<String> headers, List<List<String>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName);
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            CellStyle quoted = workbook.createCellStyle();
            quoted.setQuotePrefixed(true);
            Row headerRow = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                headerRow.createCell(i).setCellValue(headers.get(i));
                headerRow.getCell(i).setCellStyle(header);
                sheet.setColumnWidth(i, 30 * 256);
            }
            int r = 1;
            for (List<String> cells : rows) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < cells.size(); i++) {
                    String value = cells.get(i);
                    if (value == null || value.isEmpty()) {
                        continue;
                    }
                    var cell = row.createCell(i);
                    cell.setCellValue(value);
                    if (FormulaGuard.isDangerous(value)) {
                        cell.setCellStyle(quoted);
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, headers.size() - 1));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
