package io.archivo.sdmx.data.rest;

import io.archivo.access.Caller;
import io.archivo.sdmx.data.DataflowStructure;
import io.archivo.sdmx.data.query.AvailabilityService;
import io.archivo.sdmx.data.query.DataQueryException;
import io.archivo.sdmx.format.MessageEntry;
import io.archivo.sdmx.format.MessageHeader;
import io.archivo.sdmx.format.Presentation;
import io.archivo.sdmx.format.SdmxError;
import io.archivo.sdmx.format.SdmxFormat;
import io.archivo.sdmx.format.SdmxWriters;
import io.archivo.sdmx.format.StructureMessage;
import io.archivo.sdmx.model.ContentConstraint;
import io.archivo.sdmx.rest.SdmxHttp;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The HTTP steps of an availability query (v1 {@code availableconstraint}, v2 {@code availability}): a structure
 * format (406), parsing (400/501), the dataflow as the caller may see it (404), validators and 304, then one
 * actual content constraint in a structure message; errors as SDMX error messages of the negotiated format.
 */
final class AvailabilityResponder {

    private AvailabilityResponder() {
    }

    static Response respond(AvailabilityService service, Caller caller, SdmxFormat fallback, String accept,
            String ifNoneMatch, String ifModifiedSince, String references, Function<Caller, DataflowStructure> flow,
            AvailabilityService.Query query) {
        SdmxFormat format = SdmxFormat.negotiate(accept, fallback).orElse(null);
        if (format == null) {
            return SdmxHttp.notAcceptable(Arrays.stream(SdmxFormat.values()).map(SdmxFormat::mediaType)
                    .collect(Collectors.joining(", ")));
        }
        String contentType = format.mediaTypeAsNamed(accept);
        try {
            references(references);
            DataflowStructure s = flow.apply(caller);
            AvailabilityService.Answer a = service.prepare(caller, s, query, format.name());
            if (SdmxHttp.notModified(ifNoneMatch, ifModifiedSince, a.etag(), a.lastModified())) {
                return SdmxHttp.validators(Response.notModified(), a.etag(), a.lastModified()).build();
            }
            ContentConstraint c = service.constraint(a);
            MessageHeader h = new MessageHeader(SdmxHttp.messageId(), Instant.now(), s.dataflow().agency(), null, null);
            byte[] body = SdmxWriters.structure(format,
                    new StructureMessage(h, List.of(new MessageEntry(c, Presentation.FULL))));
            return SdmxHttp.validators(Response.ok(body).header(HttpHeaders.CONTENT_TYPE, contentType), a.etag(),
                    a.lastModified()).build();
        } catch (DataQueryException e) {
            return error(format, contentType, e.error());
        }
    }

    /** The values of availability's {@code references} in SDMX REST v1.5 and v2.2 (v2: a comma list). */
    private static final Set<String> REFERENCES = Set.of("none", "all", "datastructure", "conceptscheme", "codelist",
            "dataproviderscheme", "dataflow", "valuelist");

    /** A value outside the specifications' list is a syntax error; a valid one other than none is not implemented. */
    private static void references(String references) {
        if (references == null || references.isBlank()) {
            return;
        }
        List<String> values = List.of(references.split(",", -1));
        for (String v : values) {
            if (!REFERENCES.contains(v)) {
                throw DataQueryException.syntax("references=" + references + " (none, all, datastructure, "
                        + "conceptscheme, codelist, dataproviderscheme, dataflow, valuelist)");
            }
        }
        if (values.stream().anyMatch(v -> !v.equals("none"))) {
            throw DataQueryException.notImplemented("references=" + references
                    + " on availability (query the structures with references instead)");
        }
    }

    private static Response error(SdmxFormat format, String contentType, SdmxError error) {
        return SdmxHttp.error(format, contentType, error, null);
    }
}
