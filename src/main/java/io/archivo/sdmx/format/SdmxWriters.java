package io.archivo.sdmx.format;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.List;

/**
 * The one entry point to the message writers, keyed by {@link SdmxFormat} (itself chosen from a media type).
 * The per-version writers stay package-private so callers depend on formats, not on classes.
 */
public final class SdmxWriters {

    private SdmxWriters() {
    }

    public static void writeStructure(SdmxFormat format, StructureMessage message, OutputStream out) {
        switch (format) {
            case SDMX_ML_21 -> new StructureWriter21().write(message, out);
            case SDMX_ML_30 -> new StructureWriter30().write(message, out);
            case SDMX_JSON_10 -> new JsonStructureWriter10().write(message, out);
            case SDMX_JSON_20 -> new JsonStructureWriter20().write(message, out);
        }
    }

    public static byte[] structure(SdmxFormat format, StructureMessage message) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        writeStructure(format, message, out);
        return out.toByteArray();
    }

    /** The error message of the format: {@code mes:Error} in SDMX-ML, {@code errors} in SDMX-JSON. */
    public static void writeError(SdmxFormat format, MessageHeader header, List<SdmxError> errors, OutputStream out) {
        switch (format) {
            case SDMX_ML_21 -> new StructureWriter21().writeError(errors, out);
            case SDMX_ML_30 -> new StructureWriter30().writeError(errors, out);
            case SDMX_JSON_10 -> new JsonStructureWriter10().writeError(header, errors, out);
            case SDMX_JSON_20 -> new JsonStructureWriter20().writeError(header, errors, out);
        }
    }

    public static byte[] error(SdmxFormat format, MessageHeader header, List<SdmxError> errors) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        writeError(format, header, errors, out);
        return out.toByteArray();
    }

    /** The media type to send with a body of this format (errors use the same one). */
    public static String contentType(SdmxFormat format) {
        return format.mediaType();
    }
}
