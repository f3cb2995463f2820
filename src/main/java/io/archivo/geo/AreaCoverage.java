package io.archivo.geo;

import java.util.List;

/**
 * The areas of the frame a study covers, and the values that named none: the mapping report (issue 13: "the mapping
 * is reported, not silent"). Built by {@link AreaMatcher#coverage}; every reader of a study's places uses it.
 *
 * @param areas     each area once (municipality, comunas, corregimientos), with the value and rule that gave it
 * @param unmatched the {@code geogCover} and {@code geogUnit} values that named no area of the frame
 */
public record AreaCoverage(List<Area> areas, List<Unmatched> unmatched) {

    public static final String GEOG_COVER = "geogCover";
    public static final String GEOG_UNIT = "geogUnit";
    public static final String TITLE = "title";

    /** One matched area: its code and name in the frame, and {@code value} of {@code source} matched by {@code rule}. */
    public record Area(String code, String name, String kind, String value, String source, String rule) {
        /** A comuna or a corregimiento: an area within the municipality, what OAI sets and the facet are made of. */
        public boolean withinMunicipality() {
            return GeoArea.COMUNA.equals(kind) || GeoArea.CORREGIMIENTO.equals(kind);
        }
    }

    /** A value that named no area. */
    public record Unmatched(String value, String source) {
    }

    public static final AreaCoverage NONE = new AreaCoverage(List.of(), List.of());

    public AreaCoverage {
        areas = List.copyOf(areas);
        unmatched = List.copyOf(unmatched);
    }

    /** The comunas and corregimientos covered, in the order found. */
    public List<Area> comunasAndCorregimientos() {
        return areas.stream().filter(Area::withinMunicipality).toList();
    }
}
