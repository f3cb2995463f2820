package io.archivo.files.profile;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Accumulates one column in constant memory: counts per kind of value (to infer the type), Welford's running mean
 * and variance, min/max, exact frequencies of the first {@value #TRACKED} distinct values (the categories of a
 * coded column) and a {@link DistinctCounter} beyond them.
 */
final class ColumnStats {

    /** Distinct values counted exactly; a column with more is not a code list and is estimated. */
    static final int TRACKED = 1000;
    /** Categories shown; a column with at most this many distinct values shows all of them. */
    static final int TOP = 20;
    /** A coded column: at most this many distinct values, each shown with its frequency. */
    private static final int CATEGORICAL = 50;
    private static final int MAX_VALUE_LENGTH = 200;
    private static final Pattern INTEGER = Pattern.compile("[-+]?\\d{1,18}");
    private static final Pattern DECIMAL_POINT = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("[-+]?(\\d+,?\\d*|,\\d+)");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DMY_DATE = Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{4}");
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("d/M/uuuu");

    private final int position;
    private final String name;
    private final boolean decimalComma;
    private long cases;
    private long missing;
    private long integers;
    private long decimals;
    private long dates;
    private long texts;
    private long n;
    private double mean;
    private double m2;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;
    private final Map<String, long[]> frequencies = new HashMap<>();
    private boolean overflow;
    private final DistinctCounter distinct = new DistinctCounter();

    ColumnStats(int position, String name, boolean decimalComma) {
        this.position = position;
        this.name = name;
        this.decimalComma = decimalComma;
    }

    /** Missing: an absent cell, blanks, or the usual spellings of "no value". */
    static boolean isMissing(String v) {
        if (v == null || v.isBlank()) {
            return true;
        }
        String s = v.strip();
        return s.equals(".") || s.equalsIgnoreCase("NA") || s.equalsIgnoreCase("N/A") || s.equalsIgnoreCase("NULL")
                || s.equalsIgnoreCase("NaN");
    }

    void add(String raw) {
        cases++;
        if (isMissing(raw)) {
            missing++;
            return;
        }
        String v = raw.strip();
        if (v.length() > MAX_VALUE_LENGTH) {
            v = v.substring(0, MAX_VALUE_LENGTH);
        }
        count(v);
        if (INTEGER.matcher(v).matches()) {
            integers++;
            number(Long.parseLong(v.startsWith("+") ? v.substring(1) : v));
        } else if (decimalComma ? DECIMAL_COMMA.matcher(v).matches() : DECIMAL_POINT.matcher(v).matches()) {
            decimals++;
            number(Double.parseDouble(decimalComma ? v.replace(',', '.') : v));
        } else if (isDate(v)) {
            dates++;
        } else {
            texts++;
        }
    }

    /** A decimal-comma file's numbers, parsed. Null when {@code v} is no number. */
    static Double parseNumber(String v, boolean decimalComma) {
        String s = v.strip();
        if (INTEGER.matcher(s).matches() || (decimalComma ? DECIMAL_COMMA : DECIMAL_POINT).matcher(s).matches()) {
            return Double.parseDouble(decimalComma ? s.replace(',', '.') : s);
        }
        return null;
    }

    private static boolean isDate(String v) {
        try {
            if (ISO_DATE.matcher(v).matches()) {
                LocalDate.parse(v);
                return true;
            }
            if (DMY_DATE.matcher(v).matches()) {
                LocalDate.parse(v, DMY);
                return true;
            }
        } catch (DateTimeParseException e) {
            return false;
        }
        return false;
    }

    private void number(double x) {
        n++;
        double d = x - mean;
        mean += d / n;
        m2 += d * (x - mean);
        min = Math.min(min, x);
        max = Math.max(max, x);
    }

    private void count(String v) {
        long[] c = frequencies.get(v);
        if (c != null) {
            c[0]++;
            return;
        }
        distinct.add(v);
        if (frequencies.size() < TRACKED) {
            frequencies.put(v, new long[] {1});
        } else {
            overflow = true;
        }
    }

    TableProfile.Column result() {
        long present = cases - missing;
        String type = present == 0 ? "empty"
                : texts > 0 || dates > 0 && integers + decimals > 0 ? "text"
                : dates > 0 ? "date"
                : decimals > 0 ? "decimal" : "integer";
        boolean numeric = type.equals("integer") || type.equals("decimal");
        long distinctCount = overflow ? Math.max(distinct.estimate(), TRACKED) : frequencies.size();
        List<TableProfile.Category> top = null;
        if (!overflow && frequencies.size() <= CATEGORICAL && present > 0) {
            top = new ArrayList<>();
            frequencies.entrySet().stream()
                    .sorted(Comparator.<Map.Entry<String, long[]>>comparingLong(e -> -e.getValue()[0])
                            .thenComparing(Map.Entry::getKey))
                    .limit(TOP).map(e -> new TableProfile.Category(e.getKey(), e.getValue()[0])).forEach(top::add);
        }
        return new TableProfile.Column(position, name, type, cases, missing, distinctCount, !overflow,
                numeric ? min : null, numeric ? max : null, numeric ? round(mean) : null,
                numeric ? round(n > 1 ? Math.sqrt(m2 / (n - 1)) : 0) : null, top);
    }

    private static double round(double x) {
        return Math.round(x * 1e6) / 1e6;
    }
}
