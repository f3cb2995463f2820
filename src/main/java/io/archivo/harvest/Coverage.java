package io.archivo.harvest;

import io.archivo.ddi.model.DateRef;
import java.util.List;
import java.util.Objects;

/** The time span a study covers, from its DDI {@code timePrd} dates: earliest start to latest end (ISO dates). */
public record Coverage(String start, String end) {

    public static Coverage of(List<DateRef> periods) {
        List<String> dates = periods.stream().map(DateRef::date).filter(Objects::nonNull)
                .filter(d -> d.matches("\\d{4}(-\\d{2}(-\\d{2})?)?.*")).toList();
        if (dates.isEmpty()) {
            return null;
        }
        String start = periods.stream().filter(p -> !"end".equals(p.event())).map(DateRef::date)
                .filter(dates::contains).min(String::compareTo).orElse(dates.stream().min(String::compareTo).get());
        String end = periods.stream().filter(p -> !"start".equals(p.event())).map(DateRef::date)
                .filter(dates::contains).max(String::compareTo).orElse(dates.stream().max(String::compareTo).get());
        return new Coverage(trim(start), trim(end));
    }

    private static String trim(String date) {
        return date.length() > 10 ? date.substring(0, 10) : date;
    }

    /** ISO 8601 interval ({@code 2025-01-01/2025-12-31}), or the single date. */
    public String interval() {
        return start.equals(end) ? start : start + "/" + end;
    }
}
