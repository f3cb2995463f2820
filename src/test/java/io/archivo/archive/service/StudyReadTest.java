package io.archivo.archive.service;

import static io.archivo.testsupport.Api.admin;
import static io.archivo.testsupport.Api.ensureProcess;
import static io.archivo.testsupport.Api.variant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.archivo.access.Caller;
import io.archivo.archive.api.dto.StudyRead;
import io.archivo.common.api.PageRequest;
import io.archivo.common.problem.ProblemException;
import io.archivo.ddi.model.Variable;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The study page's one read answers each caller exactly what the separate reads of the API answer it (study,
 * versions, a page of variables), with one access decision: drafts and sensitive variables for the study's managers
 * only, 404 where the API says 404.
 */
@QuarkusTest
@Tag("persistence")
class StudyReadTest {

    static final String FIXTURE = "/archive/encuesta-movilidad-2025.xml";
    static final Caller SALUD = new Caller("editor-salud", Set.of(Caller.EDITOR), Set.of("salud"));
    static final Caller EDUCACION = new Caller("editor-educacion", Set.of(Caller.EDITOR), Set.of("educacion"));
    static final Caller ADMIN = new Caller("admin", Set.of(Caller.ADMIN), Set.of());
    private static boolean ready;

    @Inject
    StudyQueryService studies;

    @BeforeEach
    synchronized void catalogue() {
        if (ready) {
            return;
        }
        ensureProcess("SR-SAL", "salud", "Salud");
        upload("SR-PUB", "Encuesta de lectura única");
        admin().post("/api/v1/studies/SR-PUB/publish").then().statusCode(200);
        admin().contentType("application/json").body("{\"sensitive\": true}")
                .put("/api/v1/studies/SR-PUB/variables/modo/sensitive").then().statusCode(200);
        upload("SR-PUB", "Encuesta de lectura única, segunda versión"); // a draft over the published version
        upload("SR-DRAFT", "Borrador de lectura única");
        ready = true;
    }

    static void upload(String idno, String title) {
        String doc = new String(variant(FIXTURE, "CALI-TEST-EMC-2025", idno), StandardCharsets.UTF_8)
                .replace("Encuesta de Movilidad de Santiago de Cali 2025", title);
        admin().contentType("application/xml").body(doc.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/studies?process=SR-SAL").then().statusCode(201);
    }

    @Test
    void theReadIsWhatTheSeparateReadsAnswerEachCaller() {
        for (Caller caller : List.of(Caller.ANONYMOUS, EDUCACION, SALUD, ADMIN)) {
            for (PageRequest page : List.of(PageRequest.of(1, 2), PageRequest.of(2, 2))) {
                StudyRead read = studies.read(caller, "SR-PUB", page, 500);
                String who = caller.name() + " page " + page.page();
                assertEquals(studies.get(caller, "SR-PUB"), read.study(), who);
                assertEquals(studies.history(caller, "SR-PUB"), read.versions(), who);
                assertEquals(studies.variables(caller, "SR-PUB", null, page), read.variables(), who);
                assertEquals(studies.variables(caller, "SR-PUB", null, PageRequest.of(1, 100)).items().stream()
                        .map(Variable::name).toList(), read.labels().stream().map(StudyRead.VariableLabel::name).toList(),
                        who);
            }
        }
    }

    @Test
    void onlyTheStudysManagersSeeBeyondThePublicFace() {
        assertEquals(List.of("comuna", "tiempo_viaje"), names(Caller.ANONYMOUS));
        assertEquals(List.of("comuna", "tiempo_viaje"), names(EDUCACION));
        assertEquals(List.of("comuna", "modo", "tiempo_viaje"), names(SALUD));
        assertEquals(List.of(true, true, false, false), List.of(Caller.ANONYMOUS, EDUCACION, SALUD, ADMIN).stream()
                .map(c -> studies.read(c, "SR-PUB", PageRequest.of(1, 25), 0).publicFace()).toList());
        assertEquals(1, studies.read(Caller.ANONYMOUS, "SR-PUB", PageRequest.of(1, 25), 0).study().version());
        assertEquals(2, studies.read(SALUD, "SR-PUB", PageRequest.of(1, 25), 0).study().version());
        assertEquals(List.of(), studies.read(SALUD, "SR-PUB", PageRequest.of(1, 25), 0).labels(), "none asked for");
    }

    @Test
    void whatTheApiAnswers404TheReadAnswers404() {
        for (Caller caller : List.of(Caller.ANONYMOUS, EDUCACION)) {
            for (String idno : List.of("SR-DRAFT", "SR-NO-SUCH")) {
                ProblemException e = assertThrows(ProblemException.class,
                        () -> studies.read(caller, idno, PageRequest.of(1, 25), 500));
                assertEquals(404, e.status(), caller.name() + " " + idno);
            }
        }
        assertEquals(1, studies.read(SALUD, "SR-DRAFT", PageRequest.of(1, 25), 0).study().version());
    }

    private List<String> names(Caller caller) {
        return studies.read(caller, "SR-PUB", PageRequest.of(1, 25), 500).labels().stream()
                .map(StudyRead.VariableLabel::name).toList();
    }
}
