package io.archivo.harvest.oai;

import java.util.Arrays;
import java.util.Optional;

/** The metadata formats of {@code /oai}. {@code ddi} is an alias of {@code oai_ddi25} (same schema and records). */
public enum MetadataFormat {
    OAI_DC("oai_dc", "http://www.openarchives.org/OAI/2.0/oai_dc.xsd", "http://www.openarchives.org/OAI/2.0/oai_dc/"),
    OAI_DDI25("oai_ddi25", MetadataFormat.DDI_SCHEMA, "ddi:codebook:2_5"),
    DDI("ddi", MetadataFormat.DDI_SCHEMA, "ddi:codebook:2_5");

    static final String DDI_SCHEMA = "http://www.ddialliance.org/Specification/DDI-Codebook/2.5/XMLSchema/codebook.xsd";

    private final String prefix;
    private final String schema;
    private final String namespace;

    MetadataFormat(String prefix, String schema, String namespace) {
        this.prefix = prefix;
        this.schema = schema;
        this.namespace = namespace;
    }

    public String prefix() {
        return prefix;
    }

    public String schema() {
        return schema;
    }

    public String namespace() {
        return namespace;
    }

    public boolean isDdi() {
        return this != OAI_DC;
    }

    static Optional<MetadataFormat> of(String prefix) {
        return Arrays.stream(values()).filter(f -> f.prefix.equals(prefix)).findFirst();
    }
}
