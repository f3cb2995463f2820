package io.archivo.sdmx.rest;

/** A valid SDMX REST resource or feature that Archivo does not serve (HTTP 501, SDMX error 501). */
public class SdmxNotImplementedException extends RuntimeException {
    public SdmxNotImplementedException(String message) {
        super(message);
    }
}
