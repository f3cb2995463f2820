package io.archivo.archive.api;

import static io.archivo.testsupport.Api.admin;
import static io.archivo.testsupport.Api.variant;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.archivo.testsupport.Api;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Bad uploads get a 4xx problem+json naming the problem (with line and column for XML) and store nothing. */
@QuarkusTest
@Tag("persistence")
class StudyRejectionTest {

    static final String FIXTURE = StudyUploadTest.FIXTURE;

    private static void assertNotStored(String idno) {
        admin().get("/api/v1/studies/" + idno).then().statusCode(404);
    }

    @Test
    void malformedXmlNamesLineAndColumn() {
        String doc = "<?xml version=\"1.0\"?>\n<codeBook xmlns=\"ddi:codebook:2_5\">\n  <stdyDscr>\n  </codeBook>\n";
        admin().contentType("application/xml").body(doc).post("/api/v1/studies")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", containsString("urn:archivo:problem:"))
                .body("title", notNullValue())
                .body("detail", notNullValue())
                .body("line", equalTo(4))
                .body("column", greaterThan(0));
    }

    @Test
    void notACodebookIsRefused() {
        admin().contentType("application/xml").body("<dataset><title>x</title></dataset>").post("/api/v1/studies")
                .then().statusCode(greaterThan(399)).statusCode(lessThan(500)).contentType("application/problem+json");
    }

    @Test
    void missingIdnoOrTitleIsRefused() {
        String noIdno = new String(variant(FIXTURE, "<IDNo>CALI-TEST-EMC-2025</IDNo>", ""), StandardCharsets.UTF_8);
        admin().contentType("application/xml").body(noIdno.getBytes(StandardCharsets.UTF_8)).post("/api/v1/studies")
                .then().statusCode(422).contentType("application/problem+json").body("detail", containsString("IDNo"));
        byte[] noTitle = variant(FIXTURE, "<titl>Encuesta de Movilidad de Santiago de Cali 2025</titl>", "");
        String noTitleDoc = new String(noTitle, StandardCharsets.UTF_8).replace("CALI-TEST-EMC-2025", "CALI-NO-TITLE");
        admin().contentType("application/xml").body(noTitleDoc.getBytes(StandardCharsets.UTF_8)).post("/api/v1/studies")
                .then().statusCode(422).contentType("application/problem+json");
        assertNotStored("CALI-NO-TITLE");
    }

    @Test
    void externalEntitiesAreNeverResolved() {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE codeBook [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + "<codeBook xmlns=\"ddi:codebook:2_5\"><stdyDscr><citation><titlStmt><titl>&x;</titl>"
                + "<IDNo>CALI-XXE</IDNo></titlStmt></citation></stdyDscr></codeBook>";
        String body = admin().contentType("application/xml").body(xxe).post("/api/v1/studies")
                .then().statusCode(400).contentType("application/problem+json").extract().asString();
        org.junit.jupiter.api.Assertions.assertFalse(body.contains("root:"), "file content leaked: " + body);
        assertNotStored("CALI-XXE");
    }

    @Test
    void billionLaughsFailsFast() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE codeBook [<!ENTITY l0 \"lol\">");
        for (int i = 1; i <= 10; i++) {
            dtd.append("<!ENTITY l").append(i).append(" \"");
            dtd.append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        String doc = "<?xml version=\"1.0\"?>" + dtd + "<codeBook xmlns=\"ddi:codebook:2_5\"><stdyDscr><citation>"
                + "<titlStmt><titl>&l10;</titl><IDNo>CALI-LOL</IDNo></titlStmt></citation></stdyDscr></codeBook>";
        long start = System.nanoTime();
        admin().contentType("application/xml").body(doc).post("/api/v1/studies")
                .then().statusCode(400).contentType("application/problem+json");
        org.junit.jupiter.api.Assertions.assertTrue(System.nanoTime() - start < 5_000_000_000L, "took too long");
        assertNotStored("CALI-LOL");
    }

    @Test
    void tooLargeIs413() {
        // the test profile limits documents to 8 MiB
        byte[] big = new byte[9 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) ' ');
        admin().contentType("application/xml").body(big).post("/api/v1/studies")
                .then().statusCode(413).contentType("application/problem+json").body("limitBytes", equalTo(8388608));
    }

    @Test
    void emptyBodyIs400() {
        admin().contentType("application/xml").body(new byte[0]).post("/api/v1/studies")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void strictModeTurnsSchemaFindingsIntoARejection() {
        assumeTrue(Files.isDirectory(Api.sharedDir().resolve("schemas/ddi-codebook-2.5")),
                "official DDI schema set not found beside the repository: strict validation not testable");
        // <bogus> is not allowed by the DDI 2.5 schema inside stdyInfo
        byte[] invalid = new String(variant(FIXTURE, "<abstract>", "<bogus>x</bogus><abstract>"), StandardCharsets.UTF_8)
                .replace("CALI-TEST-EMC-2025", "CALI-STRICT").getBytes(StandardCharsets.UTF_8);
        admin().contentType("application/xml").body(invalid).queryParam("strict", true).post("/api/v1/studies")
                .then().statusCode(422).contentType("application/problem+json")
                .body("validation.findings[0].line", greaterThan(0))
                .body("validation.findings[0].message", containsString("bogus"));
        assertNotStored("CALI-STRICT");
        // without strict the same document is accepted and the finding is kept with the version
        admin().contentType("application/xml").body(invalid).post("/api/v1/studies").then().statusCode(201)
                .body("version.validation.findings[0].message", containsString("bogus"));
        admin().get("/api/v1/studies/CALI-STRICT/versions/1").then().statusCode(200)
                .body("validation.schemaAvailable", equalTo(true))
                .body("validation.findings.size()", greaterThan(0));
        admin().get("/api/v1/studies/CALI-STRICT").then().body("validation.valid", equalTo(false));
    }

    @Test
    void nonXmlContentTypeIs415() {
        admin().contentType("application/json").body("{}").post("/api/v1/studies")
                .then().statusCode(415).contentType("application/problem+json");
    }
}
