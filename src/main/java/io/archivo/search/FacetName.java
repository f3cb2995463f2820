package io.archivo.search;

import java.util.Optional;

/** The facets a search offers; {@link #key()} is the name used in requests, results and in the index. */
public enum FacetName {
    DEPARTMENT("department"),
    THEMATIC_AREA("thematicArea"),
    TOPIC("topic"),
    PROCESS_TYPE("processType"),
    KIND_OF_DATA("kindOfData"),
    GEOGRAPHIC_COVERAGE("geographicCoverage"),
    /** The comunas and corregimientos of Cali's frame the study covers, by name (e.g. {@code Comuna 3}, {@code Pance}). */
    AREA("area"),
    UNIT_OF_ANALYSIS("unitOfAnalysis"),
    ACCESS_CLASSIFICATION("accessClassification"),
    LANGUAGE("language"),
    /** Decades the study's period touches, e.g. {@code 2020-2029}. */
    YEAR_RANGE("yearRange");

    private final String key;

    FacetName(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<FacetName> fromKey(String key) {
        for (FacetName f : values()) {
            if (f.key.equalsIgnoreCase(key)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
