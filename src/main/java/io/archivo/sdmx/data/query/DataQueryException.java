package io.archivo.sdmx.data.query;

import io.archivo.sdmx.format.SdmxError;

/** A data query Archivo answers with an SDMX error (syntax 140, no results 100, not implemented 501). */
public class DataQueryException extends RuntimeException {

    private final SdmxError error;

    public DataQueryException(SdmxError error, String detail) {
        super(detail);
        this.error = error.withDetail(detail);
    }

    public SdmxError error() {
        return error;
    }

    public static DataQueryException syntax(String detail) {
        return new DataQueryException(SdmxError.SYNTAX_ERROR, detail);
    }

    public static DataQueryException noResults(String detail) {
        return new DataQueryException(SdmxError.NO_RESULTS, detail);
    }

    public static DataQueryException notImplemented(String detail) {
        return new DataQueryException(SdmxError.NOT_IMPLEMENTED, detail);
    }
}
