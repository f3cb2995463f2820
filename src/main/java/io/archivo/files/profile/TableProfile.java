package io.archivo.files.profile;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What profiling found in a tabular file: how it was read (format, encoding, delimiter, decimal separator, sheet),
 * the data rows, one {@link Column} per header cell, and findings about the file (bad rows with their line numbers,
 * undecodable bytes, …) — problems are reported here, the file is not rejected for them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TableProfile(String format, String encoding, String delimiter, String decimalSeparator, String sheet,
        long rows, List<Column> columns, List<Finding> findings) {

    /**
     * One column. {@code type}: {@code integer}, {@code decimal}, {@code date}, {@code text} or {@code empty} (all
     * missing). {@code distinct} is exact when {@code distinctExact}, else an estimate (HyperLogLog, ±2%).
     * Numbers ({@code min} … {@code stddev}) only for numeric columns; {@code topCategories} when few values repeat.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Column(int position, String name, String type, long cases, long missing, long distinct,
            boolean distinctExact, Double min, Double max, Double mean, Double stddev, List<Category> topCategories) {

        public boolean numeric() {
            return "integer".equals(type) || "decimal".equals(type);
        }
    }

    public record Category(String value, long count) {
    }

    /** A finding: a code, a sentence, and for row problems the first line numbers (of {@code count} in all). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Finding(String code, String message, Long count, List<Long> lines) {

        public static Finding of(String code, String message) {
            return new Finding(code, message, null, null);
        }
    }
}
