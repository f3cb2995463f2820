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
    private static final Pattern DECIMAL_POINT = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
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
        if (v == null) {
            return true;
        }
        int n = v.length();
        if (n > 6 && v.charAt(0) > ' ' && v.charAt(n - 1) > ' ') {
            return false; // the common case, decided without copying
        }
        if (v.isBlank()) {
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
        int kind = kind(v, decimalComma ? ',' : '.');
        if (kind == INT) {
            integers++;
            number(Long.parseLong(v.charAt(0) == '+' ? v.substring(1) : v));
        } else if (kind == DEC || kind == OTHER_NUMBER && DECIMAL_POINT.matcher(v).matches()) {
            decimals++;
            number(Double.parseDouble(decimalComma ? v.replace(',', '.') : v));
        } else if (isDate(v)) {
            dates++;
        } else {
            texts++;
        }
    }

    private static final int INT = 0;
    private static final int DEC = 1;
    private static final int OTHER_NUMBER = 2;
    private static final int OTHER = 3;

    /**
     * One scan instead of regular expressions (a million-row file has millions of cells): an integer of up to 18
     * digits, a decimal with the file's separator, something with an exponent (checked by the pattern), or other.
     */
    static int kind(String v, char separator) {
        int i = v.charAt(0) == '-' || v.charAt(0) == '+' ? 1 : 0;
        int digits = 0;
        int seps = 0;
        for (; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == separator) {
                seps++;
            } else if ((c == 'e' || c == 'E') && separator == '.' && digits > 0) {
                return OTHER_NUMBER;
            } else {
                return OTHER;
            }
        }
        if (digits == 0 || seps > 1) {
            return OTHER;
        }
        return seps == 0 && digits <= 18 ? INT : DEC;
    }

    private static boolean isDate(String v) {
        if (v.length() < 8 || v.length() > 10) {
            return false;
        }
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
