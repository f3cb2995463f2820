package io.archivo.access;

import static io.archivo.testsupport.Api.admin;
import static io.archivo.testsupport.Api.anonymous;
import static io.archivo.testsupport.Api.bearer;
import static io.archivo.testsupport.Api.ensureProcess;
import static io.archivo.testsupport.Api.otherEditor;
import static io.archivo.testsupport.Api.variant;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The proof of the access rules (docs/access.md): every read endpoint, for each kind of caller, over a public, a
 * classified and a reserved study of the Salud department, the public one with a sensitive variable. Callers use
 * HTTP Basic and signed bearer tokens from the OIDC test server (the real token-checking path).
 */
@QuarkusTest
@Tag("persistence")
class AccessMatrixTest {

    static final String FIXTURE = "/archive/encuesta-movilidad-2025.xml";
    static final String PUB = "ACC-PUB";
    static final String CLAS = "ACC-CLAS";
    static final String RES = "ACC-RES";
    /** Words that exist only in one study each, so any leak in search, suggestions or facets shows. */
    static final String PUB_WORD = "zafirino";
    static final String CLAS_WORD = "esmeraldino";
    static final String RES_WORD = "rubinesco";
    /** The sensitive variable of the public study, and a category label only it has. */
    static final String SENSITIVE = "etnia";
    static final String SENSITIVE_LABEL = "Palenquero";

    enum Who {
        ANONYMOUS(false, () -> anonymous()),
        READER(false, () -> io.archivo.testsupport.Api.reader()),
        OTHER_EDITOR_BASIC(false, () -> otherEditor()),
        OTHER_EDITOR_TOKEN(false, () -> bearer("ana-educacion", Set.of("editor"), List.of("Educación"))),
        OWNER_EDITOR_TOKEN(true, () -> bearer("sara-salud", Set.of("editor"), List.of("salud"))),
        ADMIN_BASIC(true, () -> admin()),
        ADMIN_TOKEN(true, () -> bearer("root", Set.of("admin"), List.of()));

        final boolean seesAll;
        final Supplier<RequestSpecification> spec;

        Who(boolean seesAll, Supplier<RequestSpecification> spec) {
            this.seesAll = seesAll;
            this.spec = spec;
        }

        RequestSpecification call() {
            return spec.get();
        }
    }

    private static boolean ready;

    @BeforeEach
    synchronized void catalogue() {
        if (ready) {
            return;
        }
        ensureProcess("SAL-ACC", "salud", "Salud");
        upload(PUB, "Encuesta " + PUB_WORD + " de salud", true);
        upload(CLAS, "Encuesta " + CLAS_WORD + " de salud", false);
        upload(RES, "Encuesta " + RES_WORD + " de salud", false);
        for (String idno : List.of(PUB, CLAS, RES)) {
            admin().post("/api/v1/studies/" + idno + "/publish").then().statusCode(200);
        }
        // the owning department's editor classifies with a bearer token; admins may too
        bearer("sara-salud", Set.of("editor"), List.of("Salud")).contentType("application/json")
                .body(classification("clasificada", "total"))
                .put("/api/v1/studies/" + CLAS + "/classification").then().statusCode(200);
        admin().contentType("application/json").body(classification("reservada", "parcial"))
                .put("/api/v1/studies/" + RES + "/classification").then().statusCode(200);
        bearer("sara-salud", Set.of("editor"), List.of("salud")).contentType("application/json")
                .body("{\"sensitive\": true}")
                .put("/api/v1/studies/" + PUB + "/variables/" + SENSITIVE + "/sensitive").then().statusCode(200)
                .body("sensitiveVariables", hasItem(SENSITIVE));
        ready = true;
    }

