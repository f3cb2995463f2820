package io.archivo.sdmx.rest;

import io.archivo.sdmx.format.MessageHeader;
import io.archivo.sdmx.format.SdmxError;
import io.archivo.sdmx.format.SdmxFormat;
import io.archivo.sdmx.format.SdmxWriters;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The HTTP preamble every SDMX answer shares (structures, data, availability): the 406 text, the validators
 * ({@code ETag}, {@code Last-Modified}, {@code Vary: Accept}), conditional requests (304), message ids, and the
 * one error model: {@link SdmxQuerySyntaxException} (400, error 140), {@link SdmxNoResultsException} (404, error
 * 100) and {@link SdmxNotImplementedException} (501, error 501), written as SDMX error messages.
 */
public final class SdmxHttp {

    private SdmxHttp() {
    }

    /** 406 with a short text listing what Archivo writes. */
    public static Response notAcceptable(String supported) {
        return Response.status(Response.Status.NOT_ACCEPTABLE).type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                .entity("Not acceptable. Supported: " + supported + "\n").build();
    }

    public static Response.ResponseBuilder validators(Response.ResponseBuilder b, String etag, Instant lastModified) {
        b.header(HttpHeaders.ETAG, etag).header(HttpHeaders.VARY, "Accept");
        if (lastModified != null) {
            b.header(HttpHeaders.LAST_MODIFIED,
                    DateTimeFormatter.RFC_1123_DATE_TIME.format(lastModified.atZone(ZoneOffset.UTC)));
        }
        return b;
    }

    /** If-None-Match wins when present (RFC 9110); otherwise If-Modified-Since against the last change. */
    public static boolean notModified(String ifNoneMatch, String ifModifiedSince, String etag, Instant lastModified) {
        if (ifNoneMatch != null && !ifNoneMatch.isBlank()) {
            return Arrays.stream(ifNoneMatch.split(",")).map(String::strip)
                    .map(t -> t.startsWith("W/") ? t.substring(2) : t)
                    .anyMatch(t -> t.equals("*") || t.equals(etag));
        }
        if (ifModifiedSince != null && lastModified != null) {
            try {
                Instant since = ZonedDateTime.parse(ifModifiedSince.strip(), DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant();
                return !lastModified.isAfter(since);
            } catch (DateTimeParseException e) {
                return false; // an unparsable date is ignored, as HTTP says
            }
        }
        return false;
    }

    /** The SDMX error a query exception stands for, with its message as detail; empty for other exceptions. */
    public static Optional<SdmxError> errorOf(RuntimeException e) {
        SdmxError error = e instanceof SdmxQuerySyntaxException ? SdmxError.SYNTAX_ERROR
                : e instanceof SdmxNoResultsException ? SdmxError.NO_RESULTS
                : e instanceof SdmxNotImplementedException ? SdmxError.NOT_IMPLEMENTED
                : null;
        return Optional.ofNullable(error).map(err -> err.withDetail(e.getMessage()));
    }

    /** An SDMX error message in {@code format} sent as {@code contentType}; a null header gets a minimal one. */
    public static Response error(SdmxFormat format, String contentType, SdmxError error, MessageHeader header) {
        MessageHeader h = header != null ? header : new MessageHeader(messageId(), Instant.now(), "ARCHIVO", null, null);
        return Response.status(error.httpStatus()).header(HttpHeaders.CONTENT_TYPE, contentType)
                .entity(SdmxWriters.error(format, h, List.of(error))).build();
    }

    /** The one-line text error SDMX-CSV clients get ({@code 100 No results found: …}). */
    public static Response textError(SdmxError error) {
        return Response.status(error.httpStatus()).type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                .entity((error.code() + " " + error.text() + "\n").getBytes(StandardCharsets.UTF_8)).build();
    }

    /**
     * The error answer of a request Archivo answers only with an error (schema, reference metadata, registration
     * queries), in the format {@link SdmxFormat#forError} picks from {@code Accept}: a structure format with its
     * media type as named; SDMX-ML or SDMX-JSON for other SDMX XML or JSON types, as {@code application/xml} or
     * {@code application/json}; text for SDMX-CSV.
     */
    public static Response error(String accept, SdmxFormat fallback, SdmxError error) {
        Optional<SdmxFormat> structure = SdmxFormat.negotiate(accept, fallback);
        if (structure.isPresent()) {
            return error(structure.get(), structure.get().mediaTypeAsNamed(accept), error, null);
        }
        return SdmxFormat.forError(accept, fallback)
                .map(f -> error(f, f.isXml() ? MediaType.APPLICATION_XML : MediaType.APPLICATION_JSON, error, null))
                .orElseGet(() -> textError(error));
    }

    /** A message id (SDMX IDType) unique enough for one process. */
    public static String messageId() {
        return "IREF" + Long.toHexString(System.nanoTime()).toUpperCase();
    }
}
