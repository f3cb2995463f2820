package io.archivo.sdmx.data.load;

import io.archivo.common.problem.ProblemException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * An XLSX observation table: the first sheet, cells as Excel displays them (so 2021 stays {@code 2021}, not
 * {@code 2021.0}), turned into the CSV the table reader checks. Empty rows are skipped, so a row number in an
 * error counts the non-empty rows (row 1 is the header).
 */
final class XlsxTable {

    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private XlsxTable() {
    }

    static byte[] toCsv(InputStream xlsx) {
        DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook wb = WorkbookFactory.create(xlsx);
                CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.RFC4180)) {
            Sheet sheet = wb.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c, Row.MissingCellPolicy.RETURN_BLANK_AS_NULL);
                    cells.add(cell == null ? "" : formatter.formatCellValue(cell).strip());
                }
                if (cells.stream().anyMatch(s -> !s.isEmpty())) {
                    csv.printRecord(cells);
                }
            }
        } catch (IOException | RuntimeException e) {
            throw ProblemException.badRequest("invalid-xlsx", "Not a readable XLSX workbook",
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
        return out.toByteArray();
    }
}
