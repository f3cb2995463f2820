package io.archivo.sdmx.model;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/** A maintainable scheme of {@link Category}s. */
public record CategoryScheme(ArtefactRef ref, LocalisedText name, LocalisedText description, List<Category> categories)
        implements ItemScheme<Category> {

    public CategoryScheme {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(name, "name");
        description = description == null ? LocalisedText.EMPTY : description;
        categories = List.copyOf(categories);
    }

    @Override
    public ArtefactType type() {
        return ArtefactType.CATEGORY_SCHEME;
    }

    @Override
    public List<Category> items() {
        return categories;
    }

    @Override
    public CategoryScheme withItems(Predicate<String> keepItemId) {
        return new CategoryScheme(ref, name, description, categories.stream().filter(i -> keepItemId.test(i.id())).toList());
    }
}
