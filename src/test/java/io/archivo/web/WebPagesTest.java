package io.archivo.web;

import static io.archivo.testsupport.Api.admin;
import static io.archivo.testsupport.Api.anonymous;
import static io.archivo.testsupport.Api.editor;
import static io.archivo.testsupport.Api.otherEditor;
import static io.archivo.testsupport.Api.variant;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archivo.testsupport.DemoCatalogueProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The server-rendered pages over the demo catalogue, through plain HTTP: what each page shows, and that it never
 * shows a caller more than the API shows the same caller (a draft of the Salud department).
 */
@QuarkusTest
@TestProfile(DemoCatalogueProfile.class)
@Tag("persistence")
class WebPagesTest {

    static final String DRAFT = "CALI-WEB-DRAFT-2025";
    static final String DRAFT_WORD = "zorzalino";

    @Test
    void homeShowsFiguresAndLatestStudies() {
        long studies = anonymous().get("/api/v1/search?size=1").jsonPath().getLong("total");
        anonymous().get("/").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<html lang=\"es\">"), containsString("<strong>" + studies + "</strong> estudios"),
                        containsString("<strong>111</strong> procesos"), containsString("<strong>16</strong> dependencias"),
                        containsString("href=\"/estudios/CALI-"), containsString("<main id=\"contenido\""));
    }

    @Test
    void searchShowsFacetsSnippetsAndKeepsItsStateInTheUrl() {
        String html = anonymous().get("/buscar?q=vacunacion").then().statusCode(200).extract().asString();
        assertTrue(html.contains("<em>"), "highlighted snippets");
        assertTrue(html.contains("href=\"/buscar?q=vacunacion&amp;department=Salud\""), "facet links keep the query");
        String filtered = anonymous().get("/buscar?q=vacunacion&department=Salud&orden=title").then().statusCode(200)
                .extract().asString();
        assertTrue(filtered.contains("aria-current=\"true\">✓ Salud</a>"), "the active facet value is marked");
        assertTrue(filtered.contains("<option value=\"title\" selected>"), "the sort is kept");
        assertTrue(filtered.contains("Quitar filtro Dependencia: Salud"), "an active filter can be removed");
        anonymous().get("/buscar?q=vacunasion").then().statusCode(200).body(containsString("vacunaci"));
        anonymous().get("/buscar?q=comuna&tipo=variables").then().statusCode(200)
                .body(containsString("?vq=comuna#variables"), containsString("En el estudio"));
        // nonsense in the URL is not an error page
        anonymous().get("/buscar?pagina=-4&orden=zzz&desde=abc").then().statusCode(200);
    }

    @Test
    void facetsListTheirMostFrequentValuesAndAllOnRequestWithSpanishNames() {
        int areas = anonymous().get("/api/v1/search?size=1").jsonPath().getList("facets.area").size();
        assertTrue(areas > SearchPage.FACET_VALUES, "the demo catalogue has more areas than a facet lists: " + areas);
        java.util.regex.Pattern areaLink = java.util.regex.Pattern.compile("href=\"/buscar\\?q=(&amp;orden=title)?&amp;area=");
        String html = anonymous().get("/buscar").then().statusCode(200).extract().asString();
        assertEquals(SearchPage.FACET_VALUES, areaLink.matcher(html).results().count(), "the 12 most frequent");
        assertTrue(html.contains("<a href=\"/buscar?q=&amp;mas=area#f-area\" aria-label=\"Ver todos (" + areas
                + "): valores de Comuna o corregimiento\">Ver todos (" + areas + ")</a>"), html);
        assertFalse(html.contains("Ver menos"), html);
        // all of them, the facet open where the link leads; the rest of the state is kept in every link
        String all = anonymous().get("/buscar?mas=area&orden=title").then().statusCode(200).extract().asString();
        assertEquals(areas, areaLink.matcher(all).results().count(), all);
        assertTrue(all.contains("<details id=\"f-area\" open>"), all);
        assertTrue(all.contains("href=\"/buscar?q=&amp;orden=title#f-area\""), "back to the most frequent: " + all);
        assertTrue(all.contains("&amp;orden=title&amp;area=Pance&amp;mas=area\""), "a value keeps the state: " + all);
        assertTrue(all.contains("<input type=\"hidden\" name=\"mas\" value=\"area\">"), "the form keeps it too");
        // codes are named in Spanish; the URL keeps the code, as the API does
        assertTrue(html.contains("accessClassification=publica\">Pública</a>"), html);
        assertTrue(html.contains("language=es\">Español</a>"), html);
        assertTrue(html.contains("yearRange=2020-2029\">2020–2029</a>"), html);
        assertFalse(html.contains(">publica</a>") || html.contains(">es</a>"), html);
        anonymous().get("/buscar?accessClassification=publica&language=es").then().statusCode(200)
                .body(containsString("Quitar filtro Clasificación (Ley 1712): Pública"),
                        containsString("Quitar filtro Idioma: Español"));
        assertEquals("Inglés", FacetLabels.label("language", "en"));
        assertEquals("Reservada", FacetLabels.label("accessClassification", "reservada"));
        assertEquals("zz-unknown", FacetLabels.label("language", "zz-unknown"));
    }

    @Test
    void studyPageShowsCitationVariablesVersionsAndDownloads() {
        String html = anonymous().get("/estudios/CALI-BIE-01-2022").then().statusCode(200).extract().asString();
        for (String part : new String[] { "Cómo citar", "id=\"cita\"", "data-copy=\"cita\"", "Cobertura", "Universo",
                "Metodología", "Productores", "id=\"v-comuna\"", "Categorías de comuna", "Versiones",
                "/api/v1/studies/CALI-BIE-01-2022/ddi?version=1", "/sdmx/rest/dataflow/all/BIE-01/latest",
                "Ley 1712 de 2014" }) {
            assertTrue(html.contains(part), part);
        }
        String filtered = anonymous().get("/estudios/CALI-BIE-01-2022?vq=comuna").then().statusCode(200).extract()
                .asString();
        assertTrue(filtered.contains("id=\"v-comuna\" open"), "the named variable opens");
        assertFalse(filtered.contains("id=\"v-sexo\""), "other variables are filtered out");
        anonymous().get("/api/v1/studies/CALI-BIE-01-2022/ddi?version=1").then().statusCode(200);
        anonymous().get("/sdmx/rest/dataflow/all/BIE-01/latest?references=descendants").then().statusCode(200);
        anonymous().get("/estudios/NO-SUCH").then().statusCode(404).body(containsString("No encontrado"));
    }

    @Test
    void inventoryTransparencyAndPlanPages() {
        anonymous().get("/procesos").then().statusCode(200).body(containsString("111 procesos"),
                containsString("href=\"/procesos/SAL-01\""));
        anonymous().get("/procesos/BIE-01").then().statusCode(200)
                .body(containsString("href=\"/estudios/CALI-BIE-01-2022\""), containsString("Flujo de datos SDMX"));
        anonymous().get("/dependencias/salud").then().statusCode(200).body(containsString("Dependencia: Salud"),
                containsString("href=\"/dependencias/salud/procesos.csv\" download"),
                containsString("href=\"/plan?dependencia=salud#diagnostico\""));
        String processes = anonymous().get("/dependencias/salud/procesos.csv").then().statusCode(200)
                .contentType(containsString("text/csv")).header("Content-Disposition", containsString("procesos-salud.csv"))
                .extract().asString();
        assertTrue(processes.startsWith("\"Código\",\"Proceso\",\"Dependencia\""), processes);
        assertTrue(processes.contains("\"SAL-01\""), processes);
        assertTrue(processes.lines().skip(1).allMatch(l -> l.contains("\"Salud\"")), "only Salud's processes");
        anonymous().get("/dependencias/nada").then().statusCode(404);
        anonymous().get("/dependencias/nada/procesos.csv").then().statusCode(404);
        anonymous().get("/procesos/NADA-99").then().statusCode(404);
        anonymous().get("/transparencia").then().statusCode(200)
                .body(containsString("Registro de Activos de Información"),
                        containsString("/api/v1/transparency/registro-activos?format=csv"));
        // every download the transparency page links answers in its format
        for (String asset : new String[] { "registro-activos", "indice-clasificada" }) {
            anonymous().get("/api/v1/transparency/" + asset + "?format=csv").then().statusCode(200)
                    .contentType(containsString("text/csv"));
            anonymous().get("/api/v1/transparency/" + asset + "?format=xlsx").then().statusCode(200)
                    .contentType(containsString("spreadsheetml"));
            anonymous().get("/api/v1/transparency/" + asset).then().statusCode(200)
                    .contentType(containsString("application/json"));
        }
        String plan = anonymous().get("/plan").then().statusCode(200).extract().asString();
        int current = anonymous().get("/api/v1/pet/indicators").jsonPath()
                .getInt("indicators.find { it.id == 'difusion-publico' }.current");
        assertTrue(plan.contains("<th scope=\"row\">Valor actual</th><td class=\"n\">" + current + "</td>"), plan);
        assertTrue(plan.contains("<svg class=\"chart\" role=\"img\""));
        String csv = anonymous().get("/plan/indicador-difusion-publico.csv").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        assertEquals("\"Categoría\",\"procesos\"\r\n\"Línea base 2015\",\"57\"\r\n\"Valor actual\",\"" + current
                + "\"\r\n\"Meta\",\"87\"\r\n", csv);
        anonymous().get("/plan?dependencia=salud").then().statusCode(200).body(containsString("— Salud ("));
        anonymous().get("/plan/diagnostico-tipos-salud.csv?dependencia=salud").then().statusCode(200);
        // digital collection and regulation, counted over the processes the inventory shows
        long digital = anonymous().get("/api/v1/processes?size=100&department=salud").jsonPath()
                .getList("items.instruments.code", java.util.List.class).stream()
                .filter(codes -> codes.stream().anyMatch(c -> !"papel".equals(c))).count();
        String collection = anonymous().get("/plan/diagnostico-recoleccion-salud.csv?dependencia=salud").then()
                .statusCode(200).extract().asString();
        assertTrue(collection.contains("\"Recolección digital\",\"" + digital + "\"\r\n"), collection);
        anonymous().get("/plan/diagnostico-normativa-total.csv").then().statusCode(200)
                .body(containsString("\"Con normativa registrada\","));
        anonymous().get("/plan/nada.csv").then().statusCode(404);
    }

    @Test
    void homeListsTheLatestPublicationsFirst() {
        // a study about 1998, published now: first on the home page, though the oldest by period covered
        String idno = "CALI-WEB-RECIENTE-1998";
        if (admin().get("/api/v1/studies/" + idno).statusCode() == 404) {
            String doc = new String(variant("/archive/encuesta-movilidad-2025.xml", "CALI-TEST-EMC-2025", idno),
                    StandardCharsets.UTF_8).replace("Encuesta de Movilidad de Santiago de Cali 2025",
                            "Encuesta de movilidad de 1998, digitalizada").replace("2025-01-01", "1998-01-01")
                    .replace("2025-12-31", "1998-12-31").replace(">2025</timePrd>", ">1998</timePrd>");
            admin().contentType("application/xml").body(doc.getBytes(StandardCharsets.UTF_8))
                    .post("/api/v1/studies?process=SAL-01").then().statusCode(201);
        }
        admin().post("/api/v1/studies/" + idno + "/publish").then().statusCode(200);
        java.util.List<String> api = anonymous().get("/api/v1/studies?sort=published&size=6").jsonPath()
                .getList("items.idno", String.class);
        assertEquals(idno, api.get(0), "the API lists the latest publication first: " + api);
        java.util.List<String> dates = anonymous().get("/api/v1/studies?sort=published&size=100").jsonPath()
                .getList("items.publishedAt", String.class);
        for (int i = 1; i < dates.size(); i++) {
            assertTrue(java.time.OffsetDateTime.parse(dates.get(i - 1)).compareTo(java.time.OffsetDateTime.parse(dates.get(i))) >= 0,
                    "publication dates descending: " + dates);
        }
        anonymous().get("/api/v1/studies?sort=year").then().statusCode(400).contentType("application/problem+json");
        String home = anonymous().get("/").then().statusCode(200).extract().asString();
        java.util.List<String> shown = java.util.regex.Pattern.compile("<li><h3><a href=\"/estudios/([^\"]+)\">")
                .matcher(home).results().map(m -> m.group(1)).toList();
        assertEquals(api, shown, "the home page shows what the API lists, in its order");
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        assertTrue(home.contains("Salud · proceso SAL-01 · publicado el " + today), home);
    }

    @Test
    void departmentPageLinksItsStudiesAndDataflows() {
        long studies = anonymous().get("/api/v1/search?department=Salud&size=1").jsonPath().getLong("total");
        assertTrue(studies > 0);
        String html = anonymous().get("/dependencias/salud").then().statusCode(200).extract().asString();
        assertTrue(html.contains("<a href=\"/buscar?q=&amp;department=Salud\">Sus estudios en el catálogo (" + studies
                + ")</a>"), html);
        assertTrue(html.contains("<th scope=\"col\">Flujo de datos SDMX</th>"), html);
        assertTrue(html.contains("<td><a href=\"/sdmx/rest/dataflow/all/SAL-01/latest?references=descendants\">Flujo SAL-01</a></td>"),
                html);
        anonymous().get("/sdmx/rest/dataflow/all/SAL-02/latest?references=descendants").then().statusCode(200);
        // the link leads to those studies
        anonymous().get("/buscar?q=&department=Salud").then().statusCode(200)
                .body(containsString("1–" + Math.min(20, studies) + " de " + studies + " estudios"));
        // the inventory's list has no such column
        anonymous().get("/procesos").then().statusCode(200).body(not(containsString("Flujo de datos SDMX</th>")));
    }

    @Test
    void pagesShowDraftsOnlyToWhomTheApiShowsThem() {
        if (admin().get("/api/v1/studies/" + DRAFT).statusCode() == 404) {
            String doc = new String(variant("/archive/encuesta-movilidad-2025.xml", "CALI-TEST-EMC-2025", DRAFT),
                    StandardCharsets.UTF_8).replace("Encuesta de Movilidad de Santiago de Cali 2025",
                            "Encuesta " + DRAFT_WORD + " de prueba");
            editor().contentType("application/xml").body(doc.getBytes(StandardCharsets.UTF_8))
                    .post("/api/v1/studies?process=SAL-01").then().statusCode(201);
        }
        Supplier<RequestSpecification> owner = () -> editor();
        // the API's answer and the page's agree, caller by caller
        for (Supplier<RequestSpecification> outsider : java.util.List.<Supplier<RequestSpecification>>of(
                () -> anonymous(), () -> otherEditor())) {
            outsider.get().get("/api/v1/studies/" + DRAFT).then().statusCode(404);
            outsider.get().get("/estudios/" + DRAFT).then().statusCode(404).body(not(containsString(DRAFT_WORD)));
            outsider.get().get("/procesos/SAL-01").then().statusCode(200).body(not(containsString(DRAFT)));
            outsider.get().get("/buscar?q=" + DRAFT_WORD).then().statusCode(200).body(not(containsString(DRAFT)));
        }
        owner.get().get("/api/v1/studies/" + DRAFT).then().statusCode(200);
        owner.get().get("/estudios/" + DRAFT).then().statusCode(200)
                .body(containsString("Borrador: no publicado"), containsString(DRAFT_WORD),
                        containsString("Sesión: editor-salud"));
        owner.get().get("/procesos/SAL-01").then().statusCode(200)
                .body(containsString(DRAFT + ")</span> <span class=\"badge\">Borrador</span>"));
        long deadline = System.currentTimeMillis() + 20_000;
        while (!owner.get().get("/buscar?q=" + DRAFT_WORD).asString().contains("/estudios/" + DRAFT)) {
            assertTrue(System.currentTimeMillis() < deadline, "the editor finds the draft in the search page");
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
        // marked as a draft in the result list, where a published study is not
        owner.get().get("/buscar?q=" + DRAFT_WORD).then().statusCode(200).body(containsString(
                "<a href=\"/estudios/" + DRAFT + "\">Encuesta " + DRAFT_WORD + " de prueba</a> <span class=\"badge\">Borrador</span>"));
        owner.get().get("/buscar?q=vacunacion").then().statusCode(200).body(not(containsString("badge\">Borrador")));
    }

    @Test
    void studyPageLinksItsDataFiles() {
        String idno = "CALI-WEB-FILES-2025";
        if (admin().get("/api/v1/studies/" + idno).statusCode() == 404) {
            admin().contentType("application/xml").body(variant("/archive/encuesta-movilidad-2025.xml",
                    "CALI-TEST-EMC-2025", idno)).post("/api/v1/studies?process=SAL-01").then().statusCode(201);
            admin().post("/api/v1/studies/" + idno + "/publish").then().statusCode(200);
            editor().contentType("application/octet-stream")
                    .header("Content-Disposition", "attachment; filename=\"web-viajes.csv\"")
                    .body("comuna;modo\n1;1\n2;2\n".getBytes(StandardCharsets.UTF_8))
                    .post("/api/v1/studies/" + idno + "/files").then().statusCode(201);
            editor().contentType("application/octet-stream").queryParam("accessLevel", "clasificada")
                    .header("Content-Disposition", "attachment; filename=\"web-hogares.csv\"")
                    .body("hogar;ingreso\n1;10\n".getBytes(StandardCharsets.UTF_8))
                    .post("/api/v1/studies/" + idno + "/files").then().statusCode(201);
        }
        long publicId = anonymous().get("/api/v1/studies/" + idno + "/files").jsonPath()
                .getLong("find { it.name == 'web-viajes.csv' }.id");
        String href = "/api/v1/studies/" + idno + "/files/" + publicId + "/content";
        String html = anonymous().get("/estudios/" + idno).then().statusCode(200).extract().asString();
        assertTrue(html.contains("<a href=\"" + href + "\" download>web-viajes.csv</a>"), html);
        assertFalse(html.contains(">web-hogares.csv</a>"), "a classified file is named, not linked, to the public");
        assertTrue(html.contains("web-hogares.csv <span"), "the classified file is listed as the API lists it");
        assertTrue(html.contains("Solicite el acceso"), "with the way to ask for it");
        anonymous().get(href).then().statusCode(200).body(containsString("comuna;modo"));
        editor().get("/estudios/" + idno).then().statusCode(200).body(containsString("download>web-hogares.csv</a>"));
    }

    @Test
    void aWithdrawnStudyIsATombstone() {
        String idno = withdrawnStudy();
        // the API tells the public the same as the page: 410 with the withdrawal
        String withdrawnAt = anonymous().get("/api/v1/studies/" + idno).then().statusCode(410)
                .body("reason", org.hamcrest.Matchers.equalTo(WITHDRAWAL_REASON))
                .body("replacedBy", org.hamcrest.Matchers.equalTo(REPLACEMENT)).extract().path("withdrawnAt");
        long deadline = System.currentTimeMillis() + 20_000;
        while (anonymous().get("/estudios/" + idno).statusCode() != 410) {
            if (System.currentTimeMillis() > deadline) {
                String from = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).minusMinutes(10)
                        .truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
                throw new AssertionError("the withdrawn study answers 410, not "
                        + anonymous().get("/estudios/" + idno).statusCode() + "; OAI-PMH since " + from + ": "
                        + anonymous().get("/oai?verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:archivo.cali.gov.co:"
                                + idno).asString());
            }
            sleep(200);
        }
        String day = withdrawnAt.substring(0, 10);
        anonymous().get("/estudios/" + idno).then().statusCode(410).contentType(containsString("text/html"))
                .body(containsString("Estudio retirado"), containsString(idno),
                        containsString("<strong>" + WITHDRAWN_TITLE + "</strong>"),
                        containsString("retirado el <time datetime=\"" + day + "\">" + day + "</time>"),
                        containsString("Motivo del retiro"),
                        // the reason is text, escaped like everything else
                        containsString("Cifras corregidas &lt;b&gt;con&lt;/b&gt; la proyección de población 2024"),
                        containsString("<a href=\"/estudios/" + REPLACEMENT + "\">el estudio " + REPLACEMENT + "</a>"),
                        not(containsString("<b>con</b>")));
        // never public: still a plain 404
        anonymous().get("/estudios/" + DRAFT).then().statusCode(404);
        // whoever the API shows it to still sees the study, marked
        editor().get("/estudios/" + idno).then().statusCode(200).body(containsString("Retirado"),
                containsString("<strong>Motivo:</strong> Cifras corregidas"),
                containsString("Reemplazado por <a href=\"/estudios/" + REPLACEMENT + "\">"));
    }

    static final String WITHDRAWN = "CALI-WEB-RETIRADO-2025";
    static final String WITHDRAWN_WORD = "golondrinero";
    static final String WITHDRAWN_TITLE = "Encuesta " + WITHDRAWN_WORD + " de movilidad 2025";

    /** A study of Salud's SAL-01, published (so public once) and then withdrawn with a reason and a replacement. */
    static String withdrawnStudy() {
        if (admin().get("/api/v1/studies/" + WITHDRAWN).statusCode() == 404) {
            String doc = new String(variant("/archive/encuesta-movilidad-2025.xml", "CALI-TEST-EMC-2025", WITHDRAWN),
                    StandardCharsets.UTF_8).replace("Encuesta de Movilidad de Santiago de Cali 2025", WITHDRAWN_TITLE);
            admin().contentType("application/xml").body(doc.getBytes(StandardCharsets.UTF_8))
                    .post("/api/v1/studies?process=SAL-01").then().statusCode(201);
            admin().post("/api/v1/studies/" + WITHDRAWN + "/publish").then().statusCode(200);
            anonymous().get("/estudios/" + WITHDRAWN).then().statusCode(200);
            admin().contentType("application/json").body("{\"reason\": \"" + WITHDRAWAL_REASON + "\", \"replacedBy\": \""
                    + REPLACEMENT + "\"}").post("/api/v1/studies/" + WITHDRAWN + "/withdraw").then().statusCode(200);
        }
        return WITHDRAWN;
    }

    @Test
    void resultListsMarkEveryStudyThatIsNotPublished() {
        String idno = withdrawnStudy();
        String link = "<a href=\"/estudios/" + idno + "\">" + WITHDRAWN_TITLE + "</a>";
        // its managers find it, marked as the process page marks it; the public does not find it
        for (Supplier<RequestSpecification> manager : java.util.List.<Supplier<RequestSpecification>>of(() -> admin(),
                () -> editor())) {
            long deadline = System.currentTimeMillis() + 20_000;
            while (!manager.get().get("/buscar?q=" + WITHDRAWN_WORD).asString().contains(link)) {
                assertTrue(System.currentTimeMillis() < deadline, "the manager finds the withdrawn study");
                sleep(200);
            }
            manager.get().get("/buscar?q=" + WITHDRAWN_WORD).then().statusCode(200)
                    .body(containsString(link + " <span class=\"badge\">Retirado</span>"));
            manager.get().get("/procesos/SAL-01").then()
                    .body(containsString(idno + ")</span> <span class=\"badge\">Retirado</span>"));
        }
        anonymous().get("/buscar?q=" + WITHDRAWN_WORD).then().statusCode(200).body(not(containsString(idno)));
        // a published study stays unmarked
        admin().get("/buscar?q=vacunacion").then().statusCode(200).body(not(containsString("<span class=\"badge\">")));
    }

    static final String WITHDRAWAL_REASON = "Cifras corregidas <b>con</b> la proyección de población 2024.";
    static final String REPLACEMENT = "CALI-PLA-01-2023";

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    /** What Chromium sends for a page. */
    static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

    /** A Spanish error page in the site's layout, with a way home. */
    private static void assertErrorPage(io.restassured.response.Response r, int status, String title) {
        r.then().statusCode(status).contentType(containsString("text/html"));
        assertErrorPage(r.asString(), status, title);
    }

    private static void assertErrorPage(String html, int status, String title) {
        for (String part : new String[] { "<html lang=\"es\">", "<main id=\"contenido\"", "<header class=\"site\">",
                "<footer class=\"site\">", "<a class=\"skip\" href=\"#contenido\">", "<h1>" + title + "</h1>",
                "<a href=\"/\">Volver al inicio</a>", "Código de estado HTTP " + status }) {
            assertTrue(html.contains(part), status + " page lacks " + part + ":\n" + html);
        }
        assertFalse(html.contains("urn:archivo:problem") || html.contains("Not Found"), "no JSON, no English: " + html);
    }

    @Test
    void errorsOnPagePathsAreSpanishPagesForBrowsersAndProblemsForPrograms() {
        assertErrorPage(anonymous().accept(BROWSER).get("/nope"), 404, "Página no encontrada");
        assertErrorPage(anonymous().accept(BROWSER).get("/estudios/"), 404, "Página no encontrada");
        assertErrorPage(anonymous().accept(BROWSER).get("/dependencias/"), 404, "Página no encontrada");
        assertErrorPage(anonymous().accept(BROWSER).get("/procesos/SAL-01/nada"), 404, "Página no encontrada");
        anonymous().accept(BROWSER).get("/nope").then().header("Vary", containsString("Accept"));
        // a query string that cannot be decoded, on pages and under pages (sent raw: HTTP clients refuse to)
        for (String target : new String[] { "/buscar?q=%ZZ", "/estudios/CALI-BIE-01-2022?vq=50%", "/plan?dependencia=%" }) {
            Raw r = Raw.get(target, BROWSER);
            assertEquals(400, r.status(), target);
            assertTrue(r.contentType().startsWith("text/html"), target + ": " + r.contentType());
            assertErrorPage(r.body(), 400, "Solicitud no válida");
        }
        // a URI too long for the server
        String longQuery = "/buscar?q=" + "comuna".repeat(800);
        assertErrorPage(anonymous().accept(BROWSER).get(longQuery), 414, "Dirección demasiado larga");
        // the sign-in page keeps its challenge, so the browser still asks for the password
        io.restassured.response.Response login = anonymous().accept(BROWSER).redirects().follow(false).get("/entrar");
        assertErrorPage(login, 401, "Identificación requerida");
        login.then().header("WWW-Authenticate", containsString("Basic"));

        // programs keep exactly the answers they had: problem+json, or the bare status of the HTTP layer
        for (String accept : new String[] { "application/json", "*/*", "application/problem+json, text/html;q=0.5" }) {
            anonymous().accept(accept).get("/nope").then().statusCode(404).contentType("application/problem+json")
                    .body("type", org.hamcrest.Matchers.equalTo("urn:archivo:problem:not-found"));
            anonymous().accept(accept).redirects().follow(false).get("/entrar").then().statusCode(401)
                    .contentType("application/problem+json");
        }
        anonymous().get("/estudios/").then().statusCode(404).contentType("application/problem+json");
        anonymous().accept(BROWSER).get("/api/v1/nope").then().statusCode(404).contentType("application/problem+json");
        anonymous().accept(BROWSER).get("/api/v1/studies/NO-SUCH").then().statusCode(404)
                .contentType("application/problem+json");
        for (Raw r : new Raw[] { Raw.get("/api/v1/search?q=%ZZ", BROWSER), Raw.get("/buscar?q=%ZZ", "*/*"),
                Raw.get("/buscar?q=%ZZ", "application/json") }) {
            assertEquals(400, r.status());
            assertEquals("", r.body(), "the HTTP layer's bare 400, as before");
        }
        anonymous().accept(BROWSER).get("/api/v1/search?q=" + "comuna".repeat(800)).then().statusCode(414)
                .body(org.hamcrest.Matchers.emptyString());
        // just under the limit is answered as usual
        anonymous().accept(BROWSER).get("/buscar?q=" + "comuna".repeat(600)).then().statusCode(200);
    }

    /** A request sent as written: what a browser sends for a mistyped link, which HTTP client libraries refuse. */
    record Raw(int status, String contentType, String body) {
        static Raw get(String target, String accept) {
            try (java.net.Socket socket = new java.net.Socket("localhost", io.restassured.RestAssured.port)) {
                socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nAccept: " + accept
                        + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                int split = answer.indexOf("\r\n\r\n");
                String head = answer.substring(0, split);
                String type = head.lines().filter(l -> l.toLowerCase(java.util.Locale.ROOT).startsWith("content-type:"))
                        .map(l -> l.substring(13).trim()).findFirst().orElse("");
                return new Raw(Integer.parseInt(head.substring(9, 12)), type, answer.substring(split + 4));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    @Test
    void variablesShowFrequenciesPercentagesPagesFilterAndLanguage() {
        String study = "/estudios/CALI-PLA-01-2023";
        int total = anonymous().get("/api/v1/studies/CALI-PLA-01-2023").jsonPath().getInt("variableCount");
        assertTrue(total > StudyPage.VARIABLES_PER_PAGE, "the demo's largest study has more than a page: " + total);
        String first = anonymous().get(study).then().statusCode(200).extract().asString();
        assertTrue(first.contains(total + " variables · página 1 de 2"), first);
        // frequencies, and each category's share of the non-missing ones (5,862 of 12,453 answers)
        assertTrue(first.contains("<td>1</td><td>Hombre</td><td class=\"n\">5.862</td><td class=\"n\">47,1 %</td>"), first);
        assertTrue(first.contains("<td>2</td><td>Mujer</td><td class=\"n\">6.591</td><td class=\"n\">52,9 %</td>"), first);
        assertTrue(first.contains("<td>9</td><td>Sin información <span class=\"muted\">(faltante)</span></td>"
                + "<td class=\"n\">27</td><td class=\"n\"></td>"), "a missing value is counted, not shared: " + first);
        assertTrue(first.contains("<td class=\"n\">2.456</td><td class=\"n\">19,8 %</td>"), "estrato 1: " + first);
        // a label in English says so, for screen readers and translation
        assertTrue(first.contains("<strong>ciuo_gran_grupo</strong> — <span lang=\"en\">Occupation (ISCO-08 major group)</span>"),
                first);
        assertTrue(first.contains("<strong>sexo</strong> — <span>Sexo</span>"), "Spanish labels carry no lang: " + first);
        // paging: 25 a page, the next page linked, and the second page holds the rest
        assertEquals(StudyPage.VARIABLES_PER_PAGE, first.split("<details class=\"var\"").length - 1);
        assertTrue(first.contains("<a href=\"" + study + "?vq=&amp;vpagina=2#variables\" rel=\"next\">Siguientes</a>"), first);
        String second = anonymous().get(study + "?vq=&vpagina=2").then().statusCode(200).extract().asString();
        assertEquals(total - StudyPage.VARIABLES_PER_PAGE, second.split("<details class=\"var\"").length - 1, second);
        assertTrue(second.contains("página 2 de 2") && second.contains("id=\"v-fex\"") && !second.contains("id=\"v-sexo\""),
                second);
        assertTrue(second.contains("<a href=\"" + study + "?vq=&amp;vpagina=1#variables\" rel=\"prev\">Anteriores</a>"), second);
        // the filter: name, label or question, without accents or case; its pages keep it
        String filtered = anonymous().get(study + "?vq=HOGAR").then().statusCode(200).extract().asString();
        assertTrue(filtered.contains("con «HOGAR»") && filtered.contains("id=\"v-internet_hogar\"")
                && filtered.contains("id=\"v-falta_alimentos\"") && !filtered.contains("id=\"v-sexo\""), filtered);
        anonymous().get(study + "?vq=satisfaccion").then().statusCode(200)
                .body(containsString("1 variable con «satisfaccion»"), containsString("id=\"v-satisfaccion_vida\""));
        anonymous().get(study + "?vq=ocupaci%C3%B3n").then().statusCode(200)
                .body(containsString("id=\"v-ciuo_gran_grupo\""), containsString("<td class=\"n\">1.596</td>"));
    }

    @Test
    void variablePagesAreReadLikeSearchPages() {
        // unreadable: the first page; past the last one (however large): a 404 that links the last page
        anonymous().accept(BROWSER).get("/estudios/CALI-BIE-01-2022?vpagina=abc").then().statusCode(200)
                .body(containsString("id=\"v-comuna\""));
        io.restassured.response.Response far = anonymous().accept(BROWSER).get("/estudios/CALI-BIE-01-2022?vpagina=99999999999");
        assertErrorPage(far, 404, "Página no encontrada");
        assertTrue(far.asString().contains("href=\"/estudios/CALI-BIE-01-2022?vq=#variables\""), far.asString());
        anonymous().get("/estudios/CALI-BIE-01-2022?vpagina=-3").then().statusCode(200);
    }

    @Test
    void searchPastTheLastPageIsA404ThatLinksTheLastPage() {
        long total = anonymous().get("/api/v1/search?size=1").jsonPath().getLong("total");
        long lastPage = (total + 19) / 20;
        for (String pagina : new String[] { "999999999", String.valueOf(lastPage + 1) }) {
            io.restassured.response.Response r = anonymous().accept(BROWSER).get("/buscar?pagina=" + pagina);
            assertErrorPage(r, 404, "Página no encontrada");
            String html = r.asString();
            assertTrue(html.contains("la página " + ("999999999".equals(pagina) ? "5000" : pagina) + " no existe"), html);
            assertTrue(html.contains(lastPage > 1 ? "href=\"/buscar?q=&amp;pagina=" + lastPage + "\""
                    : "href=\"/buscar?q=\""), html);
        }
        String last = anonymous().get("/buscar?pagina=" + lastPage).then().statusCode(200).extract().asString();
        long first = (lastPage - 1) * 20 + 1;
        assertTrue(last.contains(first + "–" + total + " de " + total + " estudios"), last);
        anonymous().get("/buscar?q=zzqxjwv&pagina=2").then().statusCode(404);
        anonymous().get("/buscar?q=zzqxjwv").then().statusCode(200).body(containsString("Sin resultados"));
    }

    @Test
    void loginAsksForCredentials() {
        anonymous().redirects().follow(false).get("/entrar").then().statusCode(401);
        editor().redirects().follow(false).get("/entrar").then().statusCode(303);
    }
}
