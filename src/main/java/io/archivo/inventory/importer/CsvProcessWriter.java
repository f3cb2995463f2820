package io.archivo.inventory.importer;

import io.archivo.inventory.domain.ProcessData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the inventory as CSV the way Excel in Spanish expects it: UTF-8 with BOM (so accents survive), {@code ;}
 * as separator (the comma is the decimal separator in es-CO) and CRLF line ends. Every cell goes through
 * {@link FormulaGuard}.
 */
public final class CsvProcessWriter {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setDelimiter(';').get();

    private CsvProcessWriter() {
    }

    public static byte[] write(List<ProcessData> processes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, FORMAT)) {
            writer.write('\uFEFF');
            printer.printRecord(ProcessSheetCells.headers());
            for (ProcessData p : processes) {
                printer.printRecord(ProcessSheetCells.cells(p).stream().map(FormulaGuard::guard).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
