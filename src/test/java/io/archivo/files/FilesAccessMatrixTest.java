package io.archivo.files;

import static io.archivo.testsupport.Api.admin;
import static io.archivo.testsupport.Api.anonymous;
import static io.archivo.testsupport.Api.editor;
import static io.archivo.testsupport.Api.ensureProcess;
import static io.archivo.testsupport.Api.otherEditor;
import static io.archivo.testsupport.Api.variant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The access matrix of data files (docs/files.md, docs/access.md): every file endpoint — list, metadata (with its
 * profile), download, ranged download, HEAD, CSV conversion, DDI comparison, generated DDI variables — for every kind
 * of caller, over files of every level: public, classified and reserved files of a public study, the file of a
 * classified study, of a reserved study and of an unpublished draft. Whatever a caller may not see answers exactly
 * like something that does not exist (same status, same problem, once the id is set aside): no existence oracle.
 */
@QuarkusTest
@Tag("persistence")
class FilesAccessMatrixTest {

    static final String PUB = "FAM-PUB";
    static final String CLAS = "FAM-CLAS";
    static final String RES = "FAM-RES";
    static final String DRAFT = "FAM-DRAFT";
    static final String UNKNOWN_STUDY = "FAM-NONE";
    static final long UNKNOWN_ID = 987_654_321L;
    /** A table with the fixture's variables comuna and modo, and a column the DDI lacks (for ddi-vars). */
    static final String CSV = "comuna;modo;gasto_diario\n1;1;5400\n2;2;12000\n3;1;7300\n";

    enum Who {
        ANONYMOUS(false, io.archivo.testsupport.Api::anonymous),
        READER(false, io.archivo.testsupport.Api::reader),
        OTHER_EDITOR(false, io.archivo.testsupport.Api::otherEditor),
        OWNER_EDITOR(true, io.archivo.testsupport.Api::editor),
        ADMIN(true, io.archivo.testsupport.Api::admin);

        final boolean manages;
        final Supplier<RequestSpecification> spec;

        Who(boolean manages, Supplier<RequestSpecification> spec) {
            this.manages = manages;
            this.spec = spec;
        }

        RequestSpecification call() {
            return spec.get();
        }
    }

    /** One file of the matrix: its study, its own level, and what the public may do with it. */
    enum Case {
        PUBLIC_FILE(PUB, "publica", true, true),
        CLASSIFIED_FILE(PUB, "clasificada", true, false),
        RESERVED_FILE(PUB, "reservada", false, false),
        CLASSIFIED_STUDY(CLAS, null, false, false),
        RESERVED_STUDY(RES, null, false, false),
        DRAFT_STUDY(DRAFT, null, false, false);

        final String study;
        final String level;
        final boolean publicSees;
        final boolean publicReads;

        Case(String study, String level, boolean publicSees, boolean publicReads) {
            this.study = study;
            this.level = level;
            this.publicSees = publicSees;
            this.publicReads = publicReads;
        }

        boolean studyVisibleTo(Who who) {
            return who.manages || study.equals(PUB);
        }

        boolean visibleTo(Who who) {
            return who.manages || publicSees;
        }

        boolean readableBy(Who who) {
            return who.manages || publicReads;
        }
    }

    private static final Map<Case, Long> IDS = new LinkedHashMap<>();

    @BeforeEach
    synchronized void catalogue() {
        if (!IDS.isEmpty()) {
            return;
        }
        ensureProcess("SAL-FAM", "salud", "Salud");
        for (String idno : List.of(PUB, CLAS, RES, DRAFT)) {
            admin().contentType("application/xml").body(variant("/archive/encuesta-movilidad-2025.xml",
                    "CALI-TEST-EMC-2025", idno)).post("/api/v1/studies?process=SAL-FAM").then().statusCode(201);
        }
        for (String idno : List.of(PUB, CLAS, RES)) {
            admin().post("/api/v1/studies/" + idno + "/publish").then().statusCode(200);
        }
        admin().contentType("application/json").body(classification("clasificada"))
                .put("/api/v1/studies/" + CLAS + "/classification").then().statusCode(200);
        admin().contentType("application/json").body(classification("reservada"))
                .put("/api/v1/studies/" + RES + "/classification").then().statusCode(200);
        for (Case c : Case.values()) {
            String query = c.level == null ? "" : "?accessLevel=" + c.level;
            Response r = editor().contentType("text/csv").header("Content-Disposition",
                    "attachment; filename=\"viajes_" + c.name().toLowerCase() + ".csv\"")
                    .body(CSV.getBytes(StandardCharsets.UTF_8))
                    .post("/api/v1/studies/" + c.study + "/files" + query);
            r.then().statusCode(201);
            IDS.put(c, ((Number) r.path("id")).longValue());
        }
    }

    private static String classification(String level) {
        return "{\"level\":\"" + level + "\",\"legalBasis\":\"Ley 1581 de 2012, art. 5 (datos sensibles)\","
                + "\"exception\":\"total\",\"decidedOn\":\"2025-03-14\",\"term\":\"15 años\"}";
    }

