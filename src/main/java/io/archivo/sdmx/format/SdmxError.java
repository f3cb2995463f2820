package io.archivo.sdmx.format;

import java.util.Objects;

/** An SDMX error ({@code code} from the SDMX REST error list) with an English text. */
public record SdmxError(int code, String text) {

    public static final SdmxError NO_RESULTS = new SdmxError(100, "No results found");
    public static final SdmxError UNAUTHORIZED = new SdmxError(110, "Unauthorized");
    public static final SdmxError SYNTAX_ERROR = new SdmxError(140, "Syntax error");
    public static final SdmxError SEMANTIC_ERROR = new SdmxError(150, "Semantic error");
    public static final SdmxError INTERNAL_ERROR = new SdmxError(500, "Internal Server error");
    public static final SdmxError NOT_IMPLEMENTED = new SdmxError(501, "Not implemented");

    public SdmxError {
        Objects.requireNonNull(text, "text");
    }

    public SdmxError withDetail(String detail) {
        return detail == null || detail.isBlank() ? this : new SdmxError(code, text + ": " + detail);
    }

    /** The HTTP status SDMX REST pairs with this error code. */
    public int httpStatus() {
        return switch (code) {
            case 100 -> 404;
            case 110 -> 401;
            case 140, 150 -> 400;
            case 501 -> 501;
            default -> 500;
        };
    }
}
