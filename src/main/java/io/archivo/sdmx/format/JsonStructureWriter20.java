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