    /** A file endpoint: how to call it for a study and a file id. */
    record Endpoint(String name, boolean content, Function<RequestSpecification, Function<String, Response>> how,
            String suffix) {
        Response call(Who who, String idno, long id) {
            return how.apply(who.call()).apply("/api/v1/studies/" + idno + "/files/" + id + suffix);
        }
    }

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("metadata", false, s -> s::get, ""),
            new Endpoint("download", true, s -> s::get, "/content"),
            new Endpoint("range", true, s -> s.header("Range", "bytes=0-5")::get, "/content"),
            new Endpoint("head", true, s -> s::head, "/content"),
            new Endpoint("csv", true, s -> s::get, "/content?format=csv"),
            new Endpoint("parquet", true, s -> s::get, "/content?format=parquet"),
            new Endpoint("comparison", true, s -> s::get, "/comparison"),
            new Endpoint("ddi-vars", true, s -> s::get, "/ddi-vars"));

    @ParameterizedTest
    @EnumSource(Who.class)
    void everyFileEndpointShowsExactlyWhatTheCallerMaySee(Who who) {
        for (Case c : Case.values()) {
            long id = IDS.get(c);
            // the listing
            Response list = who.call().get("/api/v1/studies/" + c.study + "/files");
            if (c.studyVisibleTo(who)) {
                list.then().statusCode(200);
                List<Number> ids = list.path("id");
                assertEquals(c.visibleTo(who), ids.stream().anyMatch(n -> n.longValue() == id), who + " list " + c);
            } else {
                sameAsUnknown(who + " list " + c, list, who.call().get("/api/v1/studies/" + UNKNOWN_STUDY + "/files"),
                        c.study, UNKNOWN_STUDY);
            }
            for (Endpoint e : ENDPOINTS) {
                String what = who + " " + e.name() + " " + c;
                Response r = e.call(who, c.study, id);
                if (!c.visibleTo(who)) {
                    // hidden: like a file that does not exist in a visible study, or like an unknown study
                    Response unknown = c.studyVisibleTo(who) ? e.call(who, c.study, UNKNOWN_ID)
                            : e.call(who, UNKNOWN_STUDY, id);
                    assertEquals(404, r.statusCode(), what);
                    sameAsUnknown(what, r, unknown, c.studyVisibleTo(who) ? String.valueOf(id) : c.study,
                            c.studyVisibleTo(who) ? String.valueOf(UNKNOWN_ID) : UNKNOWN_STUDY);
                } else if (e.content() && !c.readableBy(who)) {
                    assertEquals(403, r.statusCode(), what);
                    if (!e.name().equals("head")) {
                        assertEquals("clasificada", r.path("accessLevel"), what);
                        assertNotNull(r.path("howToRequestAccess"), what);
                    }
                } else {
                    assertEquals(expectedWhenAllowed(e), r.statusCode(), what + ": " + r.asString());
                }
            }
            // the profile travels with the metadata only to those who may read the content
            Response meta = who.call().get("/api/v1/studies/" + c.study + "/files/" + id);
            if (c.visibleTo(who)) {
                Object profile = meta.path("profile");
                if (c.readableBy(who)) {
                    assertNotNull(profile, who + " profile " + c);
                } else {
                    assertNull(profile, who + " profile " + c);
                    assertFalse(meta.asString().contains("gasto_diario"), who + " no column names " + c);
                }
            }
        }
    }

    private static int expectedWhenAllowed(Endpoint e) {
        return switch (e.name()) {
            case "range" -> 206;
            default -> 200;
        };
    }

    /** Same status, same media type, same body once the identifier that differs is set aside. */
    private static void sameAsUnknown(String what, Response hidden, Response unknown, String hiddenKey,
            String unknownKey) {
        assertEquals(unknown.statusCode(), hidden.statusCode(), what + " status");
        assertEquals(unknown.contentType(), hidden.contentType(), what + " media type");
        assertEquals(unknown.asString().replace(unknownKey, "<key>"), hidden.asString().replace(hiddenKey, "<key>"),
                what + " body");
    }

    @Test
    void deniedRequestsAreNeitherCountedNorAuditedAsDownloads() {
        long id = IDS.get(Case.CLASSIFIED_FILE);
        String path = "/api/v1/studies/" + PUB + "/files/" + id;
        int before = editor().get(path).path("downloads");
        anonymous().get(path + "/content").then().statusCode(403);
        otherEditor().get(path + "/content?format=csv").then().statusCode(403);
        io.archivo.testsupport.Api.reader().header("Range", "bytes=0-1").get(path + "/content").then().statusCode(403);
        admin().head(path + "/content").then().statusCode(200);
        assertEquals(before, (int) editor().get(path).path("downloads"), "denied requests and HEAD are not downloads");
        admin().get(path + "/content").then().statusCode(200);
        assertEquals(before + 1, (int) editor().get(path).path("downloads"));
        List<String> actors = new ArrayList<>(admin()
                .get("/api/v1/admin/audit?action=download-file&target=" + PUB + "/" + id + "&size=100")
                .path("items.actor"));
        assertTrue(actors.contains("admin"), actors.toString());
        assertFalse(actors.contains("anonymous") || actors.contains("lector") || actors.contains("editor-educacion"),
                "only those who read the bytes are audited as downloads: " + actors);
    }
}
