package io.archivo.sdmx.model;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A content constraint (SDMX 3.0: a {@code DataConstraint}) on a dataflow, as one cube region. {@link Role#ACTUAL}:
 * the codes of the dataflow's dimensions that have data, with the period range they cover and how many
 * observations they hold — what {@code availableconstraint} (v1) and {@code availability} (v2) answer.
 * {@link Role#ALLOWED}: the codes data may use (no period range, no count).
 */
public record ContentConstraint(ArtefactRef ref, LocalisedText name, LocalisedText description, ArtefactRef dataflow,
        List<KeyValues> keyValues, TimeRange timeRange, long observations, Role role) implements MaintainableArtefact {

    /** SDMX 2.1 {@code type}, 3.0 {@code role}: what the constraint states. */
    public enum Role {
        ACTUAL("Actual"), ALLOWED("Allowed");

        private final String sdmxName;

        Role(String sdmxName) {
            this.sdmxName = sdmxName;
        }

        /** {@code Actual} / {@code Allowed}, as SDMX-ML and SDMX-JSON spell it. */
        public String sdmxName() {
            return sdmxName;
        }
    }

    /** An actual constraint. */
    public ContentConstraint(ArtefactRef ref, LocalisedText name, LocalisedText description, ArtefactRef dataflow,
            List<KeyValues> keyValues, TimeRange timeRange, long observations) {
        this(ref, name, description, dataflow, keyValues, timeRange, observations, Role.ACTUAL);
    }

    /** An allowed constraint: the codes data of the dataflow may use. */
    public static ContentConstraint allowed(ArtefactRef ref, LocalisedText name, LocalisedText description,
            ArtefactRef dataflow, List<KeyValues> keyValues) {
        return new ContentConstraint(ref, name, description, dataflow, keyValues, null, 0, Role.ALLOWED);
    }

    public boolean isActual() {
        return role == Role.ACTUAL;
    }

    /** One dimension of the cube region and the codes it has data for. */
    public record KeyValues(String id, List<String> values) {
        public KeyValues {
            Objects.requireNonNull(id, "id");
            values = List.copyOf(values);
        }
    }

    /** The periods covered: the first and the last period with data, both inclusive. */
    public record TimeRange(String start, String end) {
        public TimeRange {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
        }
    }

    /** The SDMX 3.0 class of this artefact. */
    public static final String URN_CLASS_30 = "DataConstraint";

    public ContentConstraint {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(name, "name");
        description = description == null ? LocalisedText.EMPTY : description;
        Objects.requireNonNull(dataflow, "dataflow");
        keyValues = List.copyOf(keyValues);
        role = role == null ? Role.ACTUAL : role;
    }

    @Override
    public ArtefactType type() {
        return ArtefactType.CONTENT_CONSTRAINT;
    }

    @Override
    public Set<TypedRef> references() {
        return Set.of(new TypedRef(ArtefactType.DATAFLOW, dataflow));
    }

    /** The URN in SDMX 3.0, where content constraints became data constraints. */
    public String urn30() {
        return "urn:sdmx:org.sdmx.infomodel.registry." + URN_CLASS_30 + "=" + ref;
    }
}
