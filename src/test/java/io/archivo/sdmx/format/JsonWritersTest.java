package io.archivo.sdmx.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.archivo.sdmx.SdmxFixtures;
import io.archivo.sdmx.model.ArtefactType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Structural checks of the SDMX-JSON structure messages 1.0 and 2.0. */
class JsonWritersTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode write(SdmxFormat format, Presentation p, ArtefactType... types) throws Exception {
        List<MessageEntry> entries = SdmxFixtures.artefacts().all().stream()
                .filter(a -> types.length == 0 || List.of(types).contains(a.type()))
                .map(a -> new MessageEntry(a, p)).toList();
        return JSON.readTree(SdmxWriters.structure(format, new StructureMessage(XsdValidationTest.header(), entries)));
    }

    @Test
    void json20MetaAndDataflows() throws Exception {
        JsonNode root = write(SdmxFormat.SDMX_JSON_20, Presentation.FULL);
        assertTrue(root.at("/meta/schema").asText().contains("/2.0.0/"));
        assertEquals("IREF_TEST", root.at("/meta/id").asText());
        assertFalse(root.at("/meta/test").asBoolean());
        assertEquals("2025-01-02T03:04:05Z", root.at("/meta/prepared").asText());
        assertEquals("ARCHIVO_CALI", root.at("/meta/sender/id").asText());
        assertEquals("es", root.at("/meta/contentLanguages/0").asText());
        JsonNode df = root.at("/data/dataflows/1");
        assertEquals("ECV-01", df.get("id").asText());
        assertEquals("2.0", df.get("version").asText());
        assertEquals("Quality of Life Survey 2023", df.at("/names/en").asText());
        assertEquals("urn:sdmx:org.sdmx.infomodel.datastructure.DataStructure=ARCHIVO_CALI:DSD_ECV-01(2.0)", df.get("structure").asText());
        assertFalse(df.has("isFinal"));
        JsonNode dsd = root.at("/data/dataStructures/0/dataStructureComponents");
        assertEquals("TIME_PERIOD", dsd.at("/dimensionList/timeDimension/id").asText());
        assertEquals("OBS_VALUE", dsd.at("/measureList/measures/0/id").asText());
        assertTrue(dsd.at("/attributeList/attributes/1/attributeRelationship").has("observation"));
        assertEquals("optional", dsd.at("/attributeList/attributes/0/usage").asText());
        assertEquals("ARCHIVO_CALI", root.at("/data/agencySchemes/0/agencies/0/id").asText());
        assertTrue(root.at("/data/categorisations/0/target").asText().contains("categoryscheme.Category="));
        assertTrue(root.at("/data/codelists/0/codes").isArray());
        assertTrue(root.at("/data/conceptSchemes/0/concepts").size() > 0);
        assertTrue(root.at("/data/categorySchemes/0/categories").size() > 0);
    }

    @Test
    void json10UsesThe21Shapes() throws Exception {
        JsonNode root = write(SdmxFormat.SDMX_JSON_10, Presentation.FULL, ArtefactType.DATA_STRUCTURE, ArtefactType.DATAFLOW);
        assertTrue(root.at("/meta/schema").asText().contains("/1.0/"));
        assertTrue(root.at("/data/dataflows/0/isFinal").asBoolean());
        JsonNode c = root.at("/data/dataStructures/0/dataStructureComponents");
        assertEquals("TIME_PERIOD", c.at("/dimensionList/timeDimensions/0/id").asText());
        assertEquals("OBS_VALUE", c.at("/measureList/primaryMeasure/id").asText());
        assertEquals("OBS_VALUE", c.at("/attributeList/attributes/1/attributeRelationship/primaryMeasure").asText());
        assertEquals("Conditional", c.at("/attributeList/attributes/0/assignmentStatus").asText());
        assertEquals("ObservationalTimePeriod", c.at("/dimensionList/timeDimensions/0/localRepresentation/textFormat/textType").asText());
        assertFalse(root.at("/data").has("codelists"), "empty arrays are left out");
    }

    @Test
    void stubsCarryIdentificationAndLinkOnly() throws Exception {
        JsonNode cl = write(SdmxFormat.SDMX_JSON_20, Presentation.STUB, ArtefactType.CODELIST).at("/data/codelists/0");
        assertTrue(cl.get("isExternalReference").asBoolean());
        assertFalse(cl.has("codes"));
        assertFalse(cl.has("description"));
        assertTrue(cl.at("/links/0/href").asText().startsWith("https://archivo.example/sdmx/rest/codelist/ARCHIVO_CALI/"));
    }

    @Test
    void errorMessages() throws Exception {
        JsonNode e = JSON.readTree(SdmxWriters.error(SdmxFormat.SDMX_JSON_20, XsdValidationTest.header(), List.of(SdmxError.NO_RESULTS)));
        assertEquals(100, e.at("/errors/0/code").asInt());
        assertEquals("No results found", e.at("/errors/0/title").asText());
        String xml = new String(SdmxWriters.error(SdmxFormat.SDMX_ML_21, XsdValidationTest.header(), List.of(SdmxError.NO_RESULTS)));
        assertTrue(xml.contains("<mes:ErrorMessage code=\"100\"><com:Text xml:lang=\"en\">No results found</com:Text>"), xml);
    }

    @Test
    void negotiation() {
        assertEquals(SdmxFormat.SDMX_ML_21, SdmxFormat.negotiate(null, SdmxFormat.SDMX_ML_21).orElseThrow());
        assertEquals(SdmxFormat.SDMX_ML_30, SdmxFormat.negotiate("application/vnd.sdmx.structure+xml;version=3.0.0", SdmxFormat.SDMX_ML_21).orElseThrow());
        assertEquals(SdmxFormat.SDMX_JSON_10, SdmxFormat.negotiate("application/vnd.sdmx.structure+json;version=1.0.0", SdmxFormat.SDMX_ML_21).orElseThrow());
        assertEquals(SdmxFormat.SDMX_ML_21, SdmxFormat.negotiate("application/xml", SdmxFormat.SDMX_JSON_20).orElseThrow());
        assertEquals(SdmxFormat.SDMX_JSON_20, SdmxFormat.negotiate("text/html;q=0.9, */*;q=0.1", SdmxFormat.SDMX_JSON_20).orElseThrow());
        assertEquals(SdmxFormat.SDMX_ML_30, SdmxFormat.negotiate(
                "application/vnd.sdmx.structure+json;version=1.0;q=0.5, application/vnd.sdmx.structure+xml;version=3.0.0", null).orElseThrow());
        assertTrue(SdmxFormat.negotiate("text/csv", SdmxFormat.SDMX_ML_21).isEmpty());
        assertTrue(SdmxFormat.negotiate("application/vnd.sdmx.structure+xml;version=9.9", SdmxFormat.SDMX_ML_21).isEmpty());
    }
}
