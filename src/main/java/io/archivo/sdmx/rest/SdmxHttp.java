package io.archivo.sdmx.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/**
 * The HTTP preamble every SDMX answer shares (structures, data, availability): the 406 text, the validators
 * ({@code ETag}, {@code Last-Modified}, {@code Vary: Accept}), conditional requests (304) and message ids.
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

    /** A message id (SDMX IDType) unique enough for one process. */
    public static String messageId() {
        return "IREF" + Long.toHexString(System.nanoTime()).toUpperCase();
    }
}
