package io.archivo.sdmx.model;

import java.util.Objects;

/** The time dimension; SDMX fixes its id to TIME_PERIOD and its values to observational time periods. */
public record TimeDimension(ConceptRef concept) {
    public static final String ID = "TIME_PERIOD";
    public static final String TEXT_TYPE = "ObservationalTimePeriod";

    public TimeDimension {
        Objects.requireNonNull(concept, "concept");
    }

    public String id() {
        return ID;
    }
}
