package io.archivo.sdmx.format;

import io.archivo.sdmx.model.ArtefactType;
import io.archivo.sdmx.model.AttachmentLevel;
import io.archivo.sdmx.model.Categorisation;
import io.archivo.sdmx.model.ContentConstraint;
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
 * What SDMX-ML structure messages 2.1 and 3.0 share: the message envelope and header, the containers in the
 * order of a version's StructuresType, the maintainable artefact (stub, partial, name, description), the items of
 * item schemes, the error message, and the component lists of a data structure with their URNs. Subclasses write
 * what differs: version attributes, references (2.1 {@code <Ref>} elements, 3.0 URNs), attribute usage and
 * relationships, and the name of the measure.
 */
abstract class XmlStructureWriterBase {

    private static final String URN_BASE = "urn:sdmx:org.sdmx.infomodel.datastructure.";

    private final String mes;
    private final String str;
    private final String com;
    /** Per container: artefact type, container element, artefact element, item element (null without items). */
    private final List<Object[]> sections;

    XmlStructureWriterBase(String mes, String str, String com, List<Object[]> sections) {
        this.mes = mes;
        this.str = str;
        this.com = com;
        this.sections = sections;
    }

    /** Writes {@code version} (and in 2.1 {@code isFinal}) after {@code id}, {@code urn} and {@code agencyID}. */
    abstract void versionAttributes(XmlOut x, MaintainableArtefact a);

    abstract void dataflowBody(XmlOut x, Dataflow df);

    abstract void categorisationBody(XmlOut x, Categorisation c);

    /** The agreement's dataflow and data provider. */
    abstract void provisionBody(XmlOut x, io.archivo.sdmx.model.ProvisionAgreement pa);

    abstract void concept(XmlOut x, ConceptRef c);

    abstract void representation(XmlOut x, Representation r);

    /** The time dimension's {@code position}, or null where the version has none. */
    abstract Integer timeDimensionPosition(DataStructure dsd);

    /** Whether the attribute is mandatory, in the version's words. */
    abstract void attributeUsage(XmlOut x, DataAttribute at);

    /** The whole {@code AttributeRelationship} element. */
    abstract void attributeRelationship(XmlOut x, DataStructure dsd, AttachmentLevel level);

    /** The element (and URN class) of the data structure's measure. */
    abstract String measureElement();

    /** The constraint's attachment and cube region (2.1 in the common namespace, 3.0 in the structure one). */
    abstract void constraintBody(XmlOut x, ContentConstraint c);

    /** The URN on the artefact element (3.0 renamed content constraints to data constraints). */
    String urn(MaintainableArtefact a) {
        return a.urn();
    }

    final void write(StructureMessage message, OutputStream out) {
        try (XmlOut x = new XmlOut(out, mes, str, com)) {
            x.root("Structure");
            header(x, message.header());
            x.mes("Structures");
            // consecutive sections may share a container (2.1 OrganisationSchemes holds agency and provider schemes)
            String open = null;
            for (Object[] s : sections) {
                List<MessageEntry> entries = message.ofType((ArtefactType) s[0]);
                if (entries.isEmpty()) {
                    continue;
                }
                if (!s[1].equals(open)) {
                    if (open != null) {
                        x.end();
                    }
                    x.str((String) s[1]);
                    open = (String) s[1];
                }
                for (MessageEntry e : entries) {
                    artefact(x, message.header(), e, (String) s[2], (String) s[3]);
                }
            }
            if (open != null) {
                x.end();
            }
            x.end().end();
        }
    }

    final void writeError(List<SdmxError> errors, OutputStream out) {
        try (XmlOut x = new XmlOut(out, mes, str, com)) {
            x.root("Error");
            for (SdmxError e : errors) {
                x.mes("ErrorMessage").attr("code", e.code());
                x.localised("Text", LocalisedText.of("en", e.text()));
                x.end();
            }
            x.end();
        }
    }

    private static void header(XmlOut x, MessageHeader h) {
        x.mes("Header").mesText("ID", h.id()).mesText("Test", "false").mesText("Prepared", XmlOut.dateTime(h.prepared()));
        x.mes("Sender").attr("id", h.senderId()).localised("Name", h.senderName()).end();
        x.end();
    }

