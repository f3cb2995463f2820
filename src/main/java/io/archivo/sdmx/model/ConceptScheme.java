package io.archivo.sdmx.model;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/** A maintainable scheme of {@link Concept}s. */
public record ConceptScheme(ArtefactRef ref, LocalisedText name, LocalisedText description, List<Concept> concepts)
        implements ItemScheme<Concept> {

    public ConceptScheme {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(name, "name");
        description = description == null ? LocalisedText.EMPTY : description;
        concepts = List.copyOf(concepts);
    }

    @Override
    public ArtefactType type() {
        return ArtefactType.CONCEPT_SCHEME;
    }

    @Override
    public List<Concept> items() {
        return concepts;
    }

    @Override
    public ConceptScheme withItems(Predicate<String> keepItemId) {
        return new ConceptScheme(ref, name, description, concepts.stream().filter(i -> keepItemId.test(i.id())).toList());
    }
}
