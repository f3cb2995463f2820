package io.archivo.sdmx.format;

import io.archivo.sdmx.model.ArtefactType;
import io.archivo.sdmx.model.AttachmentLevel;
import io.archivo.sdmx.model.Categorisation;
import io.archivo.sdmx.model.ConceptRef;
import io.archivo.sdmx.model.ContentConstraint;
import io.archivo.sdmx.model.DataAttribute;
import io.archivo.sdmx.model.DataStructure;
import io.archivo.sdmx.model.Dataflow;
import io.archivo.sdmx.model.MaintainableArtefact;
import io.archivo.sdmx.model.Representation;
import java.util.List;

/**
 * SDMX-ML 3.0.0 structure and error messages. 3.0 references are URNs in element text; there is no
 * {@code isFinal} (versions are final unless they carry a draft extension), attributes say {@code usage}.
 */
final class StructureWriter30 extends XmlStructureWriterBase {

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
            new Object[] {ArtefactType.CONTENT_CONSTRAINT, "DataConstraints", "DataConstraint", null},
            new Object[] {ArtefactType.DATAFLOW, "Dataflows", "Dataflow", null},
            new Object[] {ArtefactType.DATA_PROVIDER_SCHEME, "DataProviderSchemes", "DataProviderScheme", "DataProvider"},
            new Object[] {ArtefactType.DATA_STRUCTURE, "DataStructures", "DataStructure", null},
            new Object[] {ArtefactType.PROVISION_AGREEMENT, "ProvisionAgreements", "ProvisionAgreement", null});

    StructureWriter30() {
        super(MES, STR, COM, SECTIONS);
    }

    @Override
    void versionAttributes(XmlOut x, MaintainableArtefact a) {
        // 3.0 organisation schemes are unversioned (1.0 is implied)
        x.attr("version", a.type().isOrganisationScheme() ? null : a.ref().version());
    }

    @Override
    void dataflowBody(XmlOut x, Dataflow df) {
        x.strText("Structure", ArtefactType.DATA_STRUCTURE.urn(df.structure()));
    }

    @Override
    void provisionBody(XmlOut x, io.archivo.sdmx.model.ProvisionAgreement pa) {
        x.strText("Dataflow", ArtefactType.DATAFLOW.urn(pa.dataflow())).strText("DataProvider", pa.providerUrn());
    }

    @Override
    void categorisationBody(XmlOut x, Categorisation c) {
        x.strText("Source", c.source().urn()).strText("Target", c.targetUrn());
    }

    /** 3.0 time dimensions carry no position. */
    @Override
    Integer timeDimensionPosition(DataStructure dsd) {
        return null;
    }

    @Override
    void attributeUsage(XmlOut x, DataAttribute at) {
        x.attr("usage", at.mandatory() ? "mandatory" : "optional");
    }

    @Override
    void attributeRelationship(XmlOut x, DataStructure dsd, AttachmentLevel level) {
        x.str("AttributeRelationship");
        if (level == AttachmentLevel.DATASET) {
            x.str("Dataflow").end();
        } else if (level == AttachmentLevel.SERIES) {
            dsd.dimensions().forEach(d -> x.strText("Dimension", d.id()));
        } else {
            x.str("Observation").end();
        }
        x.end();
    }

    @Override
    String urn(MaintainableArtefact a) {
        return a instanceof ContentConstraint c ? c.urn30() : a.urn();
    }

    @Override
    void constraintAttributes(XmlOut x, ContentConstraint c) {
        x.attr("role", c.role().sdmxName());
    }

    @Override
    void constraintBody(XmlOut x, ContentConstraint c) {
        x.str("ConstraintAttachment").strText("Dataflow", ArtefactType.DATAFLOW.urn(c.dataflow())).end();
        x.str("CubeRegion").attr("include", "true");
        for (ContentConstraint.KeyValues kv : c.keyValues()) {
            x.str("KeyValue").attr("id", kv.id());
            kv.values().forEach(v -> x.strText("Value", v));
            x.end();
        }
        if (c.timeRange() != null) {
            x.str("KeyValue").attr("id", io.archivo.sdmx.model.TimeDimension.ID).str("TimeRange")
                    .str("StartPeriod").attr("isInclusive", "true").text(c.timeRange().start()).end()
                    .str("EndPeriod").attr("isInclusive", "true").text(c.timeRange().end()).end()
                    .end().end();
        }
        x.end();
    }

    @Override
    String measureElement() {
        return "Measure";
    }

    @Override
    void concept(XmlOut x, ConceptRef c) {
        x.strText("ConceptIdentity", c.urn());
    }

    @Override
    void representation(XmlOut x, Representation r) {
        x.str("LocalRepresentation");
        if (r.isEnumerated()) {
            x.strText("Enumeration", ArtefactType.CODELIST.urn(r.codelist()));
        } else {
            x.str("TextFormat").attr("textType", r.textType()).end();
        }
        x.end();
    }
}
