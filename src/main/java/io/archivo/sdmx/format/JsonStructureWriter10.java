package io.archivo.sdmx.format;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.archivo.sdmx.model.DataAttribute;
import io.archivo.sdmx.model.DataStructure;
import io.archivo.sdmx.model.Dimension;
import io.archivo.sdmx.model.Representation;
import io.archivo.sdmx.model.TimeDimension;

/**
 * SDMX-JSON structure message 1.0 (aligned with SDMX 2.1): {@code isFinal}, {@code textFormat/textType},
 * {@code timeDimensions} array, {@code primaryMeasure}, {@code assignmentStatus} and 2.1 attribute relationships.
 */
final class JsonStructureWriter10 extends JsonStructureWriterBase {

    static final String SCHEMA =
            "https://raw.githubusercontent.com/sdmx-twg/sdmx-json/master/structure-message/tools/schemas/1.0/sdmx-json-structure-schema.json";

    @Override
    String schemaUrl() {
        return SCHEMA;
    }

    @Override
    void maintainableExtras(ObjectNode node, io.archivo.sdmx.model.MaintainableArtefact artefact) {
        node.put("isFinal", !artefact.type().isOrganisationScheme());
    }

    @Override
    ObjectNode localRepresentation(Representation r) {
        ObjectNode n = MAPPER.createObjectNode();
        if (r.isEnumerated()) {
            n.put("enumeration", io.archivo.sdmx.model.ArtefactType.CODELIST.urn(r.codelist()));
        } else {
            n.putObject("textFormat").put("textType", r.textType());
        }
        return n;
    }

    /** 1.0 (SDMX 2.1): the dataflow is the agreement's {@code structureUsage}. */
    @Override
    void provision(ObjectNode n, io.archivo.sdmx.model.ProvisionAgreement pa) {
        n.put("structureUsage", io.archivo.sdmx.model.ArtefactType.DATAFLOW.urn(pa.dataflow()))
                .put("dataProvider", pa.providerUrn());
    }

    /** 1.0: {@code type}, {@code cubeRegions[].isIncluded}, key values as strings. */
    @Override
    void constraint(ObjectNode n, io.archivo.sdmx.model.ContentConstraint c) {
        n.put("type", c.role().sdmxName());
        n.putObject("constraintAttachment").putArray("dataflows")
                .add(io.archivo.sdmx.model.ArtefactType.DATAFLOW.urn(c.dataflow()));
        ObjectNode region = n.putArray("cubeRegions").addObject().put("isIncluded", true);
        ArrayNode keyValues = region.putArray("keyValues");
        for (var kv : c.keyValues()) {
            ArrayNode values = keyValues.addObject().put("id", kv.id()).putArray("values");
            kv.values().forEach(values::add);
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
            ObjectNode n = attrs.addObject().put("id", a.id())
                    .put("assignmentStatus", a.mandatory() ? "Mandatory" : "Conditional");
            ObjectNode rel = n.putObject("attributeRelationship");
            switch (a.attachment()) {
                case DATASET -> rel.putObject("none");
                case SERIES -> dsd.dimensions().forEach(d -> rel.withArray("dimensions").add(d.id()));
                case OBSERVATION -> rel.put("primaryMeasure", dsd.measure().id());
            }
            n.put("conceptIdentity", a.concept().urn());
            n.set("localRepresentation", localRepresentation(a.representation()));
        }
        ObjectNode dimList = c.putObject("dimensionList").put("id", "DimensionDescriptor");
        ArrayNode dims = dimList.putArray("dimensions");
        for (Dimension d : dsd.dimensions()) {
            dims.addObject().put("id", d.id()).put("position", d.position()).put("type", "Dimension")
                    .put("conceptIdentity", d.concept().urn())
                    .set("localRepresentation", localRepresentation(d.representation()));
        }
        dimList.putArray("timeDimensions").addObject().put("id", TimeDimension.ID)
                .put("position", dsd.dimensions().size() + 1).put("type", "TimeDimension")
                .put("conceptIdentity", dsd.timeDimension().concept().urn())
                .set("localRepresentation", localRepresentation(Representation.text(TimeDimension.TEXT_TYPE)));
        c.putObject("measureList").put("id", "MeasureDescriptor").putObject("primaryMeasure")
                .put("id", dsd.measure().id()).put("conceptIdentity", dsd.measure().concept().urn())
                .set("localRepresentation", localRepresentation(dsd.measure().representation()));
        return c;
    }
}
