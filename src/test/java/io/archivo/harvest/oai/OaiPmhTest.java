package io.archivo.harvest.oai;

import static io.archivo.testsupport.Api.admin;
import static io.archivo.testsupport.Api.ensureProcess;
import static io.archivo.testsupport.Api.resource;
import static io.archivo.testsupport.Api.variant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.archivo.harvest.HarvestSchemas;
import io.archivo.harvest.OaiCall;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * OAI-PMH 2.0 at /oai end to end: every verb (GET and POST), every error code, resumption tokens, deleted records
 * and what the public may not see. Every response is checked against OAI-PMH.xsd with oai_dc.xsd or the DDI 2.5
 * schema (when ../shared is present).
 */
@QuarkusTest
@Tag("persistence")
class OaiPmhTest {

    static final String FIXTURE = "/archive/encuesta-movilidad-2025.xml";
    static final String REPO = "archivo.cali.gov.co";
    static final String LEGACY = "hdl:1902.1/OAI-LEGACY";
    static final String SENSITIVE_LABEL = "Raizal";
    private static boolean ready;

    @Inject
    ResumptionTokens tokens;

    @BeforeEach
    synchronized void catalogue() {
        if (ready) {
            return;
        }
        ensureProcess("HV-SAL", "salud", "Salud y Protección Social");
        ensureProcess("HV-EDU", "educacion", "Educación");
        for (int i = 1; i <= 5; i++) {
            publish(upload("OAI-PUB-" + i, "Encuesta pública " + i, "HV-SAL"));
        }
        publish(upload("OAI-EDU-1", "Matrícula pública", "HV-EDU"));
        publish(upload("OAI-SENS", "Encuesta con datos personales", "HV-SAL"));
        admin().contentType("application/json").body("{\"sensitive\": true}")
                .put("/api/v1/studies/OAI-SENS/variables/modo/sensitive").then().statusCode(200);
        // classified before its publication: never public, so never heard of by harvesters
        upload("OAI-CLAS", "Encuesta clasificada", "HV-SAL");
        admin().contentType("application/json").body("{\"level\":\"clasificada\",\"legalBasis\":\"Ley 1581 de 2012\","
                + "\"exception\":\"total\",\"decidedOn\":\"2025-03-14\",\"term\":\"15 años\"}")
                .put("/api/v1/studies/OAI-CLAS/classification").then().statusCode(200);
        publish("OAI-CLAS");
        upload("OAI-DRAFT", "Borrador", "HV-SAL");
        publish(upload("OAI-WD", "Encuesta retirada", "HV-SAL"));
        admin().post("/api/v1/studies/OAI-WD/withdraw").then().statusCode(200);
        // its own IDNo: other tests of the same application upload this legacy file too
        admin().contentType("application/xml").body(variant("/archive/legacy-nesstar.xml", "hdl:1902.1/00012", LEGACY, StandardCharsets.ISO_8859_1))
                .post("/api/v1/studies?process=HV-EDU").then().statusCode(201);
        publish(LEGACY);
        ready = true;
    }

