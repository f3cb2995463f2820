package io.archivo.sdmx.rest;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

/**
 * What every SDMX structure route takes besides its path segments: the {@code references} and {@code detail}
 * query parameters, the negotiation and validator headers, and the caller. One {@code @BeanParam} instead of the
 * same seven parameters on each route of both resources.
 */
public class SdmxRequest {

    @QueryParam("references")
    String references;

    @QueryParam("detail")
    String detail;

    @HeaderParam(HttpHeaders.ACCEPT)
    String accept;

    @HeaderParam(HttpHeaders.IF_NONE_MATCH)
    String ifNoneMatch;

    @HeaderParam(HttpHeaders.IF_MODIFIED_SINCE)
    String ifModifiedSince;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;
}
