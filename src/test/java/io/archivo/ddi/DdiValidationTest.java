package io.archivo.ddi;

import static io.archivo.ddi.SharedMaterial.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archivo.ddi.ValidationReport.Finding;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Schema validation in the reading pass, against the official DDI 2.5.1 schema read in place from ../shared. */
class DdiValidationTest {

    private ValidationReport validate(String fixture) throws IOException {
        try (InputStream in = fixture(fixture)) {
            return new DdiReader(SharedMaterial.schema()).read(in, v -> { }).validation();
        }
    }

    @Test
    void validFixturesHaveNoFindings() throws IOException {
        for (String f : new String[] {"2.5/minimal-valid.xml", "2.5/docdscr-idno.xml", "2.5/xhtml-abstract.xml"}) {
            ValidationReport report = validate(f);
            assertTrue(report.valid(), f + ": " + report.findings());
            assertEquals("DDI Codebook 2.5.1 (codebook.xsd)", report.schema());
            assertEquals("Validated against DDI Codebook 2.5.1 (codebook.xsd).", report.note());
        }
    }

    @Test
    void wrappedCodebookIsValidatedWithoutItsEnvelope() throws IOException {
        ValidationReport report = validate("2.5/oai-pmh-wrapped.xml");
        assertTrue(report.valid(), report.findings().toString());
        assertTrue(report.note().contains("without its OAI-PMH envelope"), report.note());
    }

    @Test
    void legacy20IsValidatedAfterNamespaceUpgrade() throws IOException {
        ValidationReport report = validate("2.0/doctype-no-namespace.xml");
        assertTrue(report.valid(), report.findings().toString());
        assertEquals("Legacy DDI 2.0 document validated as DDI 2.5 after namespace upgrade.", report.note());
    }

    @Test
    void findingsThatRemainAfterUpgradeAreReportedWithTheirPosition() throws IOException {
        ValidationReport report = validate("1.2.2/nesstar-icpsr.xml");
        assertEquals("Legacy DDI 1.2.2 document validated as DDI 2.5 after namespace upgrade.", report.note());
        assertFalse(report.valid());
        Finding finding = report.findings().get(0);
        assertTrue(finding.message().contains("IDREF 'F1'"), finding.message());
        assertTrue(finding.line() > 0 && finding.column() > 0, finding.toString());
    }

    @Test
    void findingsAreCappedButCounted() {
        StringBuilder doc = new StringBuilder("<codeBook xmlns='ddi:codebook:2_5' version='2.5'><stdyDscr><citation>"
                + "<titlStmt><titl>Muchos errores</titl><IDNo>E</IDNo></titlStmt></citation></stdyDscr><dataDscr>");
        for (int i = 0; i < 1500; i++) {
            doc.append("<var name='v").append(i).append("' intrvl='no-such-interval'/>");
        }
        doc.append("</dataDscr></codeBook>");
        DdiReadResult result = new DdiReader(SharedMaterial.schema()).read(
                new ByteArrayInputStream(doc.toString().getBytes(StandardCharsets.UTF_8)), v -> { });
        ValidationReport report = result.validation();
        assertEquals(ValidationReport.MAX_FINDINGS, report.findings().size());
        assertTrue(report.truncated() >= 500, "truncated=" + report.truncated());
        assertEquals(report.findings().size() + report.truncated(), report.findingCount());
        assertEquals(1500, result.variableCount());
    }

    @Test
    void bareValidationOfTheSameBytes() throws IOException {
        byte[] valid = fixture("2.5/minimal-valid.xml").readAllBytes();
        assertTrue(SharedMaterial.schema().validateOnly(valid).valid());
        byte[] legacy = fixture("2.0/doctype-no-namespace.xml").readAllBytes();
        ValidationReport legacyReport = SharedMaterial.schema().validateOnly(legacy);
        assertTrue(legacyReport.valid(), legacyReport.findings().toString());
        ValidationReport broken = SharedMaterial.schema().validateOnly(fixture("2.5/malformed.xml").readAllBytes());
        assertFalse(broken.valid());
        assertEquals(5, broken.findings().get(0).line());
    }

    @Test
    void schemaDirectoryMayBeTheSchemasFolderOrItsParent() {
        Path parent = SharedMaterial.schemaDir();
        assertEquals(SharedMaterial.schema().entry(), DdiSchema.compile(parent.resolve("schemas")).entry());
        assertTrue(DdiSchema.load(Optional.of(parent)).isPresent());
    }

    @Test
    void absentOrUnusableSchemaMeansNoValidation(@TempDir Path empty) throws IOException {
        assertTrue(DdiSchema.load(Optional.empty()).isEmpty());
        assertTrue(DdiSchema.load(Optional.of(empty)).isEmpty());
        Files.writeString(empty.resolve("codebook.xsd"), "<not-a-schema/>");
        assertTrue(DdiSchema.load(Optional.of(empty)).isEmpty());
    }
}
