package io.archivo.sdmx.data.rest;

import io.archivo.access.Caller;
import io.archivo.sdmx.data.DataflowStructure;
import io.archivo.sdmx.data.format.DataFormat;
import io.archivo.sdmx.data.query.DataQueryException;
import io.archivo.sdmx.data.query.DataQueryService;
import io.archivo.sdmx.format.SdmxError;
import io.archivo.sdmx.format.SdmxFormat;
import io.archivo.sdmx.rest.SdmxHttp;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.Arrays;
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
            return SdmxHttp.notAcceptable(supported + ", " + DataFormat.DATA_XML + ";version=3.0.0, text/csv, "
                    + "application/xml");
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
            if (SdmxHttp.notModified(r.ifNoneMatch, r.ifModifiedSince, a.etag(), a.lastModified())) {
                return SdmxHttp.validators(Response.notModified(), a.etag(), a.lastModified()).build();
            }
            if (!service.hasResults(a)) {
                throw DataQueryException.noResults("no observations match the query");
            }
            StreamingOutput body = out -> service.write(a, format, labels, out);
            return SdmxHttp.validators(Response.ok(body).header(HttpHeaders.CONTENT_TYPE, contentType), a.etag(),
                    a.lastModified()).build();
        } catch (DataQueryException e) {
            return error(format, e.error(), contentType);
        }
    }

    /**
     * The SDMX error message of the format's family: SDMX-ML 2.1 or 3.0 for XML, SDMX-JSON 1.0 or 2.0 for JSON
     * (sent as SDMX-ML 2.1 with {@code application/xml} and as SDMX-JSON with the data media type), and a one-line
     * text for SDMX-CSV clients.
     */
    static Response error(DataFormat format, SdmxError error, String contentType) {
        if (format != null && format.isXml()) {
            boolean v30 = format == DataFormat.STRUCTURE_SPECIFIC_30;
            return SdmxHttp.error(v30 ? SdmxFormat.SDMX_ML_30 : SdmxFormat.SDMX_ML_21, "application/xml", error, null);
        }
        if (format != null && format.isJson()) {
            return SdmxHttp.error(format == DataFormat.JSON_20 ? SdmxFormat.SDMX_JSON_20 : SdmxFormat.SDMX_JSON_10,
                    contentType, error, null);
        }
        return SdmxHttp.textError(error);
    }
}
