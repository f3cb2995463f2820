package io.archivo.web;

import static io.archivo.testsupport.Api.admin;
import static io.archivo.testsupport.Api.anonymous;
import static io.archivo.testsupport.Api.editor;
import static io.archivo.testsupport.Api.otherEditor;
import static io.archivo.testsupport.Api.resource;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archivo.access.Caller;
import io.archivo.inventory.domain.ProcessData;
import io.archivo.inventory.service.ProcessService;
import io.archivo.testsupport.DemoCatalogueProfile;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The pages keep their catalogue-derived data per catalogue state (PageModels): a page the public has already
 * seen changes as soon as the catalogue changes, and an editor's view (drafts) and the public's never take each
 * other's place.
 */
@QuarkusTest
@TestProfile(DemoCatalogueProfile.class)
@Tag("persistence")
class WebPageCacheTest {

    static final String IDNO = "CALI-WEB-CACHE-2031";
    static final String WORD = "cachalote";
    static final String PROCESS = "SAL-01";

    @Inject
    ProcessService processes;

    @Test
    void cachedPagesFollowPublicationAndWithdrawal() {
        admin().get("/api/v1/studies/" + IDNO).then().statusCode(404);
        // the public's pages are computed and kept before anything changes
        long before = anonymous().get("/api/v1/search?size=1").jsonPath().getLong("total");
        anonymous().get("/").then().statusCode(200).body(containsString("<strong>" + before + "</strong> estudios"),
                not(containsString(IDNO)));
        anonymous().get("/procesos/" + PROCESS).then().statusCode(200).body(not(containsString(IDNO)));
        anonymous().get("/estudios/" + IDNO).then().statusCode(404);
        anonymous().get("/buscar?q=" + WORD).then().statusCode(200).body(not(containsString(IDNO)));

        // a new draft: its editor sees it on the pages, the public (whose pages are kept) still does not
        editor().contentType("application/xml").body(study()).post("/api/v1/studies?process=" + PROCESS).then()
                .statusCode(201);
        anonymous().get("/estudios/" + IDNO).then().statusCode(404).body(not(containsString(WORD)));
        editor().get("/estudios/" + IDNO).then().statusCode(200).body(containsString("Borrador: no publicado"),
                containsString(WORD));
        editor().get("/procesos/" + PROCESS).then().statusCode(200).body(containsString(IDNO + ")</span> <span class=\"badge\">Borrador</span>"));
        // ... and the editor's view is not what the public gets next, nor what another department's editor gets
        anonymous().get("/estudios/" + IDNO).then().statusCode(404).body(not(containsString(WORD)));
        anonymous().get("/procesos/" + PROCESS).then().statusCode(200).body(not(containsString(IDNO)));
        otherEditor().get("/estudios/" + IDNO).then().statusCode(404);
        otherEditor().get("/procesos/" + PROCESS).then().statusCode(200).body(not(containsString(IDNO)));
        // the public's view (404, kept) is not what the editor gets either
        editor().get("/estudios/" + IDNO).then().statusCode(200).body(containsString(WORD));

        // published: home (figures and latest), search, the study and its process show it at once
        admin().post("/api/v1/studies/" + IDNO + "/publish").then().statusCode(200);
        anonymous().get("/").then().statusCode(200).body(containsString("<strong>" + (before + 1) + "</strong> estudios"),
                containsString("href=\"/estudios/" + IDNO + "\""));
        anonymous().get("/buscar?q=" + WORD).then().statusCode(200).body(containsString("/estudios/" + IDNO));
        anonymous().get("/estudios/" + IDNO).then().statusCode(200).body(containsString(WORD),
                not(containsString("Borrador")), containsString("application/ld+json"));
        anonymous().get("/procesos/" + PROCESS).then().statusCode(200).body(containsString(IDNO));

        // withdrawn: a tombstone (410), and gone from home, search and the process page
        admin().post("/api/v1/studies/" + IDNO + "/withdraw").then().statusCode(200);
        anonymous().get("/").then().statusCode(200).body(containsString("<strong>" + before + "</strong> estudios"),
                not(containsString(IDNO)));
        anonymous().get("/buscar?q=" + WORD).then().statusCode(200).body(not(containsString(IDNO)));
        anonymous().get("/procesos/" + PROCESS).then().statusCode(200).body(not(containsString(IDNO)));
        long deadline = System.currentTimeMillis() + 20_000;
        // the tombstone's date comes from the harvest record, which the harvest capability re-derives after commit
        while (anonymous().get("/estudios/" + IDNO).statusCode() != 410) {
            assertTrue(System.currentTimeMillis() < deadline, "the withdrawn study becomes a tombstone (410)");
            sleep(100);
        }
        // the tombstone names the title it was public under (as the API's 410 does), and nothing more of it
        anonymous().get("/estudios/" + IDNO).then().statusCode(410).body(containsString("Estudio retirado"),
                containsString("<strong>Encuesta " + WORD + " de prueba 2031</strong>"), not(containsString("id=\"variables\"")),
                not(containsString("application/ld+json")), not(containsString("Cómo citar")));
        editor().get("/estudios/" + IDNO).then().statusCode(200).body(containsString("Retirado"));
    }

    @Test
    void inventoryPagesFollowAProcessChange() {
        String code = "SAL-03";
        ProcessData p = QuarkusTransaction.requiringNew().call(() -> processes.get(code));
        String renamed = p.name() + " (renombrado para la prueba)";
        anonymous().get("/procesos").then().statusCode(200).body(containsString(p.name()), not(containsString(renamed)));
        anonymous().get("/procesos/" + code).then().statusCode(200).body(not(containsString(renamed)));
        anonymous().get("/transparencia").then().statusCode(200).body(not(containsString(renamed)));
        Caller admin = new Caller("admin", Set.of(Caller.ADMIN), Set.of());
        QuarkusTransaction.requiringNew().run(() -> processes.update(admin, code, p.toBuilder().name(renamed).build()));
        try {
            anonymous().get("/procesos").then().statusCode(200).body(containsString(renamed));
            anonymous().get("/procesos/" + code).then().statusCode(200).body(containsString(renamed));
            anonymous().get("/dependencias/salud").then().statusCode(200).body(containsString(renamed));
            anonymous().get("/transparencia").then().statusCode(200).body(containsString(renamed));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> processes.update(admin, code, p));
        }
        anonymous().get("/procesos").then().statusCode(200).body(not(containsString(renamed)));
    }

    private static byte[] study() {
        String doc = new String(resource("/archive/encuesta-movilidad-2025.xml"), StandardCharsets.UTF_8);
        for (List<String> r : List.of(List.of("CALI-TEST-EMC-2025", IDNO),
                List.of("Encuesta de Movilidad de Santiago de Cali 2025", "Encuesta " + WORD + " de prueba 2031"),
                List.of("date=\"2025-01-01\">2025<", "date=\"2031-01-01\">2031<"),
                List.of("date=\"2025-12-31\">2025<", "date=\"2031-12-31\">2031<"))) {
            assertTrue(doc.contains(r.get(0)), r.get(0));
            doc = doc.replace(r.get(0), r.get(1));
        }
        return doc.getBytes(StandardCharsets.UTF_8);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
