package io.archivo.archive.api;

import static io.archivo.testsupport.Api.admin;
import static io.archivo.testsupport.Api.anonymous;
import static io.archivo.testsupport.Api.editor;
import static io.archivo.testsupport.Api.variant;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Drafts are invisible to anonymous callers until published; withdrawal hides a study but keeps its history. */
@QuarkusTest
@Tag("persistence")
class StudyPublicationTest {

    @Test
    void draftsArePrivateUntilPublishedAndWithdrawalHides() {
        byte[] v1 = variant(StudyUploadTest.FIXTURE, StudyUploadTest.IDNO, "CALI-PUB-1");
        // editors store studies of their own department's processes (docs/access.md)
        io.archivo.testsupport.Api.ensureProcess("SAL-PUB", "salud", "Salud");
        editor().contentType("application/xml").body(v1).post("/api/v1/studies?process=SAL-PUB").then().statusCode(201);

        anonymous().get("/api/v1/studies/CALI-PUB-1").then().statusCode(404).contentType("application/problem+json");
        anonymous().get("/api/v1/studies/CALI-PUB-1/ddi").then().statusCode(404);
        anonymous().get("/api/v1/studies/CALI-PUB-1/variables").then().statusCode(404);
        anonymous().get("/api/v1/studies?size=100").then().body("items.idno", not(hasItem("CALI-PUB-1")));
        anonymous().post("/api/v1/studies/CALI-PUB-1/publish").then().statusCode(401);

        editor().post("/api/v1/studies/CALI-PUB-1/publish").then().statusCode(200).body("publishedVersion", equalTo(1));
        anonymous().get("/api/v1/studies/CALI-PUB-1").then().statusCode(200)
                .body("status", equalTo("published")).body("version", equalTo(1))
                .body("latestVersion", nullValue());
        assertArrayEquals(v1, anonymous().get("/api/v1/studies/CALI-PUB-1/ddi").asByteArray());

        // a new draft version stays private; the public keeps seeing version 1
        byte[] v2 = new String(v1, StandardCharsets.UTF_8).replace("Encuesta de Movilidad", "Encuesta de Movilidad (borrador)")
                .getBytes(StandardCharsets.UTF_8);
        editor().contentType("application/xml").body(v2).post("/api/v1/studies").then().statusCode(201);
        anonymous().get("/api/v1/studies/CALI-PUB-1").then().body("version", equalTo(1))
                .body("title", equalTo("Encuesta de Movilidad de Santiago de Cali 2025"));
        anonymous().get("/api/v1/studies/CALI-PUB-1/ddi?version=2").then().statusCode(404);
        anonymous().get("/api/v1/studies/CALI-PUB-1/versions").then().body("number", contains(1));
        anonymous().get("/api/v1/studies?q=borrador").then().body("items.idno", not(hasItem("CALI-PUB-1")));
        editor().get("/api/v1/studies/CALI-PUB-1").then().body("version", equalTo(2)).body("latestVersion", equalTo(2));

        editor().post("/api/v1/studies/CALI-PUB-1/withdraw").then().statusCode(200);
        // it was public: the study answers 410 with its withdrawal (no reason was given); every other read is a 404
        anonymous().get("/api/v1/studies/CALI-PUB-1").then().statusCode(410).contentType("application/problem+json")
                .body("type", equalTo("urn:archivo:problem:study-withdrawn")).body("idno", equalTo("CALI-PUB-1"))
                .body("studyTitle", equalTo("Encuesta de Movilidad de Santiago de Cali 2025"))
                .body("withdrawnAt", org.hamcrest.Matchers.notNullValue()).body("reason", nullValue());
        anonymous().get("/api/v1/studies/CALI-PUB-1/variables").then().statusCode(404);
        anonymous().get("/api/v1/studies/CALI-PUB-1/ddi?version=1").then().statusCode(404);
        admin().get("/api/v1/studies/CALI-PUB-1/versions").then().body("number", contains(1, 2));
        admin().get("/api/v1/studies/CALI-PUB-1").then().body("status", equalTo("withdrawn"))
                .body("withdrawal.withdrawnAt", org.hamcrest.Matchers.notNullValue());

        // publishing again (a chosen version) brings it back
        admin().post("/api/v1/studies/CALI-PUB-1/publish?version=2").then().statusCode(200);
        anonymous().get("/api/v1/studies/CALI-PUB-1").then().statusCode(200).body("version", equalTo(2));
        admin().get("/api/v1/studies/CALI-PUB-1").then().body("withdrawal", nullValue());
    }

