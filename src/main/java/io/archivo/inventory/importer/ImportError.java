package io.archivo.inventory.importer;

/**
 * One thing wrong with an inventory file: the spreadsheet row (the header is row 1), the column header as
 * written in the file (or the expected one when it is missing) and the reason, in Spanish.
 */
public record ImportError(int row, String column, String reason) {
}
