package io.archivo.sdmx.data.query;

import io.archivo.sdmx.data.TimePeriod;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Which observations of one dataflow a query asks for. {@code key} has one entry per non-time dimension, in DSD
 * order: the allowed values, or an empty set for any. {@code start} and {@code end} bound the period starts
 * (inclusive start of {@code start}, exclusive end of {@code end}); {@code updatedAfter} the last change.
 */
public record DataSelection(List<Set<String>> key, TimePeriod start, TimePeriod end, Instant updatedAfter,
        boolean includeDrafts) {

    public DataSelection {
        key = List.copyOf(key);
    }
}
