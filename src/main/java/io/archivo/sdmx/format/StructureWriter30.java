package io.archivo.sdmx.format;

import io.archivo.sdmx.model.ArtefactType;
import io.archivo.sdmx.model.AttachmentLevel;
import io.archivo.sdmx.model.Categorisation;
import io.archivo.sdmx.model.DataAttribute;
import io.archivo.sdmx.model.DataStructure;
import io.archivo.sdmx.model.Dataflow;
import io.archivo.sdmx.model.Dimension;
import io.archivo.sdmx.model.Item;
import io.archivo.sdmx.model.ItemScheme;
import io.archivo.sdmx.model.LocalisedText;
import io.archivo.sdmx.model.MaintainableArtefact;
import io.archivo.sdmx.model.Representation;
import io.archivo.sdmx.model.TimeDimension;
import java.io.OutputStream;
import java.util.List;

/**
 * SDMX-ML 3.0.0 structure and error messages. 3.0 references are URNs in element text; there is no
 * {@code isFinal} (versions are final unless they carry a draft extension), attributes say {@code usage}.
 */
final class StructureWriter30 {

    static final String MES = "http://www.sdmx.org/resources/sdmxml/schemas/v3_0/message";
    static final String STR = "http://www.sdmx.org/resources/sdmxml/schemas/v3_0/structure";
    static final String COM = "http://www.sdmx.org/resources/sdmxml/schemas/v3_0/common";

    /** Containers in the (alphabetical) order 3.0 StructuresType requires. */
    private static final List<Object[]> SECTIONS = List.of(
            new Object[] {ArtefactType.AGENCY_SCHEME, "AgencySchemes", "AgencyScheme", "Agency"},
            new Object[] {ArtefactType.CATEGORISATION, "Categorisations", "Categorisation", null},
            new Object[] {ArtefactType.CATEGORY_SCHEME, "CategorySchemes", "CategoryScheme", "Category"},
            new Object[] {ArtefactType.CODELIST, "Codelists", "Codelist", "Code"},
            new Object[] {ArtefactType.CONCEPT_SCHEME, "ConceptSchemes", "ConceptScheme", "Concept"},
            new Object[] {ArtefactType.DATAFLOW, "Dataflows", "Dataflow", null},
            new Object[] {ArtefactType.DATA_STRUCTURE, "DataStructures", "DataStructure", null});

    private StructureWriter30() {
    }

    static void write(StructureMessage message, OutputStream out) {
        try (XmlOut x = new XmlOut(out, MES, STR, COM)) {
            x.root("Structure");
            StructureWriter21.header(x, message.header());
            x.mes("Structures");
            for (Object[] s : SECTIONS) {
                List<MessageEntry> entries = message.ofType((ArtefactType) s[0]);
                if (entries.isEmpty()) {
                    continue;
                }
                x.str((String) s[1]);
                for (MessageEntry e : entries) {
                    artefact(x, message.header(), e, (String) s[2], (String) s[3]);
                }
                x.end();
            }
            x.end().end();
        }
    }

    static void writeError(List<SdmxError> errors, OutputStream out) {
        try (XmlOut x = new XmlOut(out, MES, STR, COM)) {
            x.root("Error");
            for (SdmxError e : errors) {
                x.mes("ErrorMessage").attr("code", e.code()).localised("Text", LocalisedText.of("en", e.text())).end();
            }
            x.end();
        }
    }

    private static void artefact(XmlOut x, MessageHeader h, MessageEntry e, String element, String itemElement) {
        MaintainableArtefact a = e.artefact();
        Presentation p = e.presentation();
        x.str(element).attr("id", a.ref().id()).attr("urn", a.urn()).attr("agencyID", a.ref().agency())
                // 3.0 organisation schemes are unversioned (1.0 is implied)
                .attr("version", a.type() == ArtefactType.AGENCY_SCHEME ? null : a.ref().version());
        if (p.isStub()) {
            x.attr("isExternalReference", "true").attr("structureURL", StubUrls.structureUrl(h, a));
        }
        if (p == Presentation.PARTIAL && a instanceof ItemScheme) {
            x.attr("isPartial", "true");
        }
        x.localised("Name", a.name());
        if (p != Presentation.STUB) {
            x.localised("Description", a.description());
        }
        if (!p.isStub()) {
            body(x, a, itemElement);
        }
        x.end();
    }

