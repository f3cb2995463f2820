package io.archivo.sdmx.rest;

import io.archivo.sdmx.model.SdmxArtefacts;
import java.time.Instant;

/**
 * Where the SDMX endpoints get their structures from; implemented by the catalogue (a CDI bean). Anonymous
 * callers may be given a smaller set (e.g. without processes not yet public).
 */
public interface SdmxStructureSource {

    /**
     * The structures a caller may harvest, with when they last changed (for {@code Last-Modified} and
     * {@code If-Modified-Since}); read together, so that both describe the same state of the catalogue.
     */
    Structures structures(boolean anonymousCaller);

    record Structures(SdmxArtefacts artefacts, Instant lastModified) {
    }
}
