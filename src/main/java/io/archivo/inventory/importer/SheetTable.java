package io.archivo.inventory.importer;

import java.util.List;

/** A spreadsheet read as text, before any meaning is given to its columns: CSV and XLSX both end up here. */
public record SheetTable(List<String> headers, List<SheetRow> rows) {
    public SheetTable {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }
}