    private static void body(XmlOut x, MaintainableArtefact a, String itemElement) {
        if (a instanceof ItemScheme<?> scheme) {
            for (Item i : scheme.items()) {
                x.str(itemElement).attr("id", i.id()).attr("urn", scheme.itemUrn(i.id()));
                x.localised("Name", i.name()).localised("Description", i.description()).end();
            }
        } else if (a instanceof Dataflow df) {
            x.strText("Structure", ArtefactType.DATA_STRUCTURE.urn(df.structure()));
        } else if (a instanceof Categorisation c) {
            x.strText("Source", c.source().urn()).strText("Target", c.targetUrn());
        } else if (a instanceof DataStructure dsd) {
            dataStructure(x, dsd);
        }
    }

    private static void dataStructure(XmlOut x, DataStructure dsd) {
        String urnBase = "urn:sdmx:org.sdmx.infomodel.datastructure.";
        x.str("DataStructureComponents");
        x.str("DimensionList").attr("id", "DimensionDescriptor")
                .attr("urn", urnBase + "DimensionDescriptor=" + dsd.ref() + ".DimensionDescriptor");
        for (Dimension d : dsd.dimensions()) {
            x.str("Dimension").attr("id", d.id()).attr("urn", urnBase + "Dimension=" + dsd.ref() + "." + d.id())
                    .attr("position", d.position());
            x.strText("ConceptIdentity", d.concept().urn());
            representation(x, d.representation());
            x.end();
        }
        x.str("TimeDimension").attr("id", TimeDimension.ID)
                .attr("urn", urnBase + "TimeDimension=" + dsd.ref() + "." + TimeDimension.ID);
        x.strText("ConceptIdentity", dsd.timeDimension().concept().urn());
        x.str("LocalRepresentation").str("TextFormat").attr("textType", TimeDimension.TEXT_TYPE).end().end();
        x.end().end();
        if (!dsd.attributes().isEmpty()) {
            x.str("AttributeList").attr("id", "AttributeDescriptor")
                    .attr("urn", urnBase + "AttributeDescriptor=" + dsd.ref() + ".AttributeDescriptor");
            for (DataAttribute at : dsd.attributes()) {
                x.str("Attribute").attr("id", at.id())
                        .attr("urn", urnBase + "DataAttribute=" + dsd.ref() + "." + at.id())
                        .attr("usage", at.mandatory() ? "mandatory" : "optional");
                x.strText("ConceptIdentity", at.concept().urn());
                representation(x, at.representation());
                x.str("AttributeRelationship");
                if (at.attachment() == AttachmentLevel.DATASET) {
                    x.str("Dataflow").end();
                } else if (at.attachment() == AttachmentLevel.SERIES) {
                    dsd.dimensions().forEach(d -> x.strText("Dimension", d.id()));
                } else {
                    x.str("Observation").end();
                }
                x.end().end();
            }
            x.end();
        }
        x.str("MeasureList").attr("id", "MeasureDescriptor")
                .attr("urn", urnBase + "MeasureDescriptor=" + dsd.ref() + ".MeasureDescriptor");
        x.str("Measure").attr("id", dsd.measure().id())
                .attr("urn", urnBase + "Measure=" + dsd.ref() + "." + dsd.measure().id());
        x.strText("ConceptIdentity", dsd.measure().concept().urn());
        representation(x, dsd.measure().representation());
        x.end().end();
        x.end();
    }

    private static void representation(XmlOut x, Representation r) {
        x.str("LocalRepresentation");
        if (r.isEnumerated()) {
            x.strText("Enumeration", ArtefactType.CODELIST.urn(r.codelist()));
        } else {
            x.str("TextFormat").attr("textType", r.textType()).end();
        }
        x.end();
    }
}
