package io.archivo.sdmx.data;

import java.util.List;
import java.util.Map;

/**
 * One observation: the non-time dimension values in DSD order (its series key), the time period, the value (null
 * when missing) and the attribute values by component id ({@code OBS_STATUS} included).
 */
public record Observation(List<String> key, TimePeriod period, Double value, Map<String, String> attributes) {

    public Observation {
        key = List.copyOf(key);
        attributes = Map.copyOf(attributes);
    }

    public String seriesKey() {
        return String.join(".", key);
    }
}