    static String upload(String idno, String title, String process) {
        String doc = new String(variant(FIXTURE, "CALI-TEST-EMC-2025", idno), StandardCharsets.UTF_8)
                .replace("Encuesta de Movilidad de Santiago de Cali 2025", title)
                .replace("Bicicleta", SENSITIVE_LABEL);
        admin().contentType("application/xml").body(doc.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/studies?process=" + process).then().statusCode(201);
        return idno;
    }

    static void publish(String idno) {
        admin().post("/api/v1/studies/" + URLEncoder.encode(idno, StandardCharsets.UTF_8) + "/publish").then()
                .statusCode(200);
    }

    static String id(String idno) {
        return "oai:" + REPO + ":" + idno;
    }

    static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Every header of a full ListIdentifiers, following resumption tokens. */
    static List<String> harvestIdentifiers(String firstQuery) {
        List<String> out = new ArrayList<>();
        OaiCall page = OaiCall.get(firstQuery);
        while (true) {
            assertNull(page.error(), page.text());
            out.addAll(page.identifiers());
            String token = page.token();
            if (token == null || token.isEmpty()) {
                return out;
            }
            page = OaiCall.get("verb=" + firstQuery.replaceAll("verb=([A-Za-z]+).*", "$1") + "&resumptionToken=" + q(token));
        }
    }

    @Test
    void identifyDescribesTheRepository() {
        for (OaiCall r : List.of(OaiCall.get("verb=Identify"), OaiCall.post("verb=Identify"))) {
            assertNull(r.error(), r.text());
            assertEquals("2.0", r.one("//*[local-name()='protocolVersion']"));
            assertEquals("persistent", r.one("//*[local-name()='deletedRecord']"));
            assertEquals("YYYY-MM-DDThh:mm:ssZ", r.one("//*[local-name()='granularity']"));
            assertTrue(r.one("//*[local-name()='baseURL']").endsWith("/oai"));
            assertTrue(r.one("//*[local-name()='earliestDatestamp']").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"));
            assertEquals("Identify", r.one("//*[local-name()='request']/@verb"));
        }
    }

    @Test
    void listMetadataFormatsOffersDublinCoreAndDdi() {
        OaiCall r = OaiCall.get("verb=ListMetadataFormats");
        assertEquals(List.of("oai_dc", "oai_ddi25", "ddi"), r.all("//*[local-name()='metadataPrefix']"));
        assertTrue(r.all("//*[local-name()='metadataNamespace']").contains("ddi:codebook:2_5"));
        assertNull(OaiCall.get("verb=ListMetadataFormats&identifier=" + q(id("OAI-PUB-1"))).error());
        assertEquals("idDoesNotExist", OaiCall.get("verb=ListMetadataFormats&identifier=" + q(id("OAI-CLAS"))).error(),
                "never public, never heard of");
        assertEquals("idDoesNotExist", OaiCall.get("verb=ListMetadataFormats&identifier=nonsense").error());
    }

    @Test
    void listSetsNamesDepartmentsThematicAreasAndProcessTypes() {
        OaiCall r = OaiCall.get("verb=ListSets");
        List<String> specs = r.all("//*[local-name()='setSpec']");
        for (String s : List.of("department", "department:salud", "department:educacion", "thematicArea",
                "thematicArea:salud-y-proteccion-social", "processType", "processType:operacion_estadistica")) {
            assertTrue(specs.contains(s), s + " in " + specs);
        }
        assertTrue(r.text().contains("<setName>Salud y Protección Social</setName>"), r.text());
        assertEquals("badResumptionToken", OaiCall.get("verb=ListSets&resumptionToken=abc").error());
    }

    @Test
    void getRecordInDublinCoreMapsTheDdi() {
        OaiCall r = OaiCall.get("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + q(id("OAI-PUB-1")));
        assertNull(r.error(), r.text());
        String dc = "//*[local-name()='dc']/*[local-name()='%s']";
        assertTrue(r.all(dc.formatted("title")).contains("Encuesta pública 1"));
        assertTrue(r.all(dc.formatted("title")).contains("Santiago de Cali Mobility Survey 2025"));
        assertEquals(List.of("Secretaría de Movilidad"), r.all(dc.formatted("creator")));
        assertTrue(r.all(dc.formatted("subject")).containsAll(List.of("movilidad", "Transporte")));
        assertTrue(r.one(dc.formatted("description")).startsWith("Caracteriza los viajes"));
        assertTrue(r.one(dc.formatted("date")).matches("\\d{4}-\\d\\d-\\d\\d"));
        assertTrue(r.all(dc.formatted("type")).containsAll(List.of("Dataset", "Encuesta por muestreo")));
        assertTrue(r.all(dc.formatted("identifier")).contains("OAI-PUB-1"));
        assertTrue(r.all(dc.formatted("coverage")).containsAll(List.of("2025-01-01/2025-12-31",
                "Santiago de Cali, zona urbana", "Colombia")));
        List<String> rights = r.all(dc.formatted("rights"));
        assertTrue(rights.stream().anyMatch(s -> s.contains("Ley 1712")), rights.toString());
        assertTrue(rights.contains("https://creativecommons.org/licenses/by/4.0/"), rights.toString());
        assertTrue(r.all(dc.formatted("language")).contains("es"));
        assertTrue(r.all("//*[local-name()='header']/*[local-name()='setSpec']").contains("department:salud"));
    }

    @Test
    void getRecordInDdiServesTheWholeCodebookWithoutSensitiveVariables() {
        for (String prefix : List.of("oai_ddi25", "ddi")) {
            OaiCall r = OaiCall.get("verb=GetRecord&metadataPrefix=" + prefix + "&identifier=" + q(id("OAI-SENS")));
            assertNull(r.error(), r.text());
            assertEquals("ddi:codebook:2_5", r.dom().getElementsByTagNameNS("ddi:codebook:2_5", "codeBook").item(0)
                    .getNamespaceURI());
            assertEquals(1, r.all("//*[local-name()='fileDscr']").size());
            assertEquals(List.of("comuna", "tiempo_viaje"), r.all("//*[local-name()='var']/@name"));
            assertFalse(r.text().contains(SENSITIVE_LABEL), "the sensitive variable is redacted as in the download");
        }
        OaiCall full = OaiCall.get("verb=GetRecord&metadataPrefix=oai_ddi25&identifier=" + q(id("OAI-PUB-2")));
        assertEquals(List.of("comuna", "modo", "tiempo_viaje"), full.all("//*[local-name()='var']/@name"));
        assertTrue(full.text().contains(SENSITIVE_LABEL), "a public study keeps its categories");
    }

    @Test
    void legacyCodebooksAreServedAsDdi25() {
        OaiCall r = OaiCall.get("verb=GetRecord&metadataPrefix=oai_ddi25&identifier=" + q(id(LEGACY)));
        assertNull(r.error(), r.text());
        assertEquals("2.5", r.one("//*[local-name()='codeBook' and namespace-uri()='ddi:codebook:2_5']/@version"));
        assertEquals("grado", r.one("//*[namespace-uri()='ddi:codebook:2_5' and local-name()='var']/@name"));
        assertTrue(r.text().contains("Registro de matrícula escolar"), "ISO-8859-1 text arrives as UTF-8");
    }

    @Test
    void everyErrorCodeIsAnsweredWithStatus200() {
        record Case(String query, String code) {
        }
        for (Case c : List.of(
                new Case("", "badVerb"),
                new Case("verb=Nonsense", "badVerb"),
                new Case("verb=Identify&verb=Identify", "badVerb"),
                new Case("verb=Identify&extra=1", "badArgument"),
                new Case("verb=ListRecords", "badArgument"),
                new Case("verb=ListRecords&metadataPrefix=oai_dc&metadataPrefix=ddi", "badArgument"),
                new Case("verb=ListRecords&metadataPrefix=oai_dc&from=2025-13-45", "badArgument"),
                new Case("verb=ListRecords&metadataPrefix=oai_dc&from=yesterday", "badArgument"),
                new Case("verb=ListRecords&metadataPrefix=oai_dc&from=2025-01-01&until=2025-01-01T00:00:00Z", "badArgument"),
                new Case("verb=ListRecords&metadataPrefix=oai_dc&from=2026-01-02&until=2026-01-01", "badArgument"),
                new Case("verb=ListIdentifiers&metadataPrefix=oai_dc&resumptionToken=x", "badArgument"),
                new Case("verb=GetRecord&identifier=" + q(id("OAI-PUB-1")), "badArgument"),
                new Case("verb=GetRecord&metadataPrefix=marc21&identifier=" + q(id("OAI-PUB-1")), "cannotDisseminateFormat"),
                new Case("verb=ListRecords&metadataPrefix=marc21", "cannotDisseminateFormat"),
                new Case("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + q(id("NO-SUCH")), "idDoesNotExist"),
                new Case("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + q(id("OAI-DRAFT")), "idDoesNotExist"),
                new Case("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + q(id("OAI-CLAS")), "idDoesNotExist"),
                new Case("verb=ListRecords&metadataPrefix=oai_dc&from=2999-01-01", "noRecordsMatch"),
                new Case("verb=ListIdentifiers&metadataPrefix=oai_dc&set=department:control_interno", "noRecordsMatch"),
                new Case("verb=ListRecords&resumptionToken=forged", "badResumptionToken"),
                new Case("verb=ListIdentifiers&resumptionToken=" + q("eyJ4Ijoi.AAAA"), "badResumptionToken"))) {
            OaiCall r = OaiCall.get(c.query());
            assertEquals(c.code(), r.error(), c.query() + "\n" + r.text());
            boolean bare = c.code().equals("badVerb") || c.code().equals("badArgument");
            assertEquals(bare, r.one("//*[local-name()='request']/@verb") == null,
                    "request attributes are echoed only for a well-formed request: " + c.query());
        }
        assertEquals("badVerb", OaiCall.post("").error());
        assertEquals("cannotDisseminateFormat", OaiCall.post("verb=ListRecords&metadataPrefix=nope").error());
    }

    @Test
    void tamperedAndExpiredTokensAreRefused() {
        OaiCall first = OaiCall.get("verb=ListIdentifiers&metadataPrefix=oai_dc");
        String token = first.token();
        assertNotNull(token, "more than one page of identifiers");
        assertTrue(token.matches("[A-Za-z0-9_.-]+"), "URI-safe: " + token);
        String tampered = (token.charAt(0) == 'A' ? 'B' : 'A') + token.substring(1);
        assertEquals("badResumptionToken", OaiCall.get("verb=ListIdentifiers&resumptionToken=" + q(tampered)).error());
        assertEquals("badResumptionToken", OaiCall.get("verb=ListRecords&resumptionToken=" + q(token)).error(),
                "a ListIdentifiers token does not resume ListRecords");
        String expired = tokens.issue(new ResumptionToken(false, "oai_dc", null, null, null, 1000, 0, 0, 10,
                Instant.now().minusSeconds(1)));
        OaiCall r = OaiCall.get("verb=ListIdentifiers&resumptionToken=" + q(expired));
        assertEquals("badResumptionToken", r.error());
        assertTrue(r.text().contains("expired"));
    }

    @Test
    void resumptionTokensCarrySizeCursorAndExpiry() {
        OaiCall first = OaiCall.get("verb=ListRecords&metadataPrefix=oai_ddi25");
        assertEquals(4, first.identifiers().size());
        assertEquals("0", first.one("//*[local-name()='resumptionToken']/@cursor"));
        long size = Long.parseLong(first.one("//*[local-name()='resumptionToken']/@completeListSize"));
        assertTrue(size >= 9, "completeListSize " + size);
        assertNotNull(first.one("//*[local-name()='resumptionToken']/@expirationDate"));
        OaiCall second = OaiCall.get("verb=ListRecords&resumptionToken=" + q(first.token()));
        assertEquals("4", second.one("//*[local-name()='resumptionToken']/@cursor"));
    }

    @Test
    void aFullHarvestWhilePublishingReturnsEveryPublicStudyExactlyOnce() {
        OaiCall page = OaiCall.get("verb=ListIdentifiers&metadataPrefix=oai_ddi25");
        String started = page.one("//*[local-name()='responseDate']");
        List<String> seen = new ArrayList<>();
        int n = 0;
        while (true) {
            assertNull(page.error(), page.text());
            seen.addAll(page.identifiers());
            // a new study is published between every two pages, and an unseen one is re-published
            publish(upload("OAI-NEW-" + n, "Publicada durante la cosecha " + n, "HV-EDU"));
            n++;
            String token = page.token();
            if (token == null || token.isEmpty()) {
                break;
            }
            page = OaiCall.get("verb=ListIdentifiers&resumptionToken=" + q(token));
        }
        assertTrue(n >= 3, "the harvest took several pages");
        assertEquals(seen.size(), new HashSet<>(seen).size(), "no identifier twice: " + seen);
        for (String idno : List.of("OAI-PUB-1", "OAI-PUB-2", "OAI-PUB-3", "OAI-PUB-4", "OAI-PUB-5", "OAI-EDU-1",
                "OAI-SENS", "OAI-WD", LEGACY)) {
            assertTrue(seen.contains(id(idno)), idno + " in " + seen);
        }
        assertFalse(seen.stream().anyMatch(s -> s.contains("OAI-NEW")), "studies published after the start wait");
        // ...for the next incremental harvest, which finds every one of them
        List<String> next = harvestIdentifiers("verb=ListIdentifiers&metadataPrefix=oai_dc&from=" + started);
        for (int i = 0; i < n; i++) {
            assertTrue(next.contains(id("OAI-NEW-" + i)), "OAI-NEW-" + i + " in " + next);
        }
        assertEquals(next.size(), new HashSet<>(next).size());
    }

    @Test
    void withdrawnAndReclassifiedStudiesAreDeletedRecords() {
        OaiCall wd = OaiCall.get("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + q(id("OAI-WD")));
        assertEquals("deleted", wd.one("//*[local-name()='header']/@status"));
        assertNotNull(wd.one("//*[local-name()='header']/*[local-name()='datestamp']"));
        assertTrue(wd.all("//*[local-name()='metadata']").isEmpty());
        // public, harvested, then classified: deleted from then on
        publish(upload("OAI-LATER-CLAS", "Encuesta reclasificada", "HV-SAL"));
        OaiCall before = OaiCall.get("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + q(id("OAI-LATER-CLAS")));
        assertNull(before.one("//*[local-name()='header']/@status"));
        admin().contentType("application/json").body("{\"level\":\"reservada\",\"legalBasis\":\"Ley 1712 de 2014, art. 19\","
                + "\"exception\":\"total\",\"decidedOn\":\"2025-03-14\",\"term\":\"15 años\"}")
                .put("/api/v1/studies/OAI-LATER-CLAS/classification").then().statusCode(200);
        OaiCall after = OaiCall.get("verb=GetRecord&metadataPrefix=oai_ddi25&identifier=" + q(id("OAI-LATER-CLAS")));
        assertEquals("deleted", after.one("//*[local-name()='header']/@status"));
        assertFalse(after.text().contains("Encuesta reclasificada"));
        // re-published: public again, with a new datestamp
        admin().post("/api/v1/studies/OAI-WD/publish").then().statusCode(200);
        assertNull(OaiCall.get("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + q(id("OAI-WD")))
                .one("//*[local-name()='header']/@status"));
        admin().post("/api/v1/studies/OAI-WD/withdraw").then().statusCode(200);
        assertEquals("deleted", OaiCall.get("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + q(id("OAI-WD")))
                .one("//*[local-name()='header']/@status"));
        List<String> ofSet = harvestIdentifiers("verb=ListIdentifiers&metadataPrefix=oai_dc&set=department:salud");
        assertTrue(ofSet.contains(id("OAI-WD")), "a selective harvest sees the deletion too: " + ofSet);
    }

    @Test
    void fromAndUntilAreInclusiveAtSecondGranularity() {
        OaiCall r = OaiCall.get("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + q(id("OAI-PUB-3")));
        String stamp = r.one("//*[local-name()='header']/*[local-name()='datestamp']");
        List<String> exact = harvestIdentifiers("verb=ListIdentifiers&metadataPrefix=oai_dc&from=" + stamp + "&until=" + stamp);
        assertTrue(exact.contains(id("OAI-PUB-3")), exact.toString());
        String day = stamp.substring(0, 10);
        assertTrue(harvestIdentifiers("verb=ListIdentifiers&metadataPrefix=oai_dc&from=" + day + "&until=" + day)
                .contains(id("OAI-PUB-3")));
        String before = java.time.OffsetDateTime.parse(stamp).minusSeconds(1).toString().replace("+00:00", "Z");
        List<String> untilBefore = new ArrayList<>();
        OaiCall u = OaiCall.get("verb=ListIdentifiers&metadataPrefix=oai_dc&until=" + before);
        if (u.error() == null) {
            untilBefore = harvestIdentifiers("verb=ListIdentifiers&metadataPrefix=oai_dc&until=" + before);
        }
        assertFalse(untilBefore.contains(id("OAI-PUB-3")));
    }

    @Test
    void setsSelectRecords() {
        List<String> edu = harvestIdentifiers("verb=ListIdentifiers&metadataPrefix=oai_dc&set=department:educacion");
        assertTrue(edu.contains(id("OAI-EDU-1")) && edu.contains(id(LEGACY)));
        assertFalse(edu.contains(id("OAI-PUB-1")));
        List<String> all = harvestIdentifiers("verb=ListIdentifiers&metadataPrefix=oai_dc&set=department");
        assertTrue(all.containsAll(edu) && all.contains(id("OAI-PUB-1")), "a parent set holds its children");
    }

    @Test
    void nothingClassifiedDraftOrSensitiveIsEverHarvested() {
        Set<String> hidden = Set.of("OAI-CLAS", "OAI-DRAFT", "Encuesta clasificada", "Borrador");
        for (String prefix : List.of("oai_dc", "oai_ddi25")) {
            OaiCall page = OaiCall.as(admin(), "verb=ListRecords&metadataPrefix=" + prefix);
            while (true) {
                for (String h : hidden) {
                    assertFalse(page.text().contains(h), prefix + " leaks " + h);
                }
                String token = page.token();
                if (token == null || token.isEmpty()) {
                    break;
                }
                page = OaiCall.as(admin(), "verb=ListRecords&resumptionToken=" + q(token));
            }
        }
        OaiCall sens = OaiCall.as(admin(), "verb=GetRecord&metadataPrefix=ddi&identifier=" + q(id("OAI-SENS")));
        assertFalse(sens.text().contains(SENSITIVE_LABEL), "even an admin harvests the public view");
    }

    @Test
    void responsesAreValidAgainstTheOfficialSchemas() {
        assumeTrue(HarvestSchemas.available(), HarvestSchemas.missing());
        // OaiCall validates every response; here a full harvest in each format goes through it once more
        for (String prefix : List.of("oai_dc", "oai_ddi25", "ddi")) {
            assertFalse(harvestIdentifiers("verb=ListRecords&metadataPrefix=" + prefix).isEmpty());
        }
    }
}
