package io.archivo.sdmx.format;

import io.archivo.sdmx.model.ArtefactRef;
import io.archivo.sdmx.model.ArtefactType;
import io.archivo.sdmx.model.AttachmentLevel;
import io.archivo.sdmx.model.Categorisation;
import io.archivo.sdmx.model.ConceptRef;
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
 * SDMX-ML 2.1 structure and error messages. References are written as {@code <Ref>} elements (agency, id,
 * version, and for items the maintainable parent), as 2.1 prefers, plus URNs on the artefacts themselves.
 */
final class StructureWriter21 {

    static final String MES = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message";
    static final String STR = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/structure";
    static final String COM = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/common";

    /** Containers in the order StructuresType requires; item-holding element names per type. */
    private static final List<Object[]> SECTIONS = List.of(
            new Object[] {ArtefactType.AGENCY_SCHEME, "OrganisationSchemes", "AgencyScheme", "Agency"},
            new Object[] {ArtefactType.DATAFLOW, "Dataflows", "Dataflow", null},
            new Object[] {ArtefactType.CATEGORY_SCHEME, "CategorySchemes", "CategoryScheme", "Category"},
            new Object[] {ArtefactType.CATEGORISATION, "Categorisations", "Categorisation", null},
            new Object[] {ArtefactType.CODELIST, "Codelists", "Codelist", "Code"},
            new Object[] {ArtefactType.CONCEPT_SCHEME, "Concepts", "ConceptScheme", "Concept"},
            new Object[] {ArtefactType.DATA_STRUCTURE, "DataStructures", "DataStructure", null});

    private StructureWriter21() {
    }

    static void write(StructureMessage message, OutputStream out) {
        try (XmlOut x = new XmlOut(out, MES, STR, COM)) {
            x.root("Structure");
            header(x, message.header());
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
                x.mes("ErrorMessage").attr("code", e.code());
                x.localised("Text", LocalisedText.of("en", e.text()));
                x.end();
            }
            x.end();
        }
    }

    static void header(XmlOut x, MessageHeader h) {
        x.mes("Header").mesText("ID", h.id()).mesText("Test", "false").mesText("Prepared", XmlOut.dateTime(h.prepared()));
        x.mes("Sender").attr("id", h.senderId()).localised("Name", h.senderName()).end();
        x.end();
    }

    private static void artefact(XmlOut x, MessageHeader h, MessageEntry e, String element, String itemElement) {
        MaintainableArtefact a = e.artefact();
        Presentation p = e.presentation();
        x.str(element).attr("id", a.ref().id()).attr("urn", a.urn()).attr("agencyID", a.ref().agency())
                .attr("version", a.ref().version())
                // organisation schemes are never final in 2.1 (the schema fixes isFinal to false)
                .attr("isFinal", a.type() == ArtefactType.AGENCY_SCHEME ? null : "true");
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
            x.str("Structure");
            ref(x, df.structure(), "DataStructure", "datastructure");
            x.end();
        } else if (a instanceof Categorisation c) {
            x.str("Source");
            ref(x, c.source().ref(), c.source().type().urnClass(), c.source().type().urnPackage());
            x.end().str("Target");
            x.plain("Ref").attr("id", c.categoryId()).attr("maintainableParentID", c.categoryScheme().id())
                    .attr("maintainableParentVersion", c.categoryScheme().version())
                    .attr("agencyID", c.categoryScheme().agency()).attr("class", "Category")
                    .attr("package", "categoryscheme").end();
            x.end();
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
            concept(x, d.concept());
            representation(x, d.representation());
            x.end();
        }
        x.str("TimeDimension").attr("id", TimeDimension.ID)
                .attr("urn", urnBase + "TimeDimension=" + dsd.ref() + "." + TimeDimension.ID)
                .attr("position", dsd.dimensions().size() + 1);
        concept(x, dsd.timeDimension().concept());
        x.str("LocalRepresentation").str("TextFormat").attr("textType", TimeDimension.TEXT_TYPE).end().end();
        x.end().end();
        if (!dsd.attributes().isEmpty()) {
            x.str("AttributeList").attr("id", "AttributeDescriptor")
                    .attr("urn", urnBase + "AttributeDescriptor=" + dsd.ref() + ".AttributeDescriptor");
            for (DataAttribute at : dsd.attributes()) {
                x.str("Attribute").attr("id", at.id())
                        .attr("urn", urnBase + "DataAttribute=" + dsd.ref() + "." + at.id())
                        .attr("assignmentStatus", at.mandatory() ? "Mandatory" : "Conditional");
                concept(x, at.concept());
                representation(x, at.representation());
                attributeRelationship(x, dsd, at.attachment());
                x.end();
            }
            x.end();
        }
        x.str("MeasureList").attr("id", "MeasureDescriptor")
                .attr("urn", urnBase + "MeasureDescriptor=" + dsd.ref() + ".MeasureDescriptor");
        x.str("PrimaryMeasure").attr("id", dsd.measure().id())
                .attr("urn", urnBase + "PrimaryMeasure=" + dsd.ref() + "." + dsd.measure().id());
        concept(x, dsd.measure().concept());
        representation(x, dsd.measure().representation());
        x.end().end();
        x.end();
    }

    private static void attributeRelationship(XmlOut x, DataStructure dsd, AttachmentLevel level) {
        x.str("AttributeRelationship");
        switch (level) {
            case DATASET -> x.str("None").end();
            case SERIES -> dsd.dimensions().forEach(d -> x.str("Dimension").plain("Ref").attr("id", d.id()).end().end());
            case OBSERVATION -> x.str("PrimaryMeasure").plain("Ref").attr("id", dsd.measure().id()).end().end();
        }
        x.end();
    }

    private static void concept(XmlOut x, ConceptRef c) {
        x.str("ConceptIdentity").plain("Ref").attr("id", c.conceptId())
                .attr("maintainableParentID", c.scheme().id()).attr("maintainableParentVersion", c.scheme().version())
                .attr("agencyID", c.scheme().agency()).attr("class", "Concept").attr("package", "conceptscheme")
                .end().end();
    }

    private static void representation(XmlOut x, Representation r) {
        x.str("LocalRepresentation");
        if (r.isEnumerated()) {
            x.str("Enumeration");
            ref(x, r.codelist(), "Codelist", "codelist");
            x.end();
        } else {
            x.str("TextFormat").attr("textType", r.textType()).end();
        }
        x.end();
    }

    private static void ref(XmlOut x, ArtefactRef ref, String cls, String pkg) {
        x.plain("Ref").attr("id", ref.id()).attr("version", ref.version()).attr("agencyID", ref.agency())
                .attr("class", cls).attr("package", pkg).end();
    }
}
