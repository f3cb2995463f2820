package io.archivo.archive.api;

import static io.archivo.testsupport.Api.admin;
import static io.archivo.testsupport.Api.enc;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.archivo.testsupport.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

/**
 * Every real DDI file of ../shared/ddi-corpus goes through the upload API: it is accepted, its variable count
 * matches MANIFEST.tsv, it has an IDNo and a title, and it comes back byte for byte. A file with no IDNo anywhere
 * (neither in stdyDscr nor in docDscr) cannot be archived: it must be refused with a 422 that says so.
 */
@QuarkusTest
@Tag("persistence")
class CorpusConformanceTest {

    @TestFactory
    Stream<DynamicTest> everyCorpusFileIsIngested() throws IOException {
        Path corpus = Api.sharedDir().resolve("ddi-corpus");
        assumeTrue(Files.isRegularFile(corpus.resolve("MANIFEST.tsv")),
                "../shared/ddi-corpus not found beside the repository: corpus conformance skipped");
        List<String> lines = Files.readAllLines(corpus.resolve("MANIFEST.tsv"));
        List<String> header = List.of(lines.get(0).split("\t", -1));
        int fileCol = header.indexOf("file");
        int varCol = header.indexOf("n_var");
        List<DynamicTest> tests = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cols = line.split("\t", -1);
            Path file = corpus.resolve(cols[fileCol]);
            int expectedVariables = Integer.parseInt(cols[varCol]);
            tests.add(DynamicTest.dynamicTest(cols[fileCol], () -> ingest(file, expectedVariables)));
        }
        return tests.stream();
    }

    private static void ingest(Path file, int expectedVariables) throws IOException {
        byte[] doc = Files.readAllBytes(file);
        if (!new String(doc, java.nio.charset.StandardCharsets.UTF_8).contains("IDNo")) {
            admin().contentType("application/xml").body(doc).post("/api/v1/studies")
                    .then().statusCode(422).contentType("application/problem+json")
                    .body("type", org.hamcrest.Matchers.endsWith("ddi-missing-idno"));
            return;
        }
        JsonPath upload = admin().contentType("application/xml").body(doc).post("/api/v1/studies")
                .then().statusCode(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(201), org.hamcrest.Matchers.is(200)))
                .extract().jsonPath();
        String idno = upload.getString("idno");
        assertFalse(idno == null || idno.isBlank(), "no IDNo");
        assertEquals(expectedVariables, upload.getInt("version.variableCount"), "variable count");
        JsonPath study = admin().get("/api/v1/studies/" + enc(idno)).then().statusCode(200).extract().jsonPath();
        assertEquals(idno, study.getString("idno"));
        assertFalse(study.getString("title").isBlank(), "no title");
        assertEquals(expectedVariables, admin().get("/api/v1/studies/" + enc(idno) + "/variables?size=1")
                .then().statusCode(200).extract().jsonPath().getInt("total"));
        assertArrayEquals(doc, admin().get("/api/v1/studies/" + enc(idno) + "/ddi").asByteArray());
    }
}
