package io.archivo.search.api;

import static io.archivo.testsupport.Api.admin;
import static io.archivo.testsupport.Api.anonymous;
import static io.archivo.testsupport.Api.editor;
import static io.archivo.testsupport.Api.ensureProcess;
import static io.archivo.testsupport.Api.variant;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Citizens' search over HTTP: published content is findable at once, in Spanish, and nothing else is. */
@QuarkusTest
@Tag("persistence")
class SearchApiTest {

    static final String FIXTURE = "/archive/encuesta-movilidad-2025.xml";

    private static boolean seeded;

    // not @BeforeAll: the application (and its port) is only up once the test instance exists
    @BeforeEach
    void catalogue() {
        if (seeded) {
            return;
        }
        seeded = true;
        ensureProcess("TRA-SRCH", "transito", "Movilidad y transporte");
        upload("CALI-SRCH-MOV", "Encuesta de Movilidad de Santiago de Cali 2025", "Encuesta de Movilidad de Hogares Caleños");
        admin().post("/api/v1/studies/CALI-SRCH-MOV/publish").then().statusCode(200);
        upload("CALI-SRCH-DRAFT", "Encuesta de Movilidad de Santiago de Cali 2025", "Censo confidencial de parqueaderos");
    }

    private static void upload(String idno, String from, String title) {
        String doc = new String(variant(FIXTURE, "CALI-TEST-EMC-2025", idno), StandardCharsets.UTF_8).replace(from, title);
        admin().contentType("application/xml").body(doc.getBytes(StandardCharsets.UTF_8)).queryParam("process", "TRA-SRCH")
                .post("/api/v1/studies").then().statusCode(201);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void publishedStudyIsFoundWithoutAccentsAndInThePlural() {
        anonymous().get("/api/v1/search?q=" + q("movilidad hogar")).then().statusCode(200)
                .body("items.studyId", hasItem("CALI-SRCH-MOV"))
                .body("items.find { it.studyId == 'CALI-SRCH-MOV' }.department", equalTo("Tránsito"))
                .body("items.find { it.studyId == 'CALI-SRCH-MOV' }.processCode", equalTo("TRA-SRCH"));
        anonymous().get("/api/v1/search?q=" + q("calenos")).then().body("items.studyId", hasItem("CALI-SRCH-MOV"));
        anonymous().get("/api/v1/search?q=" + q("\"movilidad de hogares\"")).then().body("items.studyId",
                hasItem("CALI-SRCH-MOV"));
        anonymous().get("/api/v1/search?q=" + q("movilidad -hogares")).then().body("items.studyId",
                not(hasItem("CALI-SRCH-MOV")));
    }

    @Test
    void variablesAreSearchable() {
        // the largest page: other tests of the shared application publish studies from the same fixture, whose
        // "modo" variables also match and may come first
        anonymous().get("/api/v1/search?type=variable&size=100&q=" + q("bicicleta")).then().statusCode(200)
                .body("items.find { it.studyId == 'CALI-SRCH-MOV' }.name", equalTo("modo"))
                .body("items.find { it.studyId == 'CALI-SRCH-MOV' }.studyTitle", containsString("Movilidad"));
    }

    @Test
    void draftsAreInvisibleToTheAnonymousEverywhere() {
        anonymous().get("/api/v1/search?q=" + q("parqueaderos")).then().statusCode(200).body("total", equalTo(0));
        anonymous().get("/api/v1/suggest?q=" + q("censo conf")).then().statusCode(200)
                .body("suggestions", not(hasItem(containsString("parqueaderos"))));
        anonymous().get("/api/v1/search?q=").then().body("items.studyId", not(hasItem("CALI-SRCH-DRAFT")));
        // drafts are indexed in the background, for the editors of their department (here Tránsito) and admins only
        for (int i = 0; i < 50 && admin().get("/api/v1/search?q=parqueaderos").path("total").equals(0); i++) {
            sleep(100);
        }
        admin().get("/api/v1/search?q=" + q("parqueaderos")).then().body("items.studyId", hasItem("CALI-SRCH-DRAFT"));
        editor().get("/api/v1/search?q=" + q("parqueaderos")).then().body("total", equalTo(0));
    }

    @Test
    void withdrawalRemovesAndRepublicationRestores() {
        upload("CALI-SRCH-WD", "Encuesta de Movilidad de Santiago de Cali 2025", "Aforo vehicular de glorietas");
        admin().post("/api/v1/studies/CALI-SRCH-WD/publish").then().statusCode(200);
        anonymous().get("/api/v1/search?q=glorietas").then().body("items.studyId", hasItem("CALI-SRCH-WD"));
        admin().post("/api/v1/studies/CALI-SRCH-WD/withdraw").then().statusCode(200);
        anonymous().get("/api/v1/search?q=glorietas").then().body("total", equalTo(0));
        admin().post("/api/v1/studies/CALI-SRCH-WD/publish").then().statusCode(200);
        anonymous().get("/api/v1/search?q=glorietas").then().body("items.studyId", hasItem("CALI-SRCH-WD"));
    }

    @Test
    void facetsCountAndFilter() {
        anonymous().get("/api/v1/search?q=movilidad").then().statusCode(200)
                .body("facets.department.find { it.value == 'Tránsito' }.count", greaterThan(0))
                // a small catalogue: counted to the end, so exact total and exact facet counts
                .body("totalExact", equalTo(true)).body("facetsApproximate", equalTo(false));
        anonymous().get("/api/v1/search?q=movilidad&department=" + q("Tránsito")).then()
                .body("items.studyId", hasItem("CALI-SRCH-MOV"));
        anonymous().get("/api/v1/search?q=movilidad&department=Salud").then().body("items.studyId",
                not(hasItem("CALI-SRCH-MOV")));
        anonymous().get("/api/v1/search?q=movilidad&yearFrom=2030").then().body("items.studyId",
                not(hasItem("CALI-SRCH-MOV")));
        anonymous().get("/api/v1/search?q=movilidad").then()
                .body("facets.yearRange.find { it.value == '2020-2029' }.count", greaterThan(0));
        anonymous().get("/api/v1/search?q=movilidad&yearRange=2010-2019").then().body("items.studyId",
                not(hasItem("CALI-SRCH-MOV")));
    }

    @Test
    void typosAreToleratedWithASuggestion() {
        anonymous().get("/api/v1/search?q=" + q("movilidda")).then().statusCode(200)
                .body("items.studyId", hasItem("CALI-SRCH-MOV"))
                .body("didYouMean", notNullValue());
        anonymous().get("/api/v1/suggest?q=" + q("encuesta de mov")).then().statusCode(200)
                .body("suggestions", hasItem(containsString("Movilidad")));
    }

    @Test
    void anyQueryGetsAnAnswerNeverA500() {
        List<String> nasty = List.of("\"sin cerrar", "AND OR NOT", "*", "?", "title:foo", "a:b:c", "((()))", "+-!~^",
                "\\", "%00", "\u0001\u0002", "movilidad".repeat(150), "[1 TO 5]", "{}", "~2", "\"\"", "'", "\u202e");
        for (String text : nasty) {
            anonymous().get("/api/v1/search?q=" + q(text)).then().statusCode(lessThan(500))
                    .contentType(containsString("json"));
            anonymous().get("/api/v1/suggest?q=" + q(text)).then().statusCode(lessThan(500));
        }
        anonymous().get("/api/v1/search?q=" + q("x".repeat(3000))).then().statusCode(400)
                .contentType("application/problem+json");
        anonymous().get("/api/v1/search?type=dataset").then().statusCode(400).contentType("application/problem+json");
        anonymous().get("/api/v1/search?size=0").then().statusCode(400);
        anonymous().get("/api/v1/search?sort=random").then().statusCode(400);
    }

    @Test
    void reindexJobRebuildsFromTheDatabase() throws InterruptedException {
        anonymous().post("/api/v1/admin/reindex").then().statusCode(401);
        editor().post("/api/v1/admin/reindex").then().statusCode(403);
        String location = admin().post("/api/v1/admin/reindex").then().statusCode(202).extract().header("Location");
        String path = location.substring(location.indexOf("/api/"));
        String state = "";
        for (int i = 0; i < 100 && !state.equals("done"); i++) {
            Thread.sleep(100);
            state = admin().get(path).then().statusCode(200).extract().path("state");
        }
        org.junit.jupiter.api.Assertions.assertEquals("done", state);
        admin().get(path).then().body("done", greaterThan(0)).body("total", equalTo(admin().get(path).path("done")));
        anonymous().get("/api/v1/search?q=movilidad").then().body("items.studyId", hasItem("CALI-SRCH-MOV"));
        // the status says how the rebuilt index is laid out, for the idle merge that follows a bulk load
        admin().get("/api/v1/admin/index").then().statusCode(200).body("consistent", equalTo(true))
                .body("segments", greaterThan(0)).body("merging", org.hamcrest.Matchers.notNullValue())
                // searches computed at once: the default, 1.5 per processor + 1 (docs/search.md, "Admission")
                .body("search.maxConcurrentSearches", equalTo(Runtime.getRuntime().availableProcessors() * 3 / 2 + 1))
                .body("search.resultCacheMisses", greaterThan(0)).body("search.searchesWaited", greaterThanOrEqualTo(0));
    }
}
