package io.archivo.sdmx.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archivo.sdmx.SdmxFixtures;
import io.archivo.sdmx.format.SdmxFormat;
import io.archivo.sdmx.format.SdmxMediaTypes;
import io.archivo.sdmx.format.XsdValidationTest;
import io.archivo.sdmx.model.SdmxArtefacts;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The resources called directly (no Quarkus boot), with an in-memory structure source. */
class SdmxResourcesTest {

    static final Instant CHANGED = Instant.parse("2025-03-01T10:00:00Z");

    static final SdmxStructureSource SOURCE = new SdmxStructureSource() {
        final SdmxArtefacts set = SdmxFixtures.artefacts();

        @Override
        public Structures structures(boolean anonymousCaller) {
            return new Structures(set, CHANGED);
        }
    };

    private final SdmxV1Resource v1 = new SdmxV1Resource(SOURCE);
    private final SdmxV2Resource v2 = new SdmxV2Resource(SOURCE);

    private static String body(Response r) {
        return new String((byte[]) r.getEntity(), StandardCharsets.UTF_8);
    }

    @Test
    void v1DefaultsToSdmxMl21AndIsSchemaValid() {
        Response r = v1.query("dataflow", "ARCHIVO_CALI", "ECV-01", "latest", null, "descendants", null, null, null, null, null, null);
        assertEquals(200, r.getStatus());
        assertTrue(r.getHeaderString("Content-Type").equals(SdmxMediaTypes.STRUCTURE_XML_21), r.getHeaderString("Content-Type"));
        assertNotNull(r.getHeaderString("ETag"));
        assertEquals("Sat, 1 Mar 2025 10:00:00 GMT", r.getHeaderString("Last-Modified"));
        XsdValidationTest.assertValid(SdmxFormat.SDMX_ML_21, (byte[]) r.getEntity());
        assertTrue(body(r).contains("id=\"DSD_ECV-01\""));
    }

    @Test
    void v1NotFoundIsAnSdmxErrorMessage() {
        Response r = v1.query("dataflow", "ARCHIVO_CALI", "NOPE", null, null, null, null, null, null, null, null, null);
        assertEquals(404, r.getStatus());
        assertTrue(body(r).contains("code=\"100\""));
        XsdValidationTest.assertValid(SdmxFormat.SDMX_ML_21, (byte[]) r.getEntity());
    }

    @Test
    void syntaxErrorsNotImplementedAndNotAcceptable() {
        Response bad = v1.query("dataflow", null, null, null, null, null, "everything", null, null, null, null, null);
        assertEquals(400, bad.getStatus());
        assertTrue(body(bad).contains("code=\"140\""));
        assertEquals(501, v1.query("data", "ECV-01", null, null, null, null, null, null, null, null, null, null).getStatus());
        for (String nothing : List.of("metadatastructure", "metadataflow", "hierarchicalcodelist")) {
            Response r = v1.query(nothing, null, null, null, null, null, null, null, null, null, null, null);
            assertEquals(404, r.getStatus(), nothing);
            assertTrue(body(r).contains("code=\"100\""), nothing);
            XsdValidationTest.assertValid(SdmxFormat.SDMX_ML_21, (byte[]) r.getEntity());
        }
        Response csv = v1.query("dataflow", null, null, null, null, null, null, "text/csv", null, null, null, null);
        assertEquals(406, csv.getStatus());
        assertTrue(((String) csv.getEntity()).contains(SdmxMediaTypes.STRUCTURE_XML_21));
    }

    @Test
    void organisationSchemeServesTheAgencyScheme() {
        Response r = v1.query("organisationscheme", null, null, null, null, null, null, null, null, null, null, null);
        assertEquals(200, r.getStatus());
        assertTrue(body(r).contains("AgencyScheme"), body(r));
        XsdValidationTest.assertValid(SdmxFormat.SDMX_ML_21, (byte[]) r.getEntity());
    }

