package io.archivo.geo;

import java.time.Instant;
import java.util.List;

/** One published version of the frame (codelist {@code CL_AREA_CALI}), areas in their official order. */
public record AreaFrame(String version, Instant publishedAt, List<GeoArea> areas) {

    public static final String CODELIST_ID = "CL_AREA_CALI";

    public AreaFrame {
        areas = List.copyOf(areas);
    }

    public AreaMatcher matcher() {
        return new AreaMatcher(areas);
    }
}
