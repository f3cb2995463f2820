package io.archivo.inventory.importer;

import java.util.List;

/** The raw cells of one spreadsheet row; {@code number} is the row number the user sees (the header is row 1). */
public record SheetRow(int number, List<String> cells) {
    public SheetRow {
        cells = List.copyOf(cells);
    }

    public String cell(int index) {
        return index < cells.size() ? cells.get(index) : "";
    }
}
