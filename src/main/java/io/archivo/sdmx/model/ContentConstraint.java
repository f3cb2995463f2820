package io.archivo.sdmx.model;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An actual content constraint (SDMX 3.0: a {@code DataConstraint} with role {@code Actual}): the codes of a
 * dataflow's dimensions that have data, as one cube region, with the period range they cover and how many
 * observations they hold. What {@code availableconstraint} (v1) and {@code availability} (v2) answer.
 */
public record ContentConstraint(ArtefactRef ref, LocalisedText name, LocalisedText description, ArtefactRef dataflow,
        List<KeyValues> keyValues, TimeRange timeRange, long observations) implements MaintainableArtefact {

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