    private static void upload(String idno, String title, boolean withSensitive) {
        String doc = new String(variant(FIXTURE, "CALI-TEST-EMC-2025", idno), StandardCharsets.UTF_8)
                .replace("Encuesta de Movilidad de Santiago de Cali 2025", title);
        if (withSensitive) {
            doc = doc.replace("name=\"modo\"", "name=\"" + SENSITIVE + "\"")
                    .replace("Modo principal de transporte", "Pertenencia étnica declarada")
                    .replace("Bicicleta", SENSITIVE_LABEL);
        }
        admin().contentType("application/xml").body(doc.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/studies?process=SAL-ACC").then().statusCode(201);
    }

    private static String classification(String level, String exception) {
        return "{\"level\":\"" + level + "\",\"legalBasis\":\"Ley 1581 de 2012, art. 5 (datos sensibles)\","
                + "\"exception\":\"" + exception + "\",\"decidedOn\":\"2025-03-14\",\"term\":\"15 años\"}";
    }

    private static boolean visible(Who who, String idno) {
        return idno.equals(PUB) || who.seesAll;
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void studyEndpointsAnswer404ForWhatTheCallerMayNotSee(Who who) {
        for (String idno : List.of(PUB, CLAS, RES)) {
            int expected = visible(who, idno) ? 200 : 404;
            for (String path : List.of("", "/versions", "/versions/1", "/variables", "/ddi")) {
                Response r = who.call().get("/api/v1/studies/" + idno + path);
                assertEquals(expected, r.statusCode(), who + " GET " + idno + path);
                if (expected == 404) {
                    assertFalse(r.asString().contains("salud"), "a 404 must not tell the department");
                }
            }
        }
        who.call().get("/api/v1/studies/" + CLAS).then().statusCode(visible(who, CLAS) ? 200 : 404);
        if (who.seesAll) {
            who.call().get("/api/v1/studies/" + RES).then().body("classification", equalTo("reservada"))
                    .body("classificationDecision.exception", equalTo("parcial"))
                    .body("classificationDecision.term", equalTo("15 años"));
        }
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void sensitiveVariablesAreHiddenFromThePublic(Who who) {
        Response vars = who.call().get("/api/v1/studies/" + PUB + "/variables?size=100");
        vars.then().statusCode(200);
        List<String> names = vars.path("items.name");
        assertEquals(who.seesAll, names.contains(SENSITIVE), who + " variables " + names);
        assertEquals(who.seesAll ? 3 : 2, (int) vars.path("total"), "count of variables");
        who.call().get("/api/v1/studies/" + PUB).then().body("variableCount", equalTo(who.seesAll ? 3 : 2));
        who.call().get("/api/v1/studies/" + PUB + "/versions").then().body("[0].variableCount", equalTo(who.seesAll ? 3 : 2));
        String ddi = who.call().get("/api/v1/studies/" + PUB + "/ddi").then().statusCode(200).extract().asString();
        assertEquals(who.seesAll, ddi.contains(SENSITIVE_LABEL), who + " DDI download");
        assertTrue(ddi.contains("name=\"comuna\""), "other variables stay");
        String varSearch = who.call().get("/api/v1/search?type=variable&q=" + SENSITIVE_LABEL).asString();
        assertEquals(who.seesAll, varSearch.contains(PUB), who + " variable search " + varSearch);
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void listingsSearchFacetsAndSuggestionsShowExactlyTheVisibleStudies(Who who) {
        for (String[] s : new String[][] { { PUB, PUB_WORD }, { CLAS, CLAS_WORD }, { RES, RES_WORD } }) {
            boolean sees = visible(who, s[0]);
            Response search = who.call().get("/api/v1/search?q=" + s[1]);
            search.then().statusCode(200);
            assertEquals(sees ? 1 : 0, ((Number) search.path("total")).intValue(), who + " search " + s[1]);
            String suggest = who.call().get("/api/v1/suggest?q=" + s[1].substring(0, 6)).asString();
            assertEquals(sees, suggest.toLowerCase().contains(s[1]), who + " suggest " + suggest);
            List<String> listed = who.call().get("/api/v1/studies?size=100&process=SAL-ACC").path("items.idno");
            assertEquals(sees, listed.contains(s[0]), who + " list " + listed);
            List<String> byQ = who.call().get("/api/v1/studies?q=" + s[1]).path("items.idno");
            assertEquals(sees, byQ.contains(s[0]), who + " list q");
            List<String> ofProcess = who.call().get("/api/v1/processes/SAL-ACC").path("studies.idno");
            assertEquals(s[0].equals(PUB), ofProcess.contains(s[0]), "process pages show public studies only");
        }
        // facets: nobody without the rights counts a classified or reserved document, nor a sensitive variable
        String all = who.call().get("/api/v1/search?q=&size=100").asString()
                + who.call().get("/api/v1/search?q=&type=variable&size=100").asString();
        if (!who.seesAll) {
            assertFalse(all.contains("\"clasificada\"") || all.contains("\"reservada\""), who + " facets " + all);
            assertFalse(all.contains(CLAS) || all.contains(RES) || all.contains(SENSITIVE_LABEL), who + " hits");
        } else {
            assertTrue(all.contains(CLAS) && all.contains(RES), who + " sees every study");
        }
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void sdmxStructuresDeriveFromPublicContentOnly(Who who) {
        for (String path : List.of("/sdmx/rest/structure/all/all/latest", "/sdmx/rest/codelist",
                "/sdmx/rest/dataflow/all/all/latest?references=all")) {
            String body = who.call().get(path).asString();
            assertFalse(body.contains(SENSITIVE_LABEL) || body.contains(CLAS) || body.contains(RES)
                    || body.contains(CLAS_WORD) || body.contains(RES_WORD), who + " " + path);
        }
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void transparencyInstrumentsArePublicAndTheSameForEveryone(Who who) {
        who.call().get("/api/v1/transparency/registro-activos").then().statusCode(200)
                .body("items.'Código'", hasItem("SAL-ACC"));
        Response indice = who.call().get("/api/v1/transparency/indice-clasificada");
        indice.then().statusCode(200).body("items.Identificador", hasItem(CLAS)).body("items.Identificador", hasItem(RES))
                .body("items.Identificador", not(hasItem(PUB)));
        assertTrue(indice.asString().contains("Ley 1581 de 2012, art. 5"));
        for (String format : List.of("csv", "xlsx")) {
            who.call().get("/api/v1/transparency/indice-clasificada?format=" + format).then().statusCode(200);
            who.call().get("/api/v1/transparency/registro-activos?format=" + format).then().statusCode(200);
        }
        String csv = who.call().get("/api/v1/transparency/indice-clasificada?format=csv").asString();
        assertTrue(csv.contains("Plazo de la clasificación o reserva") && csv.contains("15 años"), csv);
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void writesFollowTheDepartment(Who who) {
        String body = classification("clasificada", "total");
        int expectPublic = switch (who) {
            case ANONYMOUS -> 401;
            case READER -> 403;
            case OTHER_EDITOR_BASIC, OTHER_EDITOR_TOKEN -> 403;
            default -> 200;
        };
        int expectHidden = switch (who) {
            case ANONYMOUS -> 401;
            case READER -> 403;
            case OTHER_EDITOR_BASIC, OTHER_EDITOR_TOKEN -> 404;
            default -> 200;
        };
        if (!who.seesAll) {
            // can see the public study but not change it: 403; cannot see the reserved one: 404
            who.call().contentType("application/json").body(body).put("/api/v1/studies/" + PUB + "/classification")
                    .then().statusCode(expectPublic);
            who.call().post("/api/v1/studies/" + PUB + "/withdraw").then().statusCode(expectPublic);
            who.call().contentType("application/json").body("{\"sensitive\":false}")
                    .put("/api/v1/studies/" + PUB + "/variables/" + SENSITIVE + "/sensitive").then().statusCode(expectPublic);
            who.call().contentType("application/json").body(body).put("/api/v1/studies/" + RES + "/classification")
                    .then().statusCode(expectHidden);
            who.call().post("/api/v1/studies/" + RES + "/publish").then().statusCode(expectHidden);
            who.call().contentType("application/json").body(body).put("/api/v1/processes/SAL-ACC/classification")
                    .then().statusCode(expectPublic);
            byte[] doc = variant(FIXTURE, "CALI-TEST-EMC-2025", RES);
            // an upload over a hidden study answers as for an unknown IDNo: the process is not theirs (SideChannelTest)
            who.call().contentType("application/xml").body(doc).post("/api/v1/studies?process=SAL-ACC")
                    .then().statusCode(expectHidden == 404 ? 403 : expectHidden);
        } else {
            // re-publishing is idempotent and allowed to the owners
            who.call().post("/api/v1/studies/" + RES + "/publish").then().statusCode(200);
        }
    }

    @Test
    void editorsOnlyCreateProcessesAndStudiesOfTheirDepartments() {
        String process = "{\"code\":\"EDU-ACC\",\"name\":\"Matrícula\",\"department\":\"salud\",\"type\":\"operacion_estadistica\","
                + "\"thematicArea\":\"Educación\",\"purpose\":\"Contar\",\"classification\":\"publica\"}";
        otherEditor().contentType("application/json").body(process).post("/api/v1/processes").then().statusCode(403);
        otherEditor().contentType("application/json").body(process.replace("\"salud\"", "\"educacion\""))
                .post("/api/v1/processes").then().statusCode(201);
        // a study without a process is admins' business
        byte[] orphan = variant(FIXTURE, "CALI-TEST-EMC-2025", "ACC-ORPHAN");
        otherEditor().contentType("application/xml").body(orphan.clone()).post("/api/v1/studies?process=EDU-ACC")
                .then().statusCode(201);
        byte[] other = variant(FIXTURE, "CALI-TEST-EMC-2025", "ACC-OTHER");
        otherEditor().contentType("application/xml").body(other).post("/api/v1/studies?process=SAL-ACC").then().statusCode(403);
        String noProcess = new String(variant(FIXTURE, "CALI-TEST-EMC-2025", "ACC-NOPROC"), StandardCharsets.UTF_8)
                .replace("<serName>TRA-001</serName>", "");
        otherEditor().contentType("application/xml").body(noProcess.getBytes(StandardCharsets.UTF_8)).post("/api/v1/studies").then().statusCode(403);
        // the draft of one department is invisible to another department's editor
        bearer("sara-salud", Set.of("editor"), List.of("salud")).get("/api/v1/studies/ACC-ORPHAN").then().statusCode(404);
        otherEditor().get("/api/v1/studies/ACC-ORPHAN").then().statusCode(200).body("status", equalTo("draft"));
    }

    @Test
    void theAuditLogRecordsEveryWriteForAdmins() {
        anonymous().get("/api/v1/admin/audit").then().statusCode(401);
        otherEditor().get("/api/v1/admin/audit").then().statusCode(403);
        admin().get("/api/v1/admin/audit?target=" + CLAS + "&size=100").then().statusCode(200)
                .body("items.action", hasItem("classify")).body("items.action", hasItem("publish"))
                .body("items.action", hasItem("create")).body("items.actor", hasItem("sara-salud"))
                .body("items.find { it.action == 'publish' }.version", equalTo(1));
        admin().get("/api/v1/admin/audit?action=flag-sensitive").then()
                .body("items.detail", hasItem(containsString(SENSITIVE)));
    }

    @Test
    void importReportsBelongToTheirSubmitter() throws Exception {
        java.io.ByteArrayOutputStream zip = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(zip)) {
            z.putNextEntry(new java.util.zip.ZipEntry("res.xml"));
            z.write(variant(FIXTURE, "CALI-TEST-EMC-2025", RES));
            z.closeEntry();
        }
        String id = otherEditor().contentType("application/zip").body(zip.toByteArray()).post("/api/v1/imports")
                .then().statusCode(202).extract().path("id");
        for (int i = 0; i < 100 && !"done".equals(otherEditor().get("/api/v1/imports/" + id).path("state")); i++) {
            Thread.sleep(50);
        }
        // the editor of another department learns nothing about the reserved study from its own import
        otherEditor().get("/api/v1/imports/" + id).then().statusCode(200).body("failed", equalTo(1))
                .body("files[0].status", equalTo(403));
        bearer("sara-salud", Set.of("editor"), List.of("salud")).get("/api/v1/imports/" + id).then().statusCode(404);
        admin().get("/api/v1/imports/" + id).then().statusCode(200);
    }

    @Test
    void tokensWithoutValidSignatureOrDepartmentGrantNothing() {
        anonymous().auth().oauth2("not-a-token").get("/api/v1/studies/" + CLAS).then().statusCode(401);
        // an editor token without departments is the public for reading and may change nothing
        bearer("nadie", Set.of("editor"), null).get("/api/v1/studies/" + CLAS).then().statusCode(404);
        bearer("nadie", Set.of("editor"), List.of("no-existe")).post("/api/v1/studies/" + PUB + "/withdraw")
                .then().statusCode(403);
    }
}
