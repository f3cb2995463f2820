package io.archivo.sdmx.rest;

import jakarta.enterprise.inject.Instance;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Finds the {@link SdmxStructureSource} lazily, so the SDMX endpoints deploy (and answer 503) while no catalogue
 * bean implements it yet, instead of failing the application start.
 */
final class SourceLookup {

    private SourceLookup() {
    }

    static Supplier<Optional<SdmxStructureSource>> of(Instance<SdmxStructureSource> instance) {
        return () -> instance.isResolvable() ? Optional.of(instance.get()) : Optional.empty();
    }

    /** The data artefacts' source, when the data side is deployed. */
    static Supplier<Optional<SdmxDataArtefactSource>> data(Instance<SdmxDataArtefactSource> instance) {
        return () -> instance.isResolvable() ? Optional.of(instance.get()) : Optional.empty();
    }

    static Supplier<Optional<SdmxStructureSource>> of(SdmxStructureSource source) {
        return () -> Optional.of(source);
    }
}