    @Test
    void aWithdrawalCarriesAReasonAndAForwardingLink() {
        io.archivo.testsupport.Api.ensureProcess("SAL-PUB", "salud", "Salud");
        for (String idno : new String[] { "CALI-WD-OLD", "CALI-WD-NEW" }) {
            editor().contentType("application/xml").body(variant(StudyUploadTest.FIXTURE, StudyUploadTest.IDNO, idno))
                    .post("/api/v1/studies?process=SAL-PUB").then().statusCode(201);
            editor().post("/api/v1/studies/" + idno + "/publish").then().statusCode(200);
        }
        // a draft nobody but admins sees (no process): naming it is the same 400 as naming nothing
        admin().contentType("application/xml").body(variant(StudyUploadTest.FIXTURE, StudyUploadTest.IDNO, "CALI-WD-HIDDEN"))
                .post("/api/v1/studies").then().statusCode(201);
        String wd = "/api/v1/studies/CALI-WD-OLD/withdraw";

        // bad bodies: 400 naming the field, and nothing is withdrawn
        editor().contentType("application/json").body("{\"reason\": \"" + "x".repeat(2001) + "\"}").post(wd).then()
                .statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:archivo:problem:invalid-withdrawal")).body("field", equalTo("reason"));
        String unknown = editor().contentType("application/json").body("{\"replacedBy\": \"CALI-WD-NOPE\"}").post(wd)
                .then().statusCode(400).body("field", equalTo("replacedBy")).extract().path("detail");
        String hidden = editor().contentType("application/json").body("{\"replacedBy\": \"CALI-WD-HIDDEN\"}").post(wd)
                .then().statusCode(400).body("field", equalTo("replacedBy")).extract().path("detail");
        org.junit.jupiter.api.Assertions.assertEquals(unknown, hidden, "a hidden study is answered as an unknown one");
        for (String bad : new String[] { "ftp://example.org/x", "www.cali.gov.co", "https://", "CALI-WD-OLD" }) {
            editor().contentType("application/json").body("{\"replacedBy\": \"" + bad + "\"}").post(wd).then()
                    .statusCode(400).contentType("application/problem+json").body("field", equalTo("replacedBy"));
        }
        editor().contentType("application/json").body("{\"reason\": [1]}").post(wd).then().statusCode(400)
                .contentType("application/problem+json").body("field", org.hamcrest.Matchers.containsString("reason"));
        editor().contentType("application/json").body("{\"reason\": ").post(wd).then().statusCode(400)
                .contentType("application/problem+json");
        anonymous().get("/api/v1/studies/CALI-WD-OLD").then().statusCode(200);

        // a reason and another study: the public's 410 carries both
        String reason = "Se detectó un error en los factores de expansión; la versión corregida es otro estudio.";
        editor().contentType("application/json")
                .body("{\"reason\": \"  " + reason + "  \", \"replacedBy\": \"CALI-WD-NEW\"}").post(wd).then()
                .statusCode(200).body("status", equalTo("withdrawn"));
        anonymous().get("/api/v1/studies/CALI-WD-OLD").then().statusCode(410).contentType("application/problem+json")
                .body("status", equalTo(410)).body("reason", equalTo(reason)).body("replacedBy", equalTo("CALI-WD-NEW"))
                .body("replacedByStudy", equalTo(true)).body("detail", org.hamcrest.Matchers.containsString(reason));
        editor().get("/api/v1/studies/CALI-WD-OLD").then().statusCode(200).body("withdrawal.reason", equalTo(reason))
                .body("withdrawal.replacedBy", equalTo("CALI-WD-NEW"));
        // the replacement is named only to readers who may see it (or know of its own withdrawal)
        String classified = "{\"level\": \"clasificada\", \"legalBasis\": \"Ley 1712 art. 18\", \"exception\": \"total\","
                + " \"decidedOn\": \"2025-01-10\", \"term\": \"15 años\"}";
        editor().contentType("application/json").body(classified).put("/api/v1/studies/CALI-WD-NEW/classification").then()
                .statusCode(200);
        anonymous().get("/api/v1/studies/CALI-WD-OLD").then().statusCode(410).body("reason", equalTo(reason))
                .body("replacedBy", nullValue()).body("replacedByStudy", nullValue());
        editor().get("/api/v1/studies/CALI-WD-OLD").then().body("withdrawal.replacedBy", equalTo("CALI-WD-NEW"));
        editor().contentType("application/json").body("{\"level\": \"publica\"}")
                .put("/api/v1/studies/CALI-WD-NEW/classification").then().statusCode(200);
        anonymous().get("/api/v1/studies/CALI-WD-OLD").then().body("replacedBy", equalTo("CALI-WD-NEW"));

        // withdrawn again with a URL: reason and link replaced, the first withdrawal's date kept
        String at = anonymous().get("/api/v1/studies/CALI-WD-OLD").then().extract().path("withdrawnAt");
        editor().contentType("application/json").body("{\"replacedBy\": \"https://www.cali.gov.co/planeacion/\"}")
                .post(wd).then().statusCode(200);
        anonymous().get("/api/v1/studies/CALI-WD-OLD").then().statusCode(410).body("reason", nullValue())
                .body("replacedBy", equalTo("https://www.cali.gov.co/planeacion/")).body("replacedByStudy", equalTo(false))
                .body("withdrawnAt", equalTo(at));
        // classified as well: the withdrawal is no longer the public's to know (404), its managers still see it
        editor().contentType("application/json").body(classified).put("/api/v1/studies/CALI-WD-OLD/classification")
                .then().statusCode(200);
        anonymous().get("/api/v1/studies/CALI-WD-OLD").then().statusCode(404);
        editor().get("/api/v1/studies/CALI-WD-OLD").then().statusCode(200)
                .body("withdrawal.replacedBy", equalTo("https://www.cali.gov.co/planeacion/"));
        // publishing again clears the withdrawal
        editor().post("/api/v1/studies/CALI-WD-OLD/publish").then().statusCode(200);
        editor().get("/api/v1/studies/CALI-WD-OLD").then().statusCode(200).body("status", equalTo("published"))
                .body("withdrawal", nullValue());
    }

