package io.archivo.sdmx.data.rest;

import io.archivo.access.Caller;
import io.archivo.sdmx.data.DataflowStructure;
import io.archivo.sdmx.data.format.DataFormat;
import io.archivo.sdmx.data.query.DataQueryException;
import io.archivo.sdmx.data.query.DataQueryService;
import io.archivo.sdmx.format.MessageHeader;
import io.archivo.sdmx.format.SdmxError;
import io.archivo.sdmx.format.SdmxFormat;
import io.archivo.sdmx.format.SdmxWriters;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The HTTP steps of a data query: format (406), parsing (400/501), visibility and existence (404 with SDMX error
 * 100), validators (ETag, Last-Modified, 304) and the streamed body. Routing lives in the two resources.
 */
final class DataResponder {

    private DataResponder() {
    }

    static Response respond(DataQueryService service, Caller caller, DataRequest r, DataFormat fallback,
            DataFormat csvDefault, Function<Caller, DataflowStructure> flow, String v1Key,
            DataQueryService.RawParameters raw) {
        DataFormat format = r.format != null && !r.format.isBlank()
                ? DataFormat.byParameter(r.format, csvDefault).orElse(null)
                : DataFormat.negotiate(r.accept, fallback, csvDefault).orElse(null);
        if (format == null) {
            String supported = String.join(", ", Arrays.stream(DataFormat.values()).map(DataFormat::mediaType).toList());
            return Response.status(Response.Status.NOT_ACCEPTABLE).type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                    .entity("Not acceptable. Supported: " + supported + ", text/csv, application/xml\n").build();
        }
        String labelsRaw = r.labels != null ? r.labels : DataFormat.acceptParameter(r.accept, "labels");
        boolean labels = "both".equalsIgnoreCase(labelsRaw);
        String timeFormat = r.timeFormat != null ? r.timeFormat : DataFormat.acceptParameter(r.accept, "timeFormat");
        String contentType = format.mediaTypeAsNamed(r.accept, labels);
        try {
            if (labelsRaw != null && !labelsRaw.equalsIgnoreCase("id") && !labels) {
                throw DataQueryException.syntax("labels must be id or both");
            }
            if (timeFormat != null && !timeFormat.equalsIgnoreCase("original")) {
                throw DataQueryException.notImplemented("timeFormat=" + timeFormat + " (periods are given as loaded)");
            }
            DataflowStructure s = flow.apply(caller);
            DataQueryService.Answer a = service.prepare(caller, s, v1Key, raw, format, labels);
            if (notModified(r, a.etag(), a.lastModified())) {
                return validators(Response.notModified(), a).build();
            }
            if (!service.hasResults(a)) {
                throw DataQueryException.noResults("no observations match the query");
            }
            StreamingOutput body = out -> service.write(a, format, labels, out);
            return validators(Response.ok(body).header(HttpHeaders.CONTENT_TYPE, contentType), a).build();
        } catch (DataQueryException e) {
            return error(format, e.error());
        }
    }

    private static Response.ResponseBuilder validators(Response.ResponseBuilder b, DataQueryService.Answer a) {
        b.header(HttpHeaders.ETAG, a.etag()).header(HttpHeaders.VARY, "Accept");
        if (a.lastModified() != null) {
            b.header(HttpHeaders.LAST_MODIFIED,
                    DateTimeFormatter.RFC_1123_DATE_TIME.format(a.lastModified().atZone(ZoneOffset.UTC)));
        }
        return b;
    }

    /** If-None-Match wins when present (RFC 9110); otherwise If-Modified-Since. */
    private static boolean notModified(DataRequest r, String etag, Instant lastModified) {
        if (r.ifNoneMatch != null && !r.ifNoneMatch.isBlank()) {
            return Arrays.stream(r.ifNoneMatch.split(",")).map(String::strip)
                    .map(t -> t.startsWith("W/") ? t.substring(2) : t).anyMatch(t -> t.equals("*") || t.equals(etag));
        }
        if (r.ifModifiedSince != null && lastModified != null) {
            try {
                return !lastModified.isAfter(ZonedDateTime.parse(r.ifModifiedSince.strip(),
                        DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            } catch (DateTimeParseException e) {
                return false;
            }
        }
        return false;
    }

    /** SDMX-ML 2.1 error message for XML formats; a one-line text for SDMX-CSV clients. */
    static Response error(DataFormat format, SdmxError error) {
        if (format != null && format.isXml()) {
            MessageHeader h = new MessageHeader("IREF" + Long.toHexString(System.nanoTime()).toUpperCase(),
                    Instant.now(), "ARCHIVO", null, null);
            return Response.status(error.httpStatus()).header(HttpHeaders.CONTENT_TYPE, "application/xml")
                    .entity(SdmxWriters.error(SdmxFormat.SDMX_ML_21, h, List.of(error))).build();
        }
        return Response.status(error.httpStatus()).type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                .entity((error.code() + " " + error.text() + "\n").getBytes(StandardCharsets.UTF_8)).build();
    }
}
