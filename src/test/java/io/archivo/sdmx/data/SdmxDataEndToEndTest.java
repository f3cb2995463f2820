package io.archivo.sdmx.data;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archivo.sdmx.format.SdmxFormat;
import io.archivo.sdmx.format.XsdValidationTest;
import io.archivo.testsupport.Api;
import io.archivo.testsupport.DemoCatalogueProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * SDMX data end to end against the application with the demo catalogue: the illustrative observations a newcomer
 * finds, every query parameter and format of the v1 and v2 data APIs, loading (validation, all or nothing,
 * permissions, drafts) and the round trip SDMX-CSV in → SDMX-CSV out.
 */
@QuarkusTest
@TestProfile(DemoCatalogueProfile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Tag("persistence")
class SdmxDataEndToEndTest {

    /** SAL-01 (vital statistics, department salud): FREQ, REF_AREA, MES, ZONA, TIPO_HECHO, SEXO, GRUPO_EDAD. */
    static final String FLOW = "SAL-01";
    static final String CSV10 = "application/vnd.sdmx.data+csv;version=1.0.0";
    static final String CSV20 = "application/vnd.sdmx.data+csv;version=2.0.0";
    static final String GENERIC = "application/vnd.sdmx.genericdata+xml;version=2.1";
    static final String SPECIFIC = "application/vnd.sdmx.structurespecificdata+xml;version=2.1";

    static List<String[]> rows(Response r) {
        return Arrays.stream(r.asString().split("\r\n")).map(l -> l.split(",", -1)).toList();
    }

    static List<String[]> csv(String path) {
        Response r = Api.anonymous().accept(CSV10).get(path);
        r.then().statusCode(200);
        return rows(r);
    }

    @Test
    @Order(1)
    void demoFlowsHaveIllustrativeSeries() {
        Response r = Api.anonymous().get("/sdmx/rest/data/" + FLOW);
        r.then().statusCode(200).header("Content-Type", startsWith(GENERIC));
        XsdValidationTest.assertValid(SdmxFormat.SDMX_ML_21, r.asByteArray());
        String body = r.asString();
        assertTrue(body.contains("generic:Series"), body.substring(0, Math.min(2000, body.length())));
        assertTrue(body.contains("dato ilustrativo"));
        List<String[]> rows = csv("/sdmx/rest/data/" + FLOW);
        System.out.println("SDMX data: " + String.join(",", rows.get(0)) + " / " + String.join(",", rows.get(1))
                + " / " + (rows.size() - 1) + " rows");
        assertEquals("DATAFLOW", rows.get(0)[0]);
        assertTrue(rows.get(1)[0].startsWith("ARCHIVO_CALI:SAL-01("));
    }
}
