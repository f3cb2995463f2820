package io.archivo.access;

import static io.archivo.testsupport.Api.admin;
import static io.archivo.testsupport.Api.anonymous;
import static io.archivo.testsupport.Api.editor;
import static io.archivo.testsupport.Api.ensureProcess;
import static io.archivo.testsupport.Api.otherEditor;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.archivo.testsupport.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Side channels of issue 16 (docs/access.md): the redacted DDI download, validation reports, long variable names and
 * the answers of upload paths must not show the public (or another department's editor) what it may not see.
 */
@QuarkusTest
@Tag("persistence")
class SideChannelTest {

    static final String LEAKS = "/archive/redaction-leaks.xml";
    static final String LEAK = "SC-LEAK";
    static final String REPORT = "SC-REPORT";
    static final String LONG = "SC-LONG";
    static final String DRAFT = "SC-DRAFT";
    static final String RESERVED = "SC-RES";
    /** A variable name longer than the 512 characters of the name columns. */
    static final String LONG_NAME = "etnia_" + "autorreconocida".repeat(40);

    private static boolean ready;

    @BeforeEach
    synchronized void catalogue() {
        if (ready) {
            return;
        }
        ensureProcess("SAL-SC", "salud", "Salud");
        ensureProcess("EDU-SC", "educacion", "Educación");
        upload(LEAK, doc(LEAK), true);
        // a schema error quoting a value of the sensitive variable
        upload(REPORT, doc(REPORT).replace("name=\"etnia\" files=\"F1\" intrvl=\"discrete\"",
                "name=\"etnia\" files=\"F1\" intrvl=\"zzsecreto\""), true);
        upload(LONG, doc(LONG).replace("name=\"etnia\"", "name=\"" + LONG_NAME + "\""), true);
        for (String idno : List.of(LEAK, REPORT)) {
            editor().contentType("application/json").body("{}").put("/api/v1/studies/" + idno + "/variables/etnia/sensitive")
                    .then().statusCode(200);
        }
        editor().contentType("application/json").body("{}")
                .put("/api/v1/studies/" + LONG + "/variables/" + LONG_NAME + "/sensitive").then().statusCode(200);
        upload(DRAFT, doc(DRAFT), false);
        upload(RESERVED, doc(RESERVED), true);
        admin().contentType("application/json").body("{\"level\":\"reservada\",\"legalBasis\":\"Ley 1712 de 2014, art. 19\","
                + "\"exception\":\"total\",\"decidedOn\":\"2025-03-14\",\"term\":\"15 años\"}")
                .put("/api/v1/studies/" + RESERVED + "/classification").then().statusCode(200);
        ready = true;
    }

    private static String doc(String idno) {
        return new String(Api.resource(LEAKS), StandardCharsets.UTF_8).replace("CALI-TEST-ECV-2025", idno);
    }

    private static void upload(String idno, String doc, boolean publish) {
        admin().contentType("application/xml").body(doc.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/studies?process=SAL-SC").then().statusCode(201);
        if (publish) {
            admin().post("/api/v1/studies/" + idno + "/publish").then().statusCode(200);
        }
    }

    // ---------------------------------------------------------------------------------------------- 1. DDI download

    @Test
    void publicDownloadKeepsNoTraceOfTheSensitiveVariable() {
        Response r = anonymous().get("/api/v1/studies/" + LEAK + "/ddi");
        r.then().statusCode(200);
        String body = r.asString();
        String lower = body.toLowerCase(Locale.ROOT);
        for (String trace : List.of("etnia", "\"v9", "v9c1", "palenquero", "raizal", "pertenencia",
                "autorreconocimiento", "<!--", "nc1")) {
            assertFalse(lower.contains(trace), "public download contains '" + trace + "':\n" + body);
        }
        assertTrue(body.contains("<varQnty>3</varQnty>"), body);
        assertTrue(body.contains("var=\"V1 V3\""), body);
        // the owners get the original, byte for byte
        String original = editor().get("/api/v1/studies/" + LEAK + "/ddi").asString();
        assertTrue(original.contains("name=\"etnia\"") && original.contains("<!--"), original);
    }

    // ----------------------------------------------------------------------------------- 2. headers and timestamps

    @Test
    void hiddenChangesMoveNeitherLastModifiedNorUpdatedAt() throws Exception {
        String flows = "/sdmx/rest/dataflow/all/all/latest";
        Response before = anonymous().get(flows);
        String lastModified = before.header("Last-Modified");
        Object updatedAt = anonymous().get("/api/v1/studies/" + LEAK).then().statusCode(200).extract().path("updatedAt");
        Thread.sleep(1100); // Last-Modified has whole seconds

        // a hidden draft of a new study, and an unpublished version of a published one
        String hidden = "SC-HIDDEN-" + System.nanoTime();
        upload(hidden, doc(hidden), false);
        admin().contentType("application/xml").body(doc(LEAK).replace("Encuesta", "Encuesta revisada")
                .getBytes(StandardCharsets.UTF_8)).post("/api/v1/studies?process=SAL-SC").then().statusCode(201);

        Response after = anonymous().get(flows);
        assertEquals(lastModified, after.header("Last-Modified"), "Last-Modified moved for a hidden draft");
        assertEquals(304, anonymous().header("If-Modified-Since", lastModified).get(flows).statusCode());
        assertEquals(updatedAt, anonymous().get("/api/v1/studies/" + LEAK).then().extract().path("updatedAt"),
                "updatedAt moved for an unpublished version");
        Object ownersView = editor().get("/api/v1/studies/" + LEAK).then().extract().path("updatedAt");
        assertFalse(updatedAt.equals(ownersView), "the owners see the new version's time");
    }

    // ------------------------------------------------------------------------------------- 3. counts and positions

    @Test
    void publicFiguresDescribeThePublicView() {
        // the document has 4 variables, the second one (etnia) sensitive
        Response study = anonymous().get("/api/v1/studies/" + LEAK);
        study.then().statusCode(200).body("variableCount", equalTo(3))
                .body("description.files[0].variableCount", equalTo(3));
        List<Integer> positions = anonymous().get("/api/v1/studies/" + LEAK + "/variables").then().statusCode(200)
                .extract().path("items.position");
        assertEquals(List.of(0, 1, 2), positions, "no gap where the hidden variable was");

        Response ddi = anonymous().get("/api/v1/studies/" + LEAK + "/ddi");
        String etag = ddi.header("ETag").replace("\"", "");
        assertEquals(etag, study.path("sha256"), "the digest is the served document's");
        Response versions = anonymous().get("/api/v1/studies/" + LEAK + "/versions");
        assertEquals(etag, versions.path("[0].sha256"));
        assertEquals(ddi.asByteArray().length, ((Number) versions.path("[0].sizeBytes")).intValue());

        // the owners see the original figures
        Response original = editor().get("/api/v1/studies/" + LEAK);
        original.then().body("variableCount", equalTo(4)).body("description.files[0].variableCount", equalTo(4));
        assertFalse(etag.equals(original.path("sha256")));
        assertEquals(List.of(0, 1, 2, 3), editor().get("/api/v1/studies/" + LEAK + "/variables").then()
                .extract().path("items.position"));
    }

    // --------------------------------------------------------------------- 5. índice de información clasificada

    @Test
    void theIndiceListsPublishedClassifiedStudiesNotDrafts() {
        String draft = "SC-CLAS-DRAFT";
        if (admin().get("/api/v1/studies/" + draft).statusCode() == 404) {
            upload(draft, doc(draft), false);
            admin().contentType("application/json").body("{\"level\":\"clasificada\",\"legalBasis\":\"Ley 1712 de 2014, art. 18\","
                    + "\"exception\":\"parcial\",\"decidedOn\":\"2025-03-14\",\"term\":\"ilimitado\"}")
                    .put("/api/v1/studies/" + draft + "/classification").then().statusCode(200);
        }
        anonymous().get("/api/v1/studies/" + draft).then().statusCode(404);
        List<String> listed = anonymous().get("/api/v1/transparency/indice-clasificada").then().statusCode(200)
                .extract().path("items.Identificador");
        assertTrue(listed.contains(RESERVED), "a published reserved study is listed: " + listed);
        assertFalse(listed.contains(draft), "a classified draft is a 404 everywhere, also here: " + listed);
        assertFalse(anonymous().get("/api/v1/transparency/indice-clasificada?format=csv").asString().contains(draft));
    }

    // ---------------------------------------------------------------------------------------- 4. validation reports

    @Test
    void validationFindingsQuotingASensitiveVariableAreForEditorsOnly() {
        Response owner = editor().get("/api/v1/studies/" + REPORT + "/versions/1");
        owner.then().statusCode(200);
        assumeTrue(Boolean.TRUE.equals(owner.path("schemaChecked")),
                "No DDI schema installed (archivo.shared.dir): nothing is validated, so no finding to hide");
        assertTrue(owner.asString().contains("zzsecreto"), "editors see the finding: " + owner.asString());
        Response pub = anonymous().get("/api/v1/studies/" + REPORT + "/versions/1");
        pub.then().statusCode(200);
        assertFalse(pub.asString().contains("zzsecreto"), pub.asString());
        assertFalse(pub.asString().toLowerCase(Locale.ROOT).contains("etnia"), pub.asString());
        int shown = pub.path("validation.findings.size()");
        assertEquals(shown, ((Number) pub.path("findingCount")).intValue(), "the count describes what is shown");
        int ownerCount = ((Number) owner.path("findingCount")).intValue();
        assertTrue(ownerCount > shown, "owner " + ownerCount + " vs public " + shown);
        String study = anonymous().get("/api/v1/studies/" + REPORT).asString();
        assertTrue(study.contains("\"findingCount\":" + shown), study);
        String history = anonymous().get("/api/v1/studies/" + REPORT + "/versions").asString();
        assertTrue(history.contains("\"findingCount\":" + shown), history);
    }

    // ------------------------------------------------------------------------------------------- 7. long names

    @Test
    void aLongVariableNameIsOneIdentityEverywhere() {
        editor().get("/api/v1/studies/" + LONG).then().statusCode(200)
                .body("sensitiveVariables.size()", equalTo(1));
        String ddi = anonymous().get("/api/v1/studies/" + LONG + "/ddi").asString();
        assertFalse(ddi.contains("autorreconocida") || ddi.contains("Palenquero"), ddi);
        anonymous().get("/api/v1/studies/" + LONG + "/variables").then().statusCode(200).body("total", equalTo(3));
        String search = anonymous().get("/api/v1/search?type=variable&q=Palenquero&size=100").asString()
                + anonymous().get("/api/v1/search?type=variable&q=autorreconocida&size=100").asString();
        assertFalse(search.contains(LONG), "the public finds the sensitive variable: " + search);
        assertTrue(editor().get("/api/v1/search?type=variable&q=Palenquero&size=100").asString().contains(LONG),
                "the owners still find it");
        String sdmx = anonymous().get("/sdmx/rest/datastructure/ARCHIVO_CALI/DSD_SAL-SC/latest?references=children")
                .asString();
        assertFalse(sdmx.contains("Palenquero") || sdmx.contains("Pertenencia"), sdmx);
    }

    // ------------------------------------------------------------------------------------- 8. existence oracles

    @Test
    void uploadPathsAnswerAlikeForHiddenUnknownAndOtherDepartmentsStudies() {
        for (Function<String, Response> path : List.<Function<String, Response>>of(
                idno -> upload(otherEditor(), idno).post("/api/v1/studies?process=SAL-SC"),
                idno -> upload(otherEditor(), idno).post("/api/v1/studies"),
                idno -> upload(otherEditor(), idno).header("If-Match", "\"abc\"").put("/api/v1/studies/" + idno),
                idno -> upload(otherEditor(), idno).put("/api/v1/studies/" + idno + "?process=SAL-SC"),
                idno -> otherEditor().post("/api/v1/studies/" + idno + "/publish"),
                idno -> otherEditor().post("/api/v1/studies/" + idno + "/withdraw"),
                idno -> otherEditor().contentType("application/json").body("{}")
                        .put("/api/v1/studies/" + idno + "/variables/comuna/sensitive"),
                idno -> otherEditor().contentType("application/json").body("{\"level\":\"publica\"}")
                        .put("/api/v1/studies/" + idno + "/classification"))) {
            Answer unknown = Answer.of(path.apply("SC-NOPE"), "SC-NOPE");
            Answer hidden = Answer.of(path.apply(DRAFT), DRAFT);
            Answer otherDepartment = Answer.of(path.apply(RESERVED), RESERVED);
            assertTrue(unknown.status >= 400, "no path may create here: " + unknown);
            assertEquals(unknown, hidden, "hidden draft vs unknown IDNo");
            assertEquals(unknown, otherDepartment, "another department's reserved study vs unknown IDNo");
        }
        // nothing was created or changed by these attempts
        admin().get("/api/v1/studies/SC-NOPE").then().statusCode(404);
        admin().get("/api/v1/studies/" + DRAFT + "/versions").then().body("size()", equalTo(1));
    }

    private static RequestSpecification upload(RequestSpecification who, String idno) {
        String doc = doc(idno).replace("<IDNo>", "<IDNo>");
        return who.contentType("application/xml").body(doc.getBytes(StandardCharsets.UTF_8));
    }

    /** Status and body, with the IDNo asked about replaced, so that answers about different IDNos compare. */
    record Answer(int status, String body) {
        static Answer of(Response r, String idno) {
            return new Answer(r.statusCode(), r.asString().replace(idno, "<idno>"));
        }
    }
}
