package io.archivo.sdmx.data.rest;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;

/** The query parameters and headers of an SDMX data query, v1 and v2 alike. */
public class DataRequest {

    @QueryParam("startPeriod")
    String startPeriod;
    @QueryParam("endPeriod")
    String endPeriod;
    @QueryParam("updatedAfter")
    String updatedAfter;
    @QueryParam("firstNObservations")
    String firstN;
    @QueryParam("lastNObservations")
    String lastN;
    @QueryParam("detail")
    String detail;
    @QueryParam("dimensionAtObservation")
    String dimensionAtObservation;
    @QueryParam("includeHistory")
    String includeHistory;
    @QueryParam("format")
    String format;
    @QueryParam("labels")
    String labels;
    @QueryParam("timeFormat")
    String timeFormat;
    /** v2: {@code attributes} (dsd, all, none) and {@code measures} (all, none). */
    @QueryParam("attributes")
    String attributes;
    @QueryParam("measures")
    String measures;
    /** v2 options checked but not implemented (see {@code DataParameters.v2Options}). */
    @QueryParam("offset")
    String offset;
    @QueryParam("limit")
    String limit;
    @QueryParam("sort")
    String sort;
    @QueryParam("reportingYearStartDay")
    String reportingYearStartDay;
    @HeaderParam(HttpHeaders.ACCEPT)
    String accept;
    @HeaderParam(HttpHeaders.IF_NONE_MATCH)
    String ifNoneMatch;
    @HeaderParam(HttpHeaders.IF_MODIFIED_SINCE)
    String ifModifiedSince;
    @Context
    UriInfo uri;
}
