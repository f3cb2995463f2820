package io.archivo.sdmx.format;

import java.util.List;
import java.util.Optional;

/**
 * The structure message formats Archivo can write, and the choice of one from an HTTP {@code Accept} header.
 * Generic types map to a fixed version: {@code application/xml} to SDMX-ML 2.1 and {@code application/json} to
 * SDMX-JSON 2.0; a structure type without {@code version} gets the newest one of its syntax.
 */
public enum SdmxFormat {
    SDMX_ML_21(SdmxMediaTypes.STRUCTURE_XML_21, "application/vnd.sdmx.structure+xml", List.of("2.1", "2.1.0")),
    SDMX_ML_30(SdmxMediaTypes.STRUCTURE_XML_30, "application/vnd.sdmx.structure+xml", List.of("3.0.0", "3.0")),
    SDMX_JSON_10(SdmxMediaTypes.STRUCTURE_JSON_10, "application/vnd.sdmx.structure+json", List.of("1.0", "1.0.0")),
    SDMX_JSON_20(SdmxMediaTypes.STRUCTURE_JSON_20, "application/vnd.sdmx.structure+json", List.of("2.0.0", "2.0"));

    private final String mediaType;
    private final String baseType;
    private final List<String> versions;

    SdmxFormat(String mediaType, String baseType, List<String> versions) {
        this.mediaType = mediaType;
        this.baseType = baseType;
        this.versions = versions;
    }

    public String mediaType() {
        return mediaType;
    }

    public boolean isXml() {
        return this == SDMX_ML_21 || this == SDMX_ML_30;
    }

    /** The format for one media range (no wildcards), or empty when Archivo does not write it. */
    public static Optional<SdmxFormat> forMediaType(String mediaType) {
        MediaRange r = MediaRange.parse(mediaType);
        return r == null ? Optional.empty() : match(r, null);
    }

    /**
     * Picks the format for an {@code Accept} header: highest q first, then header order; {@code *}/{@code *} and
     * {@code application/*} give the default. Empty when nothing acceptable is supported (→ 406).
     */
    public static Optional<SdmxFormat> negotiate(String accept, SdmxFormat fallback) {
        if (accept == null || accept.isBlank()) {
            return Optional.of(fallback);
        }
        for (MediaRange r : MediaRange.acceptable(accept)) {
            Optional<SdmxFormat> f = match(r, fallback);
            if (f.isPresent()) {
                return f;
            }
        }
        return Optional.empty();
    }

    /**
     * The Content-Type to answer with: this format's media type, but with the version spelt as the client named
     * it in {@code Accept} ({@code 1.0.0} stays {@code 1.0.0}), because harvesters compare it literally.
     */
    public String mediaTypeAsNamed(String accept) {
        if (accept != null) {
            for (String part : accept.split(",")) {
                MediaRange r = MediaRange.parse(part);
                if (r != null && r.type().equals(baseType) && r.version() != null && versions.contains(r.version())) {
                    return baseType + ";version=" + r.version();
                }
            }
        }
        return mediaType;
    }

    /**
     * The error message format for a request Archivo answers only with an error (schemas, reference metadata,
     * registrations), whose {@code Accept} may name SDMX media types Archivo never writes: a structure format it
     * negotiates as usual; otherwise the syntax of the first SDMX range decides: XML gives SDMX-ML (3.0 for versions
     * 3.x, else 2.1), JSON gives SDMX-JSON (1.0 for versions 1.x, else 2.0), and SDMX-CSV gives empty (a text
     * line). No {@code Accept}, wildcards or no SDMX range: {@code fallback}.
     */
    public static Optional<SdmxFormat> forError(String accept, SdmxFormat fallback) {
        Optional<SdmxFormat> structure = negotiate(accept, fallback);
        if (structure.isPresent()) {
            return structure;
        }
        for (MediaRange r : MediaRange.acceptable(accept)) {
            if (!r.type().startsWith("application/vnd.sdmx.")) {
                continue;
            }
            String v = r.version() == null ? "" : r.version();
            if (r.type().endsWith("+xml")) {
                return Optional.of(v.startsWith("3") ? SDMX_ML_30 : SDMX_ML_21);
            }
            if (r.type().endsWith("+json")) {
                return Optional.of(v.startsWith("1") ? SDMX_JSON_10 : SDMX_JSON_20);
            }
            if (r.type().endsWith("+csv")) {
                return Optional.empty();
            }
        }
        return Optional.of(fallback);
    }

    private static Optional<SdmxFormat> match(MediaRange r, SdmxFormat fallback) {
        switch (r.type()) {
            case "*/*", "application/*" -> {
                return Optional.ofNullable(fallback);
            }
            case SdmxMediaTypes.APPLICATION_XML, SdmxMediaTypes.TEXT_XML -> {
                return Optional.of(SDMX_ML_21);
            }
            case SdmxMediaTypes.APPLICATION_JSON -> {
                return Optional.of(SDMX_JSON_20);
            }
            default -> {
                for (SdmxFormat f : values()) {
                    if (f.baseType.equals(r.type()) && (r.version() == null ? f.isNewestOfSyntax() : f.versions.contains(r.version()))) {
                        return Optional.of(f);
                    }
                }
                return Optional.empty();
            }
        }
    }

    private boolean isNewestOfSyntax() {
        return this == SDMX_ML_30 || this == SDMX_JSON_20;
    }
}
