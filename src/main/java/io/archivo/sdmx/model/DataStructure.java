package io.archivo.sdmx.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/** A data structure definition (DSD): dimensions, the time dimension, the measure OBS_VALUE and attributes. */
public record DataStructure(ArtefactRef ref, LocalisedText name, LocalisedText description,
        List<Dimension> dimensions, TimeDimension timeDimension, Measure measure, List<DataAttribute> attributes)
        implements MaintainableArtefact {

    public DataStructure {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(name, "name");
        description = description == null ? LocalisedText.EMPTY : description;
        dimensions = List.copyOf(dimensions);
        Objects.requireNonNull(timeDimension, "timeDimension");
        Objects.requireNonNull(measure, "measure");
        attributes = List.copyOf(attributes);
    }

    @Override
    public ArtefactType type() {
        return ArtefactType.DATA_STRUCTURE;
    }

    /** Concept schemes and codelists used by the components, in component order. */
    @Override
    public Set<TypedRef> references() {
        Set<TypedRef> refs = new LinkedHashSet<>();
        for (ConceptRef c : concepts()) {
            refs.add(new TypedRef(ArtefactType.CONCEPT_SCHEME, c.scheme()));
        }
        for (Representation r : representations()) {
            if (r.isEnumerated()) {
                refs.add(new TypedRef(ArtefactType.CODELIST, r.codelist()));
            }
        }
        return refs;
    }

    public List<ConceptRef> concepts() {
        return Stream.of(dimensions.stream().map(Dimension::concept), Stream.of(timeDimension.concept()),
                Stream.of(measure.concept()), attributes.stream().map(DataAttribute::concept))
                .flatMap(s -> s).toList();
    }

    private List<Representation> representations() {
        return Stream.of(dimensions.stream().map(Dimension::representation), Stream.of(measure.representation()),
                attributes.stream().map(DataAttribute::representation)).flatMap(s -> s).toList();
    }
}
