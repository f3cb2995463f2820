package io.archivo.sdmx.data;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archivo.testsupport.Api;
import io.archivo.testsupport.DemoCatalogueProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * v2 data and availability by the {@code datastructure} and {@code provisionagreement} contexts: each names one
 * dataflow (its DSD's only user; the agreement's flow) and answers exactly what the {@code dataflow} context
 * answers; a DSD several flows share is a 501, unknown ones 404, an unknown context 400; visibility is the flow's.
 */
@QuarkusTest
@TestProfile(DemoCatalogueProfile.class)
@Tag("persistence")
class SdmxDataContextsEndToEndTest {

    static final String FLOW = SdmxDataEndToEndTest.FLOW;
    static final String CSV20 = "application/vnd.sdmx.data+csv;version=2.0.0";

    static String body(String path) {
        Response r = Api.anonymous().accept(CSV20).get(path);
        assertEquals(200, r.statusCode(), path + "\n" + r.asString());
        return r.asString();
    }

    @Test
    void datastructureAndProvisionAgreementContextsNameTheirDataflow() throws Exception {
        String query = "/ARCHIVO_CALI/%s/%s/*?c[FREQ]=A&c[TIME_PERIOD]=ge:2021&lastNObservations=2";
        String byFlow = body("/sdmx/v2/data/dataflow" + query.formatted(FLOW, "~"));
        assertTrue(byFlow.lines().count() > 2, byFlow);
        assertEquals(byFlow, body("/sdmx/v2/data/datastructure" + query.formatted("DSD_" + FLOW, "~")));
        String dsdVersion = Api.anonymous().accept(SdmxAvailabilityEndToEndTest.JSON20)
                .get("/sdmx/v2/structure/datastructure/ARCHIVO_CALI/DSD_" + FLOW + "/~").jsonPath()
                .getString("data.dataStructures[0].version");
        assertEquals(byFlow, body("/sdmx/v2/data/datastructure" + query.formatted("DSD_" + FLOW, dsdVersion)));
        assertEquals(byFlow, body("/sdmx/v2/data/provisionagreement" + query.formatted("PA_" + FLOW, "1.0")));
        assertEquals(byFlow, body("/sdmx/v2/data/provisionagreement" + query.formatted("PA_" + FLOW, "~")));

        // availability: the same constraint by each context
        String availability = "/ARCHIVO_CALI/%s/~/*";
        byte[] flowAvailability = Api.anonymous().accept(SdmxAvailabilityEndToEndTest.XML30)
                .get("/sdmx/v2/availability/dataflow" + availability.formatted(FLOW)).then().statusCode(200)
                .extract().asByteArray();
        for (String path : List.of("datastructure" + availability.formatted("DSD_" + FLOW),
                "provisionagreement" + availability.formatted("PA_" + FLOW))) {
            byte[] other = Api.anonymous().accept(SdmxAvailabilityEndToEndTest.XML30).get("/sdmx/v2/availability/" + path)
                    .then().statusCode(200).extract().asByteArray();
            io.archivo.sdmx.format.XsdValidationTest.assertValid(io.archivo.sdmx.format.SdmxFormat.SDMX_ML_30, other);
            assertEquals(SdmxAvailabilityEndToEndTest.keyValues(flowAvailability),
                    SdmxAvailabilityEndToEndTest.keyValues(other), path);
        }

        // what names no single dataflow
        Api.anonymous().get("/sdmx/v2/data/datastructure/ARCHIVO_CALI/DSD_GENERIC/~/*").then().statusCode(501);
        Api.anonymous().get("/sdmx/v2/data/datastructure/ARCHIVO_CALI/*/~/*").then().statusCode(501);
        Api.anonymous().get("/sdmx/v2/data/datastructure/ARCHIVO_CALI/DSD_NOPE/~/*").then().statusCode(404)
                .body(containsString("100"));
        Api.anonymous().get("/sdmx/v2/data/datastructure/ARCHIVO_CALI/DSD_" + FLOW + "/9.9/*").then().statusCode(404);
        Api.anonymous().get("/sdmx/v2/data/provisionagreement/ARCHIVO_CALI/PA_" + FLOW + "/2.0/*").then().statusCode(404);
        Api.anonymous().get("/sdmx/v2/data/provisionagreement/ARCHIVO_CALI/" + FLOW + "/~/*").then().statusCode(404);
        Api.anonymous().get("/sdmx/v2/availability/provisionagreement/ARCHIVO_CALI/PA_NOPE/~/*").then().statusCode(404);
        Api.anonymous().get("/sdmx/v2/data/metadataflow/ARCHIVO_CALI/" + FLOW + "/~/*").then().statusCode(400);
    }

    @Test
    void aClassifiedFlowIsHiddenInEveryContext() {
        String body = "{\"level\":\"clasificada\",\"legalBasis\":\"Ley 1712 de 2014, art. 18\","
                + "\"exception\":\"total\",\"decidedOn\":\"2025-03-14\",\"term\":\"15 años\"}";
        Api.admin().contentType("application/json").body(body).put("/api/v1/processes/" + FLOW + "/classification")
                .then().statusCode(200);
        try {
            for (String path : List.of("/sdmx/v2/data/datastructure/ARCHIVO_CALI/DSD_" + FLOW + "/~/*",
                    "/sdmx/v2/data/provisionagreement/ARCHIVO_CALI/PA_" + FLOW + "/~/*",
                    "/sdmx/v2/availability/datastructure/ARCHIVO_CALI/DSD_" + FLOW + "/~/*",
                    "/sdmx/v2/availability/provisionagreement/ARCHIVO_CALI/PA_" + FLOW + "/~/*")) {
                Api.anonymous().get(path).then().statusCode(404);
            }
            // the department's editor reads the flow's data by its agreement; the study DSD itself is public
            // structure, which a classified study does not feed (the flow is on DSD_GENERIC meanwhile), so no one
            // finds data by DSD_SAL-01 then
            Api.editor().accept(CSV20).get("/sdmx/v2/data/provisionagreement/ARCHIVO_CALI/PA_" + FLOW + "/~/*")
                    .then().statusCode(200);
            Api.editor().accept(CSV20).get("/sdmx/v2/data/datastructure/ARCHIVO_CALI/DSD_" + FLOW + "/~/*")
                    .then().statusCode(404);
        } finally {
            Api.admin().contentType("application/json").body("{\"level\":\"publica\"}")
                    .put("/api/v1/processes/" + FLOW + "/classification").then().statusCode(200);
        }
    }
}
