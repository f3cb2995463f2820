package io.archivo.sdmx.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archivo.sdmx.format.SdmxFormat;
import io.archivo.sdmx.format.XsdValidationTest;
import io.archivo.testsupport.Api;
import io.archivo.testsupport.DemoCatalogueProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Allowed content constraints: a designated dataflow (SAL-02) has {@code ALLOWED_SAL-02}, whose cube region holds,
 * per coded dimension, exactly the codes of the DSD's codelists; served by v1 {@code allowedconstraint} and
 * {@code contentconstraint} (not {@code actualconstraint}) and v2 {@code dataconstraint}, schema-valid in SDMX-ML
 * 2.1 and 3.0, in SDMX-JSON 1.0 and 2.0; a flow without a designation has none.
 */
@QuarkusTest
@TestProfile(DemoCatalogueProfile.class)
@Tag("persistence")
class SdmxAllowedConstraintEndToEndTest {

    static final String PROCESS = DesignatedTableLoadEndToEndTest.PROCESS;
    static final String ID = "ALLOWED_" + PROCESS;

    @Test
    void aDesignatedFlowHasAnAllowedConstraintWithItsCodelistsCodes() throws Exception {
        Api.admin().contentType("application/json")
                .body("{\"dimensions\":[\"biologico\",\"anio\",\"dosis\",\"comuna\"],\"measure\":\"cobertura\","
                        + "\"attributes\":[\"ips_naturaleza\"]}")
                .put("/api/v1/processes/" + PROCESS + "/sdmx").then().statusCode(200);
        Map<String, List<String>> codes = DesignatedTableLoadEndToEndTest.codes();
        String version = Api.anonymous().accept(SdmxAvailabilityEndToEndTest.JSON20)
                .get("/sdmx/v2/structure/dataflow/ARCHIVO_CALI/" + PROCESS + "/~").jsonPath()
                .getString("data.dataflows[0].version");

        // v1 allowedconstraint: only allowed constraints, schema-valid, the codes of the DSD's codelists
        Response allowed = Api.anonymous().get("/sdmx/rest/allowedconstraint");
        allowed.then().statusCode(200).header("Content-Type", SdmxAvailabilityEndToEndTest.XML21);
        XsdValidationTest.assertValid(SdmxFormat.SDMX_ML_21, allowed.asByteArray());
        assertTrue(allowed.asString().contains("id=\"" + ID + "\""), allowed.asString());
        assertFalse(allowed.asString().contains("type=\"Actual\""), "allowedconstraint has no actual constraint");
        Response one = Api.anonymous().get("/sdmx/rest/allowedconstraint/ARCHIVO_CALI/" + ID + "/" + version);
        one.then().statusCode(200);
        XsdValidationTest.assertValid(SdmxFormat.SDMX_ML_21, one.asByteArray());
        assertTrue(one.asString().contains("type=\"Allowed\""), one.asString());
        assertFalse(one.asString().contains("obs_count"), "an allowed constraint counts no observations");
        assertFalse(one.asString().contains("TimeRange"), one.asString());
        Map<String, Set<String>> keyValues = SdmxAvailabilityEndToEndTest.keyValues(one.asByteArray());
        for (String dim : List.of("BIOLOGICO", "DOSIS", "COMUNA", "FREQ")) {
            assertEquals(Set.copyOf(codes.get(dim)), keyValues.get(dim), dim);
        }

        // contentconstraint has both roles; actualconstraint never the allowed one
        String both = Api.anonymous().get("/sdmx/rest/contentconstraint").then().statusCode(200).extract().asString();
        assertTrue(both.contains("id=\"" + ID + "\"") && both.contains("type=\"Actual\""));
        Api.anonymous().get("/sdmx/rest/actualconstraint/ARCHIVO_CALI/" + ID).then().statusCode(404);
        assertFalse(Api.anonymous().get("/sdmx/rest/actualconstraint").asString().contains("type=\"Allowed\""));

        // v2 dataconstraint: SDMX-ML 3.0 (role) and SDMX-JSON 2.0; v1 SDMX-JSON 1.0 (type)
        String v2 = "/sdmx/v2/structure/dataconstraint/ARCHIVO_CALI/" + ID + "/~";
        Response xml30 = Api.anonymous().accept(SdmxAvailabilityEndToEndTest.XML30).get(v2);
        xml30.then().statusCode(200);
        XsdValidationTest.assertValid(SdmxFormat.SDMX_ML_30, xml30.asByteArray());
        assertTrue(xml30.asString().contains("role=\"Allowed\""), xml30.asString());
        assertEquals(keyValues, SdmxAvailabilityEndToEndTest.keyValues(xml30.asByteArray()));
        JsonPath json20 = Api.anonymous().get(v2).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("Allowed"), json20.getList("data.dataConstraints.role"));
        assertEquals(List.of("urn:sdmx:org.sdmx.infomodel.datastructure.Dataflow=ARCHIVO_CALI:" + PROCESS + "("
                + version + ")"), json20.getList("data.dataConstraints[0].constraintAttachment.dataflows"));
        List<Map<String, Object>> kv20 = json20.getList("data.dataConstraints[0].cubeRegions[0].keyValues");
        Map<String, Set<String>> fromJson = kv20.stream().collect(Collectors.toMap(k -> (String) k.get("id"),
                k -> ((List<?>) k.get("values")).stream().map(v -> (String) ((Map<?, ?>) v).get("value"))
                        .collect(Collectors.toCollection(HashSet::new))));
        assertEquals(keyValues, fromJson);
        JsonPath json10 = Api.anonymous().accept(SdmxAvailabilityEndToEndTest.JSON10)
                .get("/sdmx/rest/allowedconstraint/ARCHIVO_CALI/" + ID).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("Allowed"), json10.getList("data.contentConstraints.type"));
        assertEquals(Boolean.TRUE, json10.get("data.contentConstraints[0].cubeRegions[0].isIncluded"));

        // a flow of a process without a designation has none; its dataflow's parents include the allowed one
        Api.anonymous().get("/sdmx/rest/allowedconstraint/ARCHIVO_CALI/ALLOWED_SAL-03").then().statusCode(404);
        Response parents = Api.anonymous().get("/sdmx/rest/dataflow/ARCHIVO_CALI/" + PROCESS + "?references=contentconstraint");
        parents.then().statusCode(200);
        XsdValidationTest.assertValid(SdmxFormat.SDMX_ML_21, parents.asByteArray());
        assertTrue(parents.asString().contains("id=\"" + ID + "\""), parents.asString());
    }
}
