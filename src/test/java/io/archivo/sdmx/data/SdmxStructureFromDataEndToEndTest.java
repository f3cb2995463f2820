package io.archivo.sdmx.data;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
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
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The structure resources derived from the data, end to end against the demo catalogue: {@code contentconstraint}
 * (v2 {@code dataconstraint}), one actual constraint per dataflow with data, equal to what
 * {@code availableconstraint} answers for the whole flow; {@code dataproviderscheme}, the agency's one provider;
 * {@code provisionagreement}, one per dataflow with data. Schema-valid in SDMX-ML 2.1 and 3.0, in SDMX-JSON, with
 * references and detail, and visible exactly when the flow's data are.
 */
@QuarkusTest
@TestProfile(DemoCatalogueProfile.class)
@Tag("persistence")
class SdmxStructureFromDataEndToEndTest {

    static final String FLOW = SdmxDataEndToEndTest.FLOW;
    static final String CC = "/sdmx/rest/contentconstraint/ARCHIVO_CALI/CC_" + FLOW + "/1.0";

    private static Document dom(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    /** The dataflow ids the constraints of an SDMX-ML 2.1 message are attached to. */
    private static List<String> attachedFlows(byte[] xml) throws Exception {
        List<String> out = new ArrayList<>();
        NodeList cs = dom(xml).getElementsByTagNameNS("*", "ConstraintAttachment");
        for (int i = 0; i < cs.getLength(); i++) {
            Element ref = (Element) ((Element) cs.item(i)).getElementsByTagNameNS("*", "Ref").item(0);
            out.add(ref.getAttribute("id"));
        }
        return out;
    }

    @Test
    void oneConstraintPerFlowWithDataEqualToItsAvailability() throws Exception {
        // actual constraints (contentconstraint also has the allowed ones of designated flows)
        Response all = Api.anonymous().get("/sdmx/rest/actualconstraint");
        all.then().statusCode(200).header("Content-Type", equalTo(SdmxAvailabilityEndToEndTest.XML21));
        XsdValidationTest.assertValid(SdmxFormat.SDMX_ML_21, all.asByteArray());
        List<String> flows = attachedFlows(all.asByteArray());
        assertTrue(flows.contains(FLOW), flows.toString());
        assertTrue(flows.size() >= 3, flows.toString());
        assertEquals(flows.size(), Set.copyOf(flows).size(), "one constraint per flow");
        for (String flow : flows) {
            Api.anonymous().get("/sdmx/rest/data/" + flow).then().statusCode(200);
        }
        // a flow without data has no constraint
        JsonPath dataflows = Api.anonymous().accept(SdmxAvailabilityEndToEndTest.JSON20).get("/sdmx/rest/dataflow")
                .then().statusCode(200).extract().jsonPath();
        String empty = dataflows.<String>getList("data.dataflows.id").stream().filter(f -> !flows.contains(f))
                .findFirst().orElseThrow();
        Api.anonymous().get("/sdmx/rest/data/" + empty).then().statusCode(404);
        Api.anonymous().get("/sdmx/rest/contentconstraint/ARCHIVO_CALI/CC_" + empty).then().statusCode(404)
                .body(containsString("code=\"100\""));

        // the constraint of one flow is what availableconstraint answers for the whole flow
        Response one = Api.anonymous().get(CC);
        one.then().statusCode(200);
        XsdValidationTest.assertValid(SdmxFormat.SDMX_ML_21, one.asByteArray());
        byte[] availability = Api.anonymous().get("/sdmx/rest/availableconstraint/" + FLOW).asByteArray();
        Map<String, Set<String>> expected = SdmxAvailabilityEndToEndTest.keyValues(availability);
        assertEquals(expected, SdmxAvailabilityEndToEndTest.keyValues(one.asByteArray()));
        assertEquals(SdmxAvailabilityEndToEndTest.obsCount(availability),
                SdmxAvailabilityEndToEndTest.obsCount(one.asByteArray()));
        assertEquals(List.of(FLOW), attachedFlows(one.asByteArray()));
    }

    @Test
    void v2InSdmxMl30AndJsonWithReferencesAndDetail() throws Exception {
        String v2 = "/sdmx/v2/structure/dataconstraint/ARCHIVO_CALI/CC_" + FLOW + "/1.0";
        Response xml = Api.anonymous().accept(SdmxAvailabilityEndToEndTest.XML30).get(v2);
        xml.then().statusCode(200);
        XsdValidationTest.assertValid(SdmxFormat.SDMX_ML_30, xml.asByteArray());
        assertTrue(xml.asString().contains("role=\"Actual\""), xml.asString());
        assertEquals(SdmxAvailabilityEndToEndTest.keyValues(Api.anonymous().get(CC).asByteArray()),
                SdmxAvailabilityEndToEndTest.keyValues(xml.asByteArray()));

        JsonPath json = Api.anonymous().get(v2).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("CC_" + FLOW), json.getList("data.dataConstraints.id"));
        JsonPath json10 = Api.anonymous().accept(SdmxAvailabilityEndToEndTest.JSON10).get(CC).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of("CC_" + FLOW), json10.getList("data.contentConstraints.id"));

