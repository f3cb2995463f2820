package io.archivo.sdmx.format;

import io.archivo.sdmx.model.ArtefactRef;
import io.archivo.sdmx.model.ArtefactType;
import io.archivo.sdmx.model.AttachmentLevel;
import io.archivo.sdmx.model.Categorisation;
import io.archivo.sdmx.model.ConceptRef;
import io.archivo.sdmx.model.ContentConstraint;
import io.archivo.sdmx.model.DataAttribute;
import io.archivo.sdmx.model.DataStructure;
import io.archivo.sdmx.model.Dataflow;
import io.archivo.sdmx.model.MaintainableArtefact;
import io.archivo.sdmx.model.ProvisionAgreement;
import io.archivo.sdmx.model.Representation;
import java.util.List;

/**
 * SDMX-ML 2.1 structure and error messages. References are written as {@code <Ref>} elements (agency, id,
 * version, and for items the maintainable parent), as 2.1 prefers, plus URNs on the artefacts themselves.
 */
final class StructureWriter21 extends XmlStructureWriterBase {

    static final String MES = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message";
    static final String STR = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/structure";
    static final String COM = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/common";

    /** Containers in the order StructuresType requires; item-holding element names per type. */
    private static final List<Object[]> SECTIONS = List.of(
            new Object[] {ArtefactType.AGENCY_SCHEME, "OrganisationSchemes", "AgencyScheme", "Agency"},
            new Object[] {ArtefactType.DATA_PROVIDER_SCHEME, "OrganisationSchemes", "DataProviderScheme", "DataProvider"},
            new Object[] {ArtefactType.DATAFLOW, "Dataflows", "Dataflow", null},
            new Object[] {ArtefactType.CATEGORY_SCHEME, "CategorySchemes", "CategoryScheme", "Category"},
            new Object[] {ArtefactType.CATEGORISATION, "Categorisations", "Categorisation", null},
            new Object[] {ArtefactType.CODELIST, "Codelists", "Codelist", "Code"},
            new Object[] {ArtefactType.CONCEPT_SCHEME, "Concepts", "ConceptScheme", "Concept"},
            new Object[] {ArtefactType.DATA_STRUCTURE, "DataStructures", "DataStructure", null},
            new Object[] {ArtefactType.CONTENT_CONSTRAINT, "Constraints", "ContentConstraint", null},
            new Object[] {ArtefactType.PROVISION_AGREEMENT, "ProvisionAgreements", "ProvisionAgreement", null});

    StructureWriter21() {
        super(MES, STR, COM, SECTIONS);
    }

    @Override
    void versionAttributes(XmlOut x, MaintainableArtefact a) {
        x.attr("version", a.ref().version())
                // organisation schemes are never final in 2.1 (the schema fixes isFinal to false)
                .attr("isFinal", a.type().isOrganisationScheme() ? null : "true");
    }

    @Override
    void dataflowBody(XmlOut x, Dataflow df) {
        x.str("Structure");
        ref(x, df.structure(), "DataStructure", "datastructure");
        x.end();
    }

    @Override
    void categorisationBody(XmlOut x, Categorisation c) {
        x.str("Source");
        ref(x, c.source().ref(), c.source().type().urnClass(), c.source().type().urnPackage());
        x.end().str("Target");
        x.plain("Ref").attr("id", c.categoryId()).attr("maintainableParentID", c.categoryScheme().id())
                .attr("maintainableParentVersion", c.categoryScheme().version())
                .attr("agencyID", c.categoryScheme().agency()).attr("class", "Category")
                .attr("package", "categoryscheme").end();
        x.end();
    }

    @Override
    Integer timeDimensionPosition(DataStructure dsd) {
        return dsd.dimensions().size() + 1;
    }

    @Override
    void attributeUsage(XmlOut x, DataAttribute at) {
        x.attr("assignmentStatus", at.mandatory() ? "Mandatory" : "Conditional");
    }

    @Override
    void attributeRelationship(XmlOut x, DataStructure dsd, AttachmentLevel level) {
        x.str("AttributeRelationship");
        switch (level) {
            case DATASET -> x.str("None").end();
            case SERIES -> dsd.dimensions().forEach(d -> x.str("Dimension").plain("Ref").attr("id", d.id()).end().end());
            case OBSERVATION -> x.str("PrimaryMeasure").plain("Ref").attr("id", dsd.measure().id()).end().end();
        }
        x.end();
    }

    @Override
    String measureElement() {
        return "PrimaryMeasure";
    }

    @Override
    void concept(XmlOut x, ConceptRef c) {
        x.str("ConceptIdentity").plain("Ref").attr("id", c.conceptId())
                .attr("maintainableParentID", c.scheme().id()).attr("maintainableParentVersion", c.scheme().version())
                .attr("agencyID", c.scheme().agency()).attr("class", "Concept").attr("package", "conceptscheme")
                .end().end();
    }

    @Override
    void representation(XmlOut x, Representation r) {
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

    @Override
    void constraintAttributes(XmlOut x, ContentConstraint c) {
        x.attr("type", c.role().sdmxName());
    }

    @Override
    void constraintBody(XmlOut x, ContentConstraint c) {
        x.str("ConstraintAttachment").str("Dataflow");
        ref(x, c.dataflow(), "Dataflow", "datastructure");
        x.end().end();
        x.str("CubeRegion").attr("include", "true");
        for (ContentConstraint.KeyValues kv : c.keyValues()) {
            x.com("KeyValue").attr("id", kv.id());
            kv.values().forEach(v -> x.com("Value").text(v).end());
            x.end();
        }
        if (c.timeRange() != null) {
            x.com("KeyValue").attr("id", io.archivo.sdmx.model.TimeDimension.ID).com("TimeRange")
                    .com("StartPeriod").attr("isInclusive", "true").text(c.timeRange().start()).end()
                    .com("EndPeriod").attr("isInclusive", "true").text(c.timeRange().end()).end()
                    .end().end();
        }
        x.end();
    }

    @Override
    void provisionBody(XmlOut x, ProvisionAgreement pa) {
        x.str("StructureUsage");
        ref(x, pa.dataflow(), "Dataflow", "datastructure");
        x.end().str("DataProvider");
        x.plain("Ref").attr("id", pa.providerId()).attr("maintainableParentID", pa.providerScheme().id())
                .attr("maintainableParentVersion", pa.providerScheme().version())
                .attr("agencyID", pa.providerScheme().agency()).attr("class", "DataProvider")
                .attr("package", "base").end();
        x.end();
    }

    private static void ref(XmlOut x, ArtefactRef ref, String cls, String pkg) {
        x.plain("Ref").attr("id", ref.id()).attr("version", ref.version()).attr("agencyID", ref.agency())
                .attr("class", cls).attr("package", pkg).end();
    }
}