    private void artefact(XmlOut x, MessageHeader h, MessageEntry e, String element, String itemElement) {
        MaintainableArtefact a = e.artefact();
        Presentation p = e.presentation();
        x.str(element).attr("id", a.ref().id()).attr("urn", urn(a)).attr("agencyID", a.ref().agency());
        versionAttributes(x, a);
        if (a instanceof ContentConstraint c) {
            constraintAttributes(x, c);
        }
        if (p.isStub()) {
            x.attr("isExternalReference", "true").attr("structureURL", StubUrls.structureUrl(h, a));
        }
        if (p == Presentation.PARTIAL && a instanceof ItemScheme) {
            x.attr("isPartial", "true");
        }
        if (a instanceof ContentConstraint c && c.isActual() && !p.isStub()) {
            // the observation count as .Stat Suite states it: annotation obs_count of type sdmx_metrics
            x.com("Annotations").com("Annotation").attr("id", "obs_count")
                    .com("AnnotationTitle").text(Long.toString(c.observations())).end()
                    .com("AnnotationType").text("sdmx_metrics").end().end().end();
        }
        x.localised("Name", a.name());
        if (p != Presentation.STUB) {
            x.localised("Description", a.description());
        }
        if (!p.isStub()) {
            body(x, a, itemElement);
        } else if (a instanceof io.archivo.sdmx.model.ProvisionAgreement pa) {
            provisionBody(x, pa); // the 2.1 schema requires flow and provider even in a stub
        }
        x.end();
    }

    private void body(XmlOut x, MaintainableArtefact a, String itemElement) {
        if (a instanceof ItemScheme<?> scheme) {
            for (Item i : scheme.items()) {
                x.str(itemElement).attr("id", i.id()).attr("urn", scheme.itemUrn(i.id()));
                x.localised("Name", i.name()).localised("Description", i.description()).end();
            }
        } else if (a instanceof Dataflow df) {
            dataflowBody(x, df);
        } else if (a instanceof Categorisation c) {
            categorisationBody(x, c);
        } else if (a instanceof DataStructure dsd) {
            dataStructure(x, dsd);
        } else if (a instanceof ContentConstraint c) {
            constraintBody(x, c);
        } else if (a instanceof io.archivo.sdmx.model.ProvisionAgreement pa) {
            provisionBody(x, pa);
        }
    }

    /** 2.1 {@code type="Actual"|"Allowed"}, 3.0 {@code role="Actual"|"Allowed"}. */
    abstract void constraintAttributes(XmlOut x, ContentConstraint c);

    private void dataStructure(XmlOut x, DataStructure dsd) {
        x.str("DataStructureComponents");
        x.str("DimensionList").attr("id", "DimensionDescriptor")
                .attr("urn", URN_BASE + "DimensionDescriptor=" + dsd.ref() + ".DimensionDescriptor");
        for (Dimension d : dsd.dimensions()) {
            x.str("Dimension").attr("id", d.id()).attr("urn", URN_BASE + "Dimension=" + dsd.ref() + "." + d.id())
                    .attr("position", d.position());
            concept(x, d.concept());
            representation(x, d.representation());
            x.end();
        }
        x.str("TimeDimension").attr("id", TimeDimension.ID)
                .attr("urn", URN_BASE + "TimeDimension=" + dsd.ref() + "." + TimeDimension.ID)
                .attr("position", timeDimensionPosition(dsd));
        concept(x, dsd.timeDimension().concept());
        x.str("LocalRepresentation").str("TextFormat").attr("textType", TimeDimension.TEXT_TYPE).end().end();
        x.end().end();
        if (!dsd.attributes().isEmpty()) {
            x.str("AttributeList").attr("id", "AttributeDescriptor")
                    .attr("urn", URN_BASE + "AttributeDescriptor=" + dsd.ref() + ".AttributeDescriptor");
            for (DataAttribute at : dsd.attributes()) {
                x.str("Attribute").attr("id", at.id())
                        .attr("urn", URN_BASE + "DataAttribute=" + dsd.ref() + "." + at.id());
                attributeUsage(x, at);
                concept(x, at.concept());
                representation(x, at.representation());
                attributeRelationship(x, dsd, at.attachment());
                x.end();
            }
            x.end();
        }
        String measure = measureElement();
        x.str("MeasureList").attr("id", "MeasureDescriptor")
                .attr("urn", URN_BASE + "MeasureDescriptor=" + dsd.ref() + ".MeasureDescriptor");
        x.str(measure).attr("id", dsd.measure().id())
                .attr("urn", URN_BASE + measure + "=" + dsd.ref() + "." + dsd.measure().id());
        concept(x, dsd.measure().concept());
        representation(x, dsd.measure().representation());
        x.end().end();
        x.end();
    }
}