        // references: the constraint's dataflow, and the constraint as a parent of its dataflow
        Response refs = Api.anonymous().get(CC + "?references=dataflow");
        refs.then().statusCode(200);
        XsdValidationTest.assertValid(SdmxFormat.SDMX_ML_21, refs.asByteArray());
        NodeList dfs = dom(refs.asByteArray()).getElementsByTagNameNS("*", "Dataflow");
        assertEquals(FLOW, ((Element) firstWithId(dfs)).getAttribute("id"));
        Response parents = Api.anonymous().get("/sdmx/rest/dataflow/ARCHIVO_CALI/" + FLOW + "?references=contentconstraint");
        parents.then().statusCode(200);
        XsdValidationTest.assertValid(SdmxFormat.SDMX_ML_21, parents.asByteArray());
        assertEquals(List.of(FLOW), attachedFlows(parents.asByteArray()));
        Response none = Api.anonymous().get("/sdmx/rest/dataflow/ARCHIVO_CALI/" + FLOW);
        assertFalse(none.asString().contains("ContentConstraint"), "references=none adds nothing");

        // stubs: no cube region, a structure URL to the full constraint
        Response stubs = Api.anonymous().get(CC + "?detail=allstubs");
        stubs.then().statusCode(200);
        XsdValidationTest.assertValid(SdmxFormat.SDMX_ML_21, stubs.asByteArray());
        assertFalse(stubs.asString().contains("CubeRegion"), stubs.asString());
        assertTrue(stubs.asString().contains("isExternalReference=\"true\""), stubs.asString());
        Response complete = Api.anonymous().get(CC + "?detail=allcompletestubs");
        complete.then().statusCode(200);
        XsdValidationTest.assertValid(SdmxFormat.SDMX_ML_21, complete.asByteArray());
    }

    @Test
    void theDataProviderSchemeAndOneAgreementPerFlowWithData() throws Exception {
        Response scheme = Api.anonymous().get("/sdmx/rest/dataproviderscheme/ARCHIVO_CALI/DATA_PROVIDERS/1.0");
        scheme.then().statusCode(200);
        XsdValidationTest.assertValid(SdmxFormat.SDMX_ML_21, scheme.asByteArray());
        NodeList providers = dom(scheme.asByteArray()).getElementsByTagNameNS("*", "DataProvider");
        assertEquals(1, providers.getLength());
        String provider = ((Element) providers.item(0)).getAttribute("id");
        assertEquals("ARCHIVO_CALI", provider);
        // the provider is what the data API's providerRef accepts
        Api.anonymous().get("/sdmx/rest/data/" + FLOW + "/all/" + provider).then().statusCode(200);
        Api.anonymous().get("/sdmx/rest/data/" + FLOW + "/all/ARCHIVO_CALI," + provider).then().statusCode(200);
        Response orgs = Api.anonymous().get("/sdmx/rest/organisationscheme");
        XsdValidationTest.assertValid(SdmxFormat.SDMX_ML_21, orgs.asByteArray());
        assertEquals(1, dom(orgs.asByteArray()).getElementsByTagNameNS("*", "OrganisationSchemes").getLength());
        assertEquals(1, dom(orgs.asByteArray()).getElementsByTagNameNS("*", "DataProviderScheme").getLength());
        Response v30 = Api.anonymous().accept(SdmxAvailabilityEndToEndTest.XML30)
                .get("/sdmx/v2/structure/dataproviderscheme/ARCHIVO_CALI/DATA_PROVIDERS/1.0");
        v30.then().statusCode(200);
        XsdValidationTest.assertValid(SdmxFormat.SDMX_ML_30, v30.asByteArray());
        JsonPath json = Api.anonymous().get("/sdmx/v2/structure/dataproviderscheme").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of(List.of(provider)), json.getList("data.dataProviderSchemes.dataProviders.id"));

        // agreements: as many as constraints, for the same flows, each naming the provider
        List<String> constrained = attachedFlows(Api.anonymous().get("/sdmx/rest/actualconstraint").asByteArray());
        Response pas = Api.anonymous().get("/sdmx/rest/provisionagreement");
        pas.then().statusCode(200);
        XsdValidationTest.assertValid(SdmxFormat.SDMX_ML_21, pas.asByteArray());
        Document d = dom(pas.asByteArray());
        NodeList usages = d.getElementsByTagNameNS("*", "StructureUsage");
        List<String> agreed = new ArrayList<>();
        for (int i = 0; i < usages.getLength(); i++) {
            agreed.add(((Element) ((Element) usages.item(i)).getElementsByTagNameNS("*", "Ref").item(0)).getAttribute("id"));
        }
        assertEquals(Set.copyOf(constrained), Set.copyOf(agreed));
        assertEquals(constrained.size(), agreed.size());
        Response pa30 = Api.anonymous().accept(SdmxAvailabilityEndToEndTest.XML30)
                .get("/sdmx/v2/structure/provisionagreement/ARCHIVO_CALI/PA_" + FLOW + "/1.0?references=all");
        pa30.then().statusCode(200);
        XsdValidationTest.assertValid(SdmxFormat.SDMX_ML_30, pa30.asByteArray());
        assertTrue(pa30.asString().contains("DataProvider=ARCHIVO_CALI:DATA_PROVIDERS(1.0)." + provider), pa30.asString());
        assertTrue(pa30.asString().contains("<str:DataProviderScheme") || pa30.asString().contains("DataProviderScheme "),
                "references=all brings the provider scheme");
        JsonPath pa10 = Api.anonymous().accept(SdmxAvailabilityEndToEndTest.JSON10)
                .get("/sdmx/rest/provisionagreement/ARCHIVO_CALI/PA_" + FLOW).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("urn:sdmx:org.sdmx.infomodel.datastructure.Dataflow=ARCHIVO_CALI:" + FLOW + "(1.0)"),
                pa10.getList("data.provisionAgreements.structureUsage"));
        Response stubs = Api.anonymous().get("/sdmx/rest/provisionagreement?detail=allstubs&references=dataproviderscheme");
        stubs.then().statusCode(200);
        XsdValidationTest.assertValid(SdmxFormat.SDMX_ML_21, stubs.asByteArray());
        // 2.1 requires flow and provider even in a stub; the stub drops the description
        assertTrue(stubs.asString().contains("isExternalReference=\"true\""), stubs.asString());
        assertFalse(stubs.asString().contains("Description"), stubs.asString());
        // the parents of the provider scheme are the agreements
        Response parents = Api.anonymous().get("/sdmx/rest/dataproviderscheme/ARCHIVO_CALI/DATA_PROVIDERS/1.0?references=parents");
        XsdValidationTest.assertValid(SdmxFormat.SDMX_ML_21, parents.asByteArray());
        assertEquals(agreed.size(), dom(parents.asByteArray()).getElementsByTagNameNS("*", "ProvisionAgreement").getLength());
    }

    private static org.w3c.dom.Node firstWithId(NodeList nodes) {
        for (int i = 0; i < nodes.getLength(); i++) {
            if (!((Element) nodes.item(i)).getAttribute("id").isEmpty()) {
                return nodes.item(i);
            }
        }
        throw new AssertionError("no element with an id");
    }

    @Test
    void aClassifiedProcessHasNoPublicConstraint() {
        String body = "{\"level\":\"clasificada\",\"legalBasis\":\"Ley 1712 de 2014, art. 18\","
                + "\"exception\":\"total\",\"decidedOn\":\"2025-03-14\",\"term\":\"15 años\"}";
        Api.admin().contentType("application/json").body(body).put("/api/v1/processes/" + FLOW + "/classification")
                .then().statusCode(200);
        try {
            Api.anonymous().get(CC).then().statusCode(404).body(containsString("code=\"100\""));
            Api.anonymous().get("/sdmx/rest/contentconstraint").then().statusCode(200)
                    .body(org.hamcrest.Matchers.not(containsString("CC_" + FLOW + "\"")));
            Api.anonymous().get("/sdmx/rest/dataflow/ARCHIVO_CALI/" + FLOW + "?references=contentconstraint")
                    .then().statusCode(200).body(org.hamcrest.Matchers.not(containsString("ContentConstraint")));
            Api.anonymous().get("/sdmx/rest/provisionagreement/ARCHIVO_CALI/PA_" + FLOW).then().statusCode(404);
            Api.anonymous().get("/sdmx/rest/dataproviderscheme").then().statusCode(200);
            Api.editor().get(CC).then().statusCode(200);
            Api.editor().get("/sdmx/rest/provisionagreement/ARCHIVO_CALI/PA_" + FLOW).then().statusCode(200);
        } finally {
            Api.admin().contentType("application/json").body("{\"level\":\"publica\"}")
                    .put("/api/v1/processes/" + FLOW + "/classification").then().statusCode(200);
        }
        Api.anonymous().get(CC).then().statusCode(200);
    }
}
