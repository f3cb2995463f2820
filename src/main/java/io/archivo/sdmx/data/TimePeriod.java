package io.archivo.sdmx.data;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An SDMX observational time period with the instant it starts and the one it ends (exclusive), so that periods of
 * different frequencies sort and compare: {@code 2023}, {@code 2023-A1}, {@code 2023-S1}, {@code 2023-T2},
 * {@code 2023-Q1}, {@code 2023-M03}, {@code 2023-W05}, {@code 2023-D032}, {@code 2023-03}, {@code 2023-03-01} and
 * date-times {@code 2023-03-01T10:00:00}. Local date-times: SDMX periods carry no time zone.
 */
public record TimePeriod(String text, LocalDateTime start, LocalDateTime end) {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern REPORTING = Pattern.compile("(\\d{4})-([ASTQMWD])(\\d{1,3})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

    /** Periods already parsed, shared by every stream and load (a data set has few distinct periods). */
    private static final int MAX_CACHED = 20_000;
    private static final java.util.concurrent.ConcurrentHashMap<String, TimePeriod> CACHE =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * As {@link #parse}, from a bounded cache shared across requests: a 1,000-observation answer otherwise parses
     * its 1,000 periods on every request. Once full, the cache keeps what it has and new texts are parsed each time.
     */
    public static Optional<TimePeriod> cached(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        TimePeriod known = CACHE.get(raw);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<TimePeriod> parsed = parse(raw);
        if (parsed.isPresent() && CACHE.size() < MAX_CACHED) {
            CACHE.putIfAbsent(raw, parsed.get());
        }
        return parsed;
    }

    /** The period, or empty when the text is no SDMX time period. */
    public static Optional<TimePeriod> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String t = raw.strip();
        try {
            Matcher m;
            if ((m = YEAR.matcher(t)).matches()) {
                LocalDate s = LocalDate.of(Integer.parseInt(m.group(1)), 1, 1);
                return of(t, s, s.plusYears(1));
            }
            if ((m = MONTH.matcher(t)).matches()) {
                LocalDate s = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1);
                return of(t, s, s.plusMonths(1));
            }
            if ((m = REPORTING.matcher(t)).matches()) {
                return reporting(t, Integer.parseInt(m.group(1)), m.group(2).charAt(0), Integer.parseInt(m.group(3)),
                        m.group(3).length());
            }
            if (t.length() == 10) {
                LocalDate d = LocalDate.parse(t);
                return of(t, d, d.plusDays(1));
            }
            if (t.length() > 10 && t.charAt(10) == 'T') {
                LocalDateTime dt = t.endsWith("Z") || t.matches(".*[+-]\\d{2}:\\d{2}$")
                        ? OffsetDateTime.parse(t).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime()
                        : LocalDateTime.parse(t);
                return Optional.of(new TimePeriod(t, dt, dt.plusSeconds(1)));
            }
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<TimePeriod> reporting(String t, int year, char kind, int n, int digits) {
        LocalDate y = LocalDate.of(year, 1, 1);
        return switch (kind) {
            case 'A' -> n == 1 && digits == 1 ? of(t, y, y.plusYears(1)) : Optional.empty();
            case 'S' -> n >= 1 && n <= 2 && digits == 1 ? of(t, y.plusMonths(6L * (n - 1)), y.plusMonths(6L * n)) : Optional.empty();
            case 'T' -> n >= 1 && n <= 3 && digits == 1 ? of(t, y.plusMonths(4L * (n - 1)), y.plusMonths(4L * n)) : Optional.empty();
            case 'Q' -> n >= 1 && n <= 4 && digits == 1 ? of(t, y.plusMonths(3L * (n - 1)), y.plusMonths(3L * n)) : Optional.empty();
            case 'M' -> n >= 1 && n <= 12 && digits == 2 ? of(t, y.plusMonths(n - 1), y.plusMonths(n)) : Optional.empty();
            case 'W' -> {
                // ISO week 1 is the week with January 4th; the last week is the one with December 28th
                LocalDate monday = LocalDate.of(year, 1, 4).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                int weeks = LocalDate.of(year, 12, 28).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
                yield n >= 1 && n <= weeks && digits == 2 ? of(t, monday.plusWeeks(n - 1), monday.plusWeeks(n)) : Optional.empty();
            }
            case 'D' -> n >= 1 && n <= y.lengthOfYear() && digits == 3 ? of(t, y.plusDays(n - 1), y.plusDays(n)) : Optional.empty();
            default -> Optional.empty();
        };
    }

    private static Optional<TimePeriod> of(String t, LocalDate start, LocalDate end) {
        return Optional.of(new TimePeriod(t, start.atStartOfDay(), end.atStartOfDay()));
    }
}
