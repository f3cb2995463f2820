package io.archivo.sdmx.data.query;

import io.archivo.sdmx.data.DataflowStructure;
import io.archivo.sdmx.data.TimePeriod;
import io.archivo.sdmx.data.format.DataMessage.Detail;
import io.archivo.sdmx.model.TimeDimension;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The parts of a data query that do not depend on the API version, parsed and checked: the key filter per
 * dimension, the period range, updatedAfter, first/last N observations per series, detail and the observation
 * dimension. Syntax mistakes are {@link DataQueryException#syntax}.
 */
public record DataParameters(DataSelection selection, Integer firstN, Integer lastN, Detail detail, boolean flat) {

    /** SDMX REST v1 key: dot-separated positions, each empty (any) or values joined by {@code +}; {@code all} = any. */
    public static List<Set<String>> v1Key(String key, DataflowStructure s) {
        int n = s.dimensions().size();
        List<Set<String>> out = new ArrayList<>();
        if (key == null || key.isBlank() || key.equals("all") || key.equals("*")) {
            for (int i = 0; i < n; i++) {
                out.add(Set.of());
            }
            return out;
        }
        String[] parts = key.split("\\.", -1);
        if (parts.length != n) {
            throw DataQueryException.syntax("The key '" + key + "' has " + parts.length + " positions; "
                    + s.dsd().ref() + " has " + n + " dimensions (" + String.join(".",
                            s.dimensions().stream().map(d -> d.id()).toList()) + ")");
        }
        for (String p : parts) {
            Set<String> values = new LinkedHashSet<>();
            if (!p.isEmpty() && !p.equals("*")) {
                for (String v : p.split("[+ ]")) {
                    if (!v.isEmpty()) {
                        values.add(v);
                    }
                }
            }
            out.add(values);
        }
        return out;
    }

    /**
     * SDMX REST v2 component filters {@code c[DIM]=A+B} (or {@code A,B}) narrowing the key, and
     * {@code c[TIME_PERIOD]=ge:2020+le:2022} narrowing the period.
     */
    public static TimePeriod[] applyComponentFilters(Map<String, String> filters, DataflowStructure s,
            List<Set<String>> key) {
        TimePeriod[] range = new TimePeriod[2];
        for (Map.Entry<String, String> f : filters.entrySet()) {
            String comp = f.getKey();
            if (comp.equals(TimeDimension.ID)) {
                // an unencoded '+' arrives as a space (form decoding): split on it too, as for dimensions
                for (String part : f.getValue().split("[+, ]")) {
                    String p = part.strip();
                    if (p.startsWith("ge:")) {
                        range[0] = period(p.substring(3), "c[TIME_PERIOD]");
                    } else if (p.startsWith("le:")) {
                        range[1] = period(p.substring(3), "c[TIME_PERIOD]");
                    } else if (!p.isEmpty()) {
                        TimePeriod t = period(p.startsWith("eq:") ? p.substring(3) : p, "c[TIME_PERIOD]");
                        range[0] = t;
                        range[1] = t;
                    }
                }
                continue;
            }
            int i = s.dimensionIndex(comp);
            if (i < 0) {
                throw DataQueryException.syntax("c[" + comp + "]: " + s.dsd().ref() + " has no dimension " + comp);
            }
            Set<String> values = new LinkedHashSet<>();
            for (String v : f.getValue().split("[+, ]")) {
                String t = v.startsWith("eq:") ? v.substring(3) : v;
                if (t.contains(":")) {
                    throw DataQueryException.notImplemented("operator in c[" + comp + "]=" + f.getValue()
                            + " (only eq: and lists on dimensions)");
                }
                if (!t.isEmpty() && !t.equals("*")) {
                    values.add(t);
                }
            }
            if (!values.isEmpty()) {
                Set<String> current = key.get(i);
                if (!current.isEmpty()) {
                    values.retainAll(current);
                    if (values.isEmpty()) {
                        values.add("\u0000none"); // the key and the filter exclude each other: nothing matches
                    }
                }
                key.set(i, values);
            }
        }
        return range;
    }

    public static TimePeriod period(String raw, String name) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return TimePeriod.parse(raw).orElseThrow(() -> DataQueryException.syntax(name + "=" + raw
                + " is no SDMX period (2023, 2023-S1, 2023-Q1, 2023-M03, 2023-W05, 2023-03, 2023-03-01)"));
    }

    /** ISO 8601 date-time (a {@code +} that arrived as a space is restored) or date. */
    public static Instant instant(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String t = raw.strip().replace(' ', '+');
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return java.time.LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                try {
                    return LocalDate.parse(t).atStartOfDay().toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException e3) {
                    throw DataQueryException.syntax("updatedAfter=" + raw + " is no ISO 8601 date-time");
                }
            }
        }
    }

    public static Integer count(String raw, String name) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            int n = Integer.parseInt(raw.strip());
            if (n < 1) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw DataQueryException.syntax(name + " must be a positive integer, not '" + raw + "'");
        }
    }

    /** A boolean parameter: absent, {@code true} or {@code false} (any case); anything else is a syntax error. */
    public static boolean bool(String raw, String name) {
        if (raw == null || raw.isBlank() || raw.strip().equalsIgnoreCase("false")) {
            return false;
        }
        if (raw.strip().equalsIgnoreCase("true")) {
            return true;
        }
        throw DataQueryException.syntax(name + " must be true or false, not '" + raw + "'");
    }

    /** SDMX REST v2.2's patterns of {@code sort} and {@code reportingYearStartDay}. */
    private static final Pattern SORT = Pattern.compile(
            "(([A-Za-z0-9_@$\\-]+(:(asc|desc))?(\\+[A-Za-z0-9_@$\\-]+(:(asc|desc))*)*)|((\\*)+(:(asc|desc))?))");
    private static final Pattern YEAR_START_DAY = Pattern.compile("--\\d{2}-\\d{2}");

    /**
     * The v2 data options Archivo does not implement, checked: a value the specification rejects is a syntax
     * error (400); a valid one that would change the answer is not implemented (501): {@code offset} above 0,
     * any {@code limit}, any {@code sort} (answers come in series-key and period order). {@code offset=0} is the
     * default and ignored; so is {@code reportingYearStartDay=--01-01} (Archivo's reporting years are calendar years),
     * another valid start day is 501. A {@code +} of {@code sort} that arrived as a space is read as {@code +}.
     */
    public static void v2Options(String offset, String limit, String sort, String reportingYearStartDay) {
        Integer off = integer(offset, "offset", 0);
        if (off != null && off > 0) {
            throw DataQueryException.notImplemented("offset (paging through data): query without it");
        }
        if (integer(limit, "limit", 1) != null) {
            throw DataQueryException.notImplemented("limit (paging through data): use firstNObservations or "
                    + "lastNObservations, per series");
        }
        if (sort != null) {
            if (!SORT.matcher(sort.replace(' ', '+')).matches()) {
                throw DataQueryException.syntax("sort=" + sort + " is no SDMX sort expression");
            }
            throw DataQueryException.notImplemented("sort (answers come ordered by series key and period)");
        }
        yearStartDay(reportingYearStartDay);
    }

    /** {@code reportingYearStartDay}: {@code --MM-DD}; {@code --01-01} is what Archivo assumes, another day 501. */
    public static void yearStartDay(String raw) {
        if (raw == null) {
            return;
        }
        if (!YEAR_START_DAY.matcher(raw).matches()) {
            throw DataQueryException.syntax("reportingYearStartDay=" + raw + " is not --MM-DD");
        }
        if (!raw.equals("--01-01")) {
            throw DataQueryException.notImplemented("reportingYearStartDay other than --01-01 (reporting years are "
                    + "calendar years)");
        }
    }

    private static Integer integer(String raw, String name, int minimum) {
        if (raw == null) {
            return null;
        }
        try {
            int n = Integer.parseInt(raw.strip());
            if (n >= minimum) {
                return n;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw DataQueryException.syntax(name + " must be an integer of at least " + minimum + ", not '" + raw + "'");
    }

    public static Detail detail(String raw) {
        if (raw == null || raw.isBlank()) {
            return Detail.FULL;
        }
        try {
            return Detail.valueOf(raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DataQueryException.syntax("detail must be full, dataonly, serieskeysonly or nodata, not '" + raw + "'");
        }
    }

    /** TIME_PERIOD (default) → series; AllDimensions → flat; another dimension is not supported (501). */
    public static boolean flat(String raw, DataflowStructure s) {
        if (raw == null || raw.isBlank() || raw.equals(TimeDimension.ID)) {
            return false;
        }
        if (raw.equals("AllDimensions")) {
            return true;
        }
        if (s.dimensionIndex(raw) >= 0) {
            throw DataQueryException.notImplemented("dimensionAtObservation=" + raw
                    + " (TIME_PERIOD and AllDimensions are supported)");
        }
        throw DataQueryException.syntax("dimensionAtObservation=" + raw + ": no such dimension in " + s.dsd().ref());
    }
}
