package io.archivo.inventory.importer;

import io.archivo.inventory.domain.ProcessData;
import java.io.IOException;
import java.util.List;

/** Entry point of the inventory's spreadsheet I/O: one call to read a file, one to write one. */
public final class ProcessSpreadsheets {

    private ProcessSpreadsheets() {
    }

    /** Reads and checks a whole file; an unreadable file is reported as an error of row 1. */
    public static ImportReport read(byte[] content, InventoryFormat format) {
        SheetTable table;
        try {
            table = format == InventoryFormat.XLSX ? XlsxTableReader.read(content) : CsvTableReader.read(content);
        } catch (IOException e) {
            return new ImportReport(List.of(), List.of(new ImportError(1, null, "no se pudo leer el archivo "
                    + format.extension().toUpperCase(java.util.Locale.ROOT) + ": " + e.getMessage())));
        }
        return ProcessSheetMapper.map(table);
    }

    public static byte[] write(List<ProcessData> processes, InventoryFormat format) {
        return format == InventoryFormat.XLSX ? XlsxProcessWriter.write(processes) : CsvProcessWriter.write(processes);
    }
}
