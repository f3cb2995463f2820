package io.archivo.sdmx.format;

/** The media types of the messages Archivo writes, as used by {@code @Produces}, negotiation and tests. */
public final class SdmxMediaTypes {

    public static final String STRUCTURE_XML_21 = "application/vnd.sdmx.structure+xml;version=2.1";
    public static final String STRUCTURE_XML_30 = "application/vnd.sdmx.structure+xml;version=3.0.0";
    public static final String STRUCTURE_JSON_10 = "application/vnd.sdmx.structure+json;version=1.0";
    public static final String STRUCTURE_JSON_20 = "application/vnd.sdmx.structure+json;version=2.0.0";
    public static final String APPLICATION_XML = "application/xml";
    public static final String TEXT_XML = "text/xml";
    public static final String APPLICATION_JSON = "application/json";

    private SdmxMediaTypes() {
    }
}
