package io.archivo.sdmx.model;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/** A maintainable scheme of {@link Agency}s. */
public record AgencyScheme(ArtefactRef ref, LocalisedText name, LocalisedText description, List<Agency> agencies)
        implements ItemScheme<Agency> {

    public AgencyScheme {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(name, "name");
        description = description == null ? LocalisedText.EMPTY : description;
        agencies = List.copyOf(agencies);
    }

    @Override
    public ArtefactType type() {
        return ArtefactType.AGENCY_SCHEME;
    }

    @Override
    public List<Agency> items() {
        return agencies;
    }

    @Override
    public AgencyScheme withItems(Predicate<String> keepItemId) {
        return new AgencyScheme(ref, name, description, agencies.stream().filter(i -> keepItemId.test(i.id())).toList());
    }
}
