package io.archivo.sdmx.model;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/** A maintainable scheme of {@link Code}s. */
public record Codelist(ArtefactRef ref, LocalisedText name, LocalisedText description, List<Code> codes)
        implements ItemScheme<Code> {

    public Codelist {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(name, "name");
        description = description == null ? LocalisedText.EMPTY : description;
        codes = List.copyOf(codes);
    }

    @Override
    public ArtefactType type() {
        return ArtefactType.CODELIST;
    }

    @Override
    public List<Code> items() {
        return codes;
    }

    @Override
    public Codelist withItems(Predicate<String> keepItemId) {
        return new Codelist(ref, name, description, codes.stream().filter(i -> keepItemId.test(i.id())).toList());
    }
}