    @Test
    void contentTypeEchoesTheVersionAsTheClientNamedIt() {
        for (String type : List.of("application/vnd.sdmx.structure+json;version=1.0.0",
                "application/vnd.sdmx.structure+json;version=1.0", "application/vnd.sdmx.structure+json;version=2.0",
                "application/vnd.sdmx.structure+json;version=2.0.0", "application/vnd.sdmx.structure+xml;version=2.1",
                "application/vnd.sdmx.structure+xml;version=2.1.0", "application/vnd.sdmx.structure+xml;version=3.0",
                "application/vnd.sdmx.structure+xml;version=3.0.0")) {
            Response r = v1.query("codelist", null, "CL_FREQ", null, null, null, null, type, null, null, null, null);
            assertEquals(200, r.getStatus(), type);
            assertEquals(type, r.getHeaderString("Content-Type"));
            Response missing = v1.query("codelist", null, "NOPE", null, null, null, null, type, null, null, null, null);
            assertEquals(type, missing.getHeaderString("Content-Type"), "errors too");
        }
        assertEquals(SdmxMediaTypes.STRUCTURE_JSON_20,
                v1.query("codelist", null, "CL_FREQ", null, null, null, null, "application/json", null, null, null, null)
                        .getHeaderString("Content-Type"));
    }

    @Test
    void conditionalRequestsGet304() {
        Response first = v1.query("codelist", null, "CL_FREQ", null, null, null, null, null, null, null, null, null);
        String etag = first.getHeaderString("ETag");
        Response again = v1.query("codelist", null, "CL_FREQ", null, null, null, null, null, null, null, null, null);
        assertEquals(etag, again.getHeaderString("ETag"), "stable across requests despite a new header");
        assertEquals(304, v1.query("codelist", null, "CL_FREQ", null, null, null, null, null, etag, null, null, null).getStatus());
        assertEquals(200, v1.query("codelist", null, "CL_FREQ", null, null, null, null, null, "\"other\"", null, null, null).getStatus());
        String later = DateTimeFormatter.RFC_1123_DATE_TIME.format(CHANGED.plusSeconds(60).atZone(ZoneOffset.UTC));
        String earlier = DateTimeFormatter.RFC_1123_DATE_TIME.format(CHANGED.minusSeconds(60).atZone(ZoneOffset.UTC));
        assertEquals(304, v1.query("codelist", null, "CL_FREQ", null, null, null, null, null, null, later, null, null).getStatus());
        assertEquals(200, v1.query("codelist", null, "CL_FREQ", null, null, null, null, null, null, earlier, null, null).getStatus());
        Response json = v1.query("codelist", null, "CL_FREQ", null, null, null, null, "application/json", null, null, null, null);
        assertTrue(!etag.equals(json.getHeaderString("ETag")), "the format is part of the ETag");
    }

    @Test
    void v2DefaultsToJson20AndServesSdmxMl30() {
        Response r = v2.query("dataflow", "*", "*", "~", null, null, null, null, null, null, null, null);
        assertEquals(200, r.getStatus());
        assertTrue(r.getHeaderString("Content-Type").equals(SdmxMediaTypes.STRUCTURE_JSON_20));
        assertTrue(body(r).contains("\"dataflows\""));
        Response xml = v2.query("datastructure", "ARCHIVO_CALI", "*", "*", null, "all", "referencepartial",
                SdmxMediaTypes.STRUCTURE_XML_30, null, null, null, null);
        assertEquals(200, xml.getStatus());
        XsdValidationTest.assertValid(SdmxFormat.SDMX_ML_30, (byte[]) xml.getEntity());
        assertEquals(404, v2.query("codelist", "*", "CL_FREQ", "*", "ZZ", null, null, null, null, null, null, null).getStatus());
        assertEquals(400, v2.query("codelist", "*", "*", "latest", null, null, null, null, null, null, null, null).getStatus());
    }
}
