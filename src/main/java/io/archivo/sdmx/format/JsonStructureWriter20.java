package io.archivo.sdmx.format;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.archivo.sdmx.model.ArtefactType;
import io.archivo.sdmx.model.DataAttribute;
import io.archivo.sdmx.model.DataStructure;
import io.archivo.sdmx.model.Dimension;
import io.archivo.sdmx.model.Representation;
import io.archivo.sdmx.model.TimeDimension;

/**
 * SDMX-JSON structure message 2.0.0 (aligned with SDMX 3.0): no {@code isFinal}, {@code format/dataType},
 * a single {@code timeDimension}, a {@code measures} array, attribute {@code usage} and 3.0 relationships
 * ({@code dataflow}, {@code dimensions}, {@code observation}).
 */
final class JsonStructureWriter20 extends JsonStructureWriterBase {

    static final String SCHEMA =
            "https://raw.githubusercontent.com/sdmx-twg/sdmx-json/master/structure-message/tools/schemas/2.0.0/sdmx-json-structure-schema.json";

    @Override
    String schemaUrl() {
        return SCHEMA;
    }

    @Override
    void maintainableExtras(ObjectNode node, io.archivo.sdmx.model.MaintainableArtefact artefact) {
        // 3.0 dropped isFinal: a version without a draft extension is final.
    }

    @Override
    ObjectNode localRepresentation(Representation r) {
        ObjectNode n = MAPPER.createObjectNode();
        if (r.isEnumerated()) {
            n.put("enumeration", ArtefactType.CODELIST.urn(r.codelist()));
        } else {
            n.putObject("format").put("dataType", r.textType());
        }
        return n;
    }

    @Override
    String container(ArtefactType type) {
        return type == ArtefactType.CONTENT_CONSTRAINT ? "dataConstraints" : super.container(type);
    }

    @Override
    String urn(io.archivo.sdmx.model.MaintainableArtefact a) {
        return a instanceof io.archivo.sdmx.model.ContentConstraint c ? c.urn30() : a.urn();
    }

    /** 2.0 (SDMX 3.0): {@code dataflow} and {@code dataProvider}. */
    @Override
    void provision(ObjectNode n, io.archivo.sdmx.model.ProvisionAgreement pa) {
        n.put("dataflow", ArtefactType.DATAFLOW.urn(pa.dataflow())).put("dataProvider", pa.providerUrn());
    }

    /** 2.0 (SDMX 3.0 data constraint): {@code role}, {@code cubeRegions[].include}, values as {@code {value}}. */
    @Override
    void constraint(ObjectNode n, io.archivo.sdmx.model.ContentConstraint c) {
        n.put("role", c.role().sdmxName());
        n.putObject("constraintAttachment").putArray("dataflows").add(ArtefactType.DATAFLOW.urn(c.dataflow()));
        ObjectNode region = n.putArray("cubeRegions").addObject().put("include", true);
        ArrayNode keyValues = region.putArray("keyValues");
        for (var kv : c.keyValues()) {
            ArrayNode values = keyValues.addObject().put("id", kv.id()).putArray("values");
            kv.values().forEach(v -> values.addObject().put("value", v));
        }
        if (c.timeRange() != null) {
            ObjectNode range = keyValues.addObject().put("id", TimeDimension.ID).putObject("timeRange");
            range.putObject("startPeriod").put("period", c.timeRange().start()).put("isInclusive", true);
            range.putObject("endPeriod").put("period", c.timeRange().end()).put("isInclusive", true);
        }
    }

    @Override
    ObjectNode dataStructureComponents(DataStructure dsd) {
        ObjectNode c = MAPPER.createObjectNode();
        ObjectNode attrList = c.putObject("attributeList").put("id", "AttributeDescriptor");
        ArrayNode attrs = attrList.putArray("attributes");
        for (DataAttribute a : dsd.attributes()) {
            ObjectNode n = attrs.addObject().put("id", a.id()).put("usage", a.mandatory() ? "mandatory" : "optional");
            ObjectNode rel = n.putObject("attributeRelationship");
            switch (a.attachment()) {
                case DATASET -> rel.putObject("dataflow");
                case SERIES -> dsd.dimensions().forEach(d -> rel.withArray("dimensions").add(d.id()));
                case OBSERVATION -> rel.putObject("observation");
            }
            n.put("conceptIdentity", a.concept().urn());
            n.set("localRepresentation", localRepresentation(a.representation()));
        }
        ObjectNode dimList = c.putObject("dimensionList").put("id", "DimensionDescriptor");
        ArrayNode dims = dimList.putArray("dimensions");
        for (Dimension d : dsd.dimensions()) {
            dims.addObject().put("id", d.id()).put("position", d.position())
                    .put("conceptIdentity", d.concept().urn())
                    .set("localRepresentation", localRepresentation(d.representation()));
        }
        dimList.putObject("timeDimension").put("id", TimeDimension.ID)
                .put("conceptIdentity", dsd.timeDimension().concept().urn())
                .set("localRepresentation", localRepresentation(Representation.text(TimeDimension.TEXT_TYPE)));
        c.putObject("measureList").put("id", "MeasureDescriptor").putArray("measures").addObject()
                .put("id", dsd.measure().id()).put("conceptIdentity", dsd.measure().concept().urn())
                .set("localRepresentation", localRepresentation(dsd.measure().representation()));
        return c;
    }
}
