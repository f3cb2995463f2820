package io.archivo.sdmx.rest;

import io.archivo.sdmx.model.SdmxArtefacts;
import java.time.Instant;

/**
 * Where the SDMX endpoints get their structures from; implemented by the catalogue (a CDI bean). Anonymous
 * callers may be given a smaller set (e.g. without processes not yet public).
 */
public interface SdmxStructureSource {

    SdmxArtefacts artefactsFor(boolean anonymousCaller);

    /** When the published set last changed, for {@code Last-Modified} and {@code If-Modified-Since}. */
    Instant lastModified();
}
