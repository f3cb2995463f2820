package io.archivo.sdmx.rest;

/** The path or query parameters are not valid SDMX REST syntax (HTTP 400, SDMX error 140). */
public class SdmxQuerySyntaxException extends RuntimeException {
    public SdmxQuerySyntaxException(String message) {
        super(message);
    }
}
