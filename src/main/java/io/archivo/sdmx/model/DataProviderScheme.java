package io.archivo.sdmx.model;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/** An agency's scheme of {@link DataProvider}s; SDMX fixes its id ({@value #ID}) and version ({@value #VERSION}). */
public record DataProviderScheme(ArtefactRef ref, LocalisedText name, LocalisedText description,
        List<DataProvider> providers) implements ItemScheme<DataProvider> {

    public static final String ID = "DATA_PROVIDERS";
    public static final String VERSION = "1.0";

    public DataProviderScheme {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(name, "name");
        description = description == null ? LocalisedText.EMPTY : description;
        providers = List.copyOf(providers);
    }

    /** The scheme of an agency. */
    public static ArtefactRef refOf(String agency) {
        return ArtefactRef.of(agency, ID, VERSION);
    }

    @Override
    public ArtefactType type() {
        return ArtefactType.DATA_PROVIDER_SCHEME;
    }

    @Override
    public List<DataProvider> items() {
        return providers;
    }

    @Override
    public DataProviderScheme withItems(Predicate<String> keepItemId) {
        return new DataProviderScheme(ref, name, description,
                providers.stream().filter(i -> keepItemId.test(i.id())).toList());
    }
}
