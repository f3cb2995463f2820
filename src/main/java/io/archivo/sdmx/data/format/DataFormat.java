package io.archivo.sdmx.data.format;

import io.archivo.sdmx.format.MediaRange;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The data message formats Archivo writes, chosen by {@code Accept} or by the {@code format} query parameter the
 * clients use ({@code csvfile}, {@code genericdata}, {@code structurespecificdata}, {@code jsondata}). A media type
 * without version means the API's own generation: SDMX-CSV 1.0 and SDMX-JSON 1.0 on v1, 2.0 on v2; SDMX-ML
 * structure-specific data 2.1 on both (3.0 only when named). SDMX 3.0 names its one SDMX-ML data message
 * {@code application/vnd.sdmx.data+xml;version=3.0.0}: that is structure-specific data 3.0, accepted under both names
 * (a versionless {@code data+xml} too) and answered with the name the client used.
 */
public enum DataFormat {
    GENERIC_21("application/vnd.sdmx.genericdata+xml", "2.1", List.of("2.1", "2.1.0")),
    STRUCTURE_SPECIFIC_21("application/vnd.sdmx.structurespecificdata+xml", "2.1", List.of("2.1", "2.1.0")),
    STRUCTURE_SPECIFIC_30("application/vnd.sdmx.structurespecificdata+xml", "3.0.0", List.of("3.0.0", "3.0")),
    JSON_10("application/vnd.sdmx.data+json", "1.0.0", List.of("1.0.0", "1.0")),
    JSON_20("application/vnd.sdmx.data+json", "2.0.0", List.of("2.0.0", "2.0")),
    CSV_10("application/vnd.sdmx.data+csv", "1.0.0", List.of("1.0.0", "1.0")),
    CSV_20("application/vnd.sdmx.data+csv", "2.0.0", List.of("2.0.0", "2.0"));

    /** SDMX 3.0's name of SDMX-ML data, which is structure-specific data 3.0. */
    public static final String DATA_XML = "application/vnd.sdmx.data+xml";

    private final String baseType;
    private final String version;
    private final List<String> versions;

    DataFormat(String baseType, String version, List<String> versions) {
        this.baseType = baseType;
        this.version = version;
        this.versions = versions;
    }

    /** The base media types (no parameters) that name this format: its own and, for 3.0 XML, SDMX 3.0's data+xml. */
    private boolean isNamedBy(String type) {
        return baseType.equals(type) || this == STRUCTURE_SPECIFIC_30 && DATA_XML.equals(type);
    }

    public String mediaType() {
        return baseType + ";version=" + version;
    }

    public boolean isXml() {
        return this == GENERIC_21 || this == STRUCTURE_SPECIFIC_21 || this == STRUCTURE_SPECIFIC_30;
    }

    public boolean isJson() {
        return this == JSON_10 || this == JSON_20;
    }

    public boolean isCsv() {
        return this == CSV_10 || this == CSV_20;
    }

    /** The Content-Type to answer with: the version spelt as the client named it, as for structures. */
    public String mediaTypeAsNamed(String accept, boolean labelsBoth) {
        String v = version;
        String base = baseType;
        MediaRange named = null;
        if (accept != null) {
            for (String part : accept.split(",")) {
                MediaRange r = MediaRange.parse(part);
                if (r != null && isNamedBy(r.type()) && (r.version() == null ? named == null
                        : versions.contains(r.version()) && (named == null || named.version() == null))) {
                    named = r; // the first range naming this format with one of its versions, else without version
                }
            }
        }
        if (named != null) {
            base = named.type();
            v = named.version() != null ? named.version() : v;
        }
        String type = base + ";version=" + v;
        if (isCsv()) {
            type += labelsBoth ? ";labels=both" : ";labels=id";
        }
        if (this == CSV_10 || this == CSV_20) {
            type += ";charset=UTF-8";
        }
        return type;
    }

    /** The {@code format} parameter (SDMX REST 1.x names); empty when unknown. */
    public static Optional<DataFormat> byParameter(String format, DataFormat csvDefault) {
        return switch (format.strip().toLowerCase(Locale.ROOT)) {
            case "csv", "csvfile", "sdmx-csv" -> Optional.of(csvDefault);
            case "genericdata", "generic" -> Optional.of(GENERIC_21);
            case "structurespecificdata", "structure-specific" -> Optional.of(STRUCTURE_SPECIFIC_21);
            case "jsondata", "json", "sdmx-json" -> Optional.of(csvDefault == CSV_20 ? JSON_20 : JSON_10);
            default -> Optional.empty();
        };
    }

    /** Highest q first, then header order; wildcards give the default. Empty when nothing fits (406). */
    public static Optional<DataFormat> negotiate(String accept, DataFormat fallback, DataFormat csvDefault) {
        if (accept == null || accept.isBlank()) {
            return Optional.of(fallback);
        }
        for (MediaRange r : MediaRange.acceptable(accept)) {
            switch (r.type()) {
                case "*/*", "application/*" -> {
                    return Optional.of(fallback);
                }
                case "text/csv", "text/*" -> {
                    return Optional.of(csvDefault);
                }
                case "application/xml", "text/xml" -> {
                    return Optional.of(GENERIC_21);
                }
                default -> {
                    for (DataFormat f : values()) {
                        if (f.isNamedBy(r.type()) && (r.version() == null
                                ? f.isVersionlessDefault(csvDefault) || DATA_XML.equals(r.type())
                                : f.versions.contains(r.version()))) {
                            return Optional.of(f);
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Whether a media type without version means this format, for the API whose SDMX-CSV default is given. */
    private boolean isVersionlessDefault(DataFormat csvDefault) {
        boolean v2 = csvDefault == CSV_20;
        return switch (this) {
            case CSV_10, JSON_10 -> !v2;
            case CSV_20, JSON_20 -> v2;
            case STRUCTURE_SPECIFIC_30 -> false;
            default -> true;
        };
    }

    /** The {@code labels} parameter of an SDMX-CSV media range in {@code Accept}, if any. */
    public static String acceptParameter(String accept, String name) {
        if (accept == null) {
            return null;
        }
        for (String part : accept.split("[,;]")) {
            String[] kv = part.split("=", 2);
            if (kv.length == 2 && kv[0].strip().equalsIgnoreCase(name)) {
                return kv[1].strip().replace("\"", "");
            }
        }
        return null;
    }
}
