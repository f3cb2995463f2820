package io.archivo.sdmx.rest;

/**
 * A valid query for a kind of artefact Archivo never has (metadata structures, hierarchical codelists, …):
 * answered like any query without matches, 404 with SDMX error 100, not 501.
 */
public class SdmxNoResultsException extends RuntimeException {

    public SdmxNoResultsException(String message) {
        super(message);
    }
}