    @Test
    void publishingUnknownThingsIs404AndWithdrawingADraftIs409() {
        admin().post("/api/v1/studies/NO-SUCH-STUDY/publish").then().statusCode(404).contentType("application/problem+json");
        byte[] v1 = variant(StudyUploadTest.FIXTURE, StudyUploadTest.IDNO, "CALI-PUB-2");
        admin().contentType("application/xml").body(v1).post("/api/v1/studies").then().statusCode(201);
        admin().post("/api/v1/studies/CALI-PUB-2/publish?version=7").then().statusCode(404);
        admin().post("/api/v1/studies/CALI-PUB-2/withdraw").then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void bulkPublicationIsAllOrNothingAndSearchableAtOnce() {
        for (String idno : new String[] { "CALI-BULK-1", "CALI-BULK-2", "CALI-BULK-3" }) {
            byte[] doc = new String(variant(StudyUploadTest.FIXTURE, StudyUploadTest.IDNO, idno), StandardCharsets.UTF_8)
                    .replace("Encuesta de Movilidad", "Encuesta Xilografica " + idno).getBytes(StandardCharsets.UTF_8);
            admin().contentType("application/xml").body(doc).post("/api/v1/studies").then().statusCode(201);
        }
        // one unknown IDNo: nothing is published
        admin().contentType("application/json").body("{\"idnos\": [\"CALI-BULK-1\", \"NO-SUCH-BULK\"]}")
                .post("/api/v1/studies/publish").then().statusCode(404).contentType("application/problem+json");
        anonymous().get("/api/v1/studies/CALI-BULK-1").then().statusCode(404);
        // the index heard of the rolled-back publication, never acted on it: the public search finds nothing
        anonymous().get("/api/v1/search?q=xilografica").then().statusCode(200)
                .body("items.studyId", org.hamcrest.Matchers.empty());
        // duplicates and empty lists are the client's mistake
        admin().contentType("application/json").body("{\"idnos\": [\"CALI-BULK-1\", \"CALI-BULK-1\"]}")
                .post("/api/v1/studies/publish").then().statusCode(400).contentType("application/problem+json");
        admin().contentType("application/json").body("{\"idnos\": []}")
                .post("/api/v1/studies/publish").then().statusCode(400);
        anonymous().contentType("application/json").body("{\"idnos\": [\"CALI-BULK-1\"]}")
                .post("/api/v1/studies/publish").then().statusCode(401);

        admin().contentType("application/json").body("{\"idnos\": [\"CALI-BULK-3\", \"CALI-BULK-1\", \"CALI-BULK-2\"]}")
                .post("/api/v1/studies/publish").then().statusCode(200)
                .body("published.'CALI-BULK-1'", equalTo(1)).body("published.'CALI-BULK-3'", equalTo(1));
        anonymous().get("/api/v1/studies/CALI-BULK-2").then().statusCode(200).body("status", equalTo("published"));
        anonymous().get("/api/v1/studies?q=xilografica&size=10").then().statusCode(200)
                .body("items.idno", org.hamcrest.Matchers.containsInAnyOrder("CALI-BULK-1", "CALI-BULK-2", "CALI-BULK-3"));
        // written to the index in one batch after the commit, before the answer: the public search finds all three
        anonymous().get("/api/v1/search?q=xilografica").then().statusCode(200)
                .body("items.studyId", org.hamcrest.Matchers.containsInAnyOrder("CALI-BULK-1", "CALI-BULK-2", "CALI-BULK-3"));
    }
}
