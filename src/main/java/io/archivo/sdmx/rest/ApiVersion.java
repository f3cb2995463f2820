package io.archivo.sdmx.rest;

/** Which SDMX REST API a query came through; it changes defaults, not semantics. */
public enum ApiVersion {
    V1,
    V2
}
