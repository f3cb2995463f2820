package io.archivo.sdmx.data.load;

/** One finding of a load's validation: the CSV row (the header is row 1), the column, the value and what is wrong. */
public record LoadError(long row, String column, String value, String message) {
}
