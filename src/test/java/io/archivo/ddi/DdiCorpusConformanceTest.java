package io.archivo.ddi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archivo.ddi.DdiRejectedException.Reason;
import io.archivo.ddi.model.DdiVersion;
import io.archivo.ddi.model.StudyDescription;
import io.archivo.ddi.model.Variable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every real file of {@code ../shared/ddi-corpus}: identifier, title, variable count (MANIFEST {@code n_var}),
 * version and schema verdict (MANIFEST {@code valid_ddi25_xsd_as_is}, or for legacy files
 * {@code valid_after_ns_upgrade_to_2_5}). The MANIFEST has no identifier column: the expected IDNo of each file
 * was read by hand from the file ({@code stdyDscr/citation/titlStmt/IDNo}, first one; else the docDscr one).
 */
class DdiCorpusConformanceTest {

    /** file → expected study identifier and DDI version; a null identifier means the file has none. */
    private static final Map<String, Object[]> EXPECTED = Map.ofEntries(
            // OAI-PMH GetRecord; codeBook in the ICPSR namespace, children in none; IDNo repeated in stdyDscr
            Map.entry("cdc-synthetic_compliant_cmm_nesstar.xml", new Object[] {"ch.sidos.ddi.468.7773", DdiVersion.V1_2_2}),
            // no IDNo anywhere (only titl "dftest"): the archive must refuse it
            Map.entry("cmv-ddi-with-namespace-prefix.xml", new Object[] {null, DdiVersion.V2_5}),
            // docDscr says COL-DANE-GEIH-2024, stdyDscr says DANE-DIMPE-GEIH-2024: the study one wins
            Map.entry("dane-geih_2024_ddi.xml", new Object[] {"DANE-DIMPE-GEIH-2024", DdiVersion.V1_2_2}),
            Map.entry("dataverse-dct_codebook.xml", new Object[] {"doi:10.5072/FK2/SOLYMR", DdiVersion.V2_5}),
            Map.entry("dataverse-exportfull.xml", new Object[] {"doi:10.5072/FK2/WKUKGV", DdiVersion.V2_5}),
            // placeholder values separated by a tab in the file: whitespace collapses to one space
            Map.entry("eqb25-example-de.xml", new Object[] {"6.3 studyNumber", DdiVersion.V2_5}),
            Map.entry("fsd-3271.xml", new Object[] {"FSD3271", DdiVersion.V2_5}),
            Map.entry("fsd-3307.xml", new Object[] {"FSD3307", DdiVersion.V2_5}),
            // no namespace, no version attribute: DOCTYPE Version2-0.dtd tells the version
            Map.entry("fsd-kata-FSD1049.xml", new Object[] {"1049", DdiVersion.V2_0}),
            Map.entry("gesis-5100.xml", new Object[] {"ZA5100", DdiVersion.V2_5}),
            // IPUMS extracts identify the study in docDscr only
            Map.entry("ipums-usa_00468.xml", new Object[] {
                    "ddi2-ef0cf890-f532-0138-e5de-0242ac1d0007-usa_00468.dat-usa.ipums.org", DdiVersion.V2_5}),
            Map.entry("ipumsi_00987.xml", new Object[] {
                    "ddi2-27c79f70-8e14-11e5-8c97-b82a72e0b782-ipumsi_00987.dat-international.ipums.org",
                    DdiVersion.V2_5}),
            Map.entry("tworavens-fearonLaitin.xml", new Object[] {"10.5072/FK2/WNCZ16", DdiVersion.V2_0}),
            Map.entry("ukds-2000.xml", new Object[] {"2000", DdiVersion.V2_5}));

    record Row(String file, int nVar, boolean validAsIs, String validAfterUpgrade) {
        /** The verdict that applies to how Archivo validates: as is for 2.5, after the upgrade for legacy files. */
        boolean expectedValid() {
            return "n/a".equals(validAfterUpgrade) ? validAsIs : "VALID".equals(validAfterUpgrade);
        }

        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<Row> manifest() throws IOException {
        List<String> lines = Files.readAllLines(SharedMaterial.corpusDir().resolve("MANIFEST.tsv"));
        List<String> header = List.of(lines.get(0).split("\t", -1));
        Map<String, Integer> col = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            col.put(header.get(i), i);
        }
        return lines.stream().skip(1).filter(l -> !l.isBlank()).map(l -> l.split("\t", -1)).map(c -> new Row(
                c[col.get("file")], Integer.parseInt(c[col.get("n_var")]),
                "VALID".equals(c[col.get("valid_ddi25_xsd_as_is")]), c[col.get("valid_after_ns_upgrade_to_2_5")]));
    }

    @Test
    void everyCorpusFileHasAnExpectation() throws IOException {
        List<String> files = manifest().map(Row::file).toList();
        assertEquals(EXPECTED.keySet(), Set.copyOf(files), "update EXPECTED when the corpus changes");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("manifest")
    void readsLikeTheManifestSays(Row row) throws IOException {
        Object[] expected = EXPECTED.get(row.file());
        String idno = (String) expected[0];
        DdiReader reader = new DdiReader(SharedMaterial.schema());
        Path file = SharedMaterial.corpusDir().resolve(row.file());
        List<Variable> variables = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            if (idno == null) {
                DdiRejectedException e = assertThrows(DdiRejectedException.class, () -> reader.read(in, variables::add));
                assertEquals(Reason.MISSING_IDNO, e.reason());
                assertTrue(e.line() > 0);
                return;
            }
            DdiReadResult result = reader.read(in, variables::add);
            StudyDescription study = result.study();
            assertEquals(idno, study.idno());
            assertFalse(study.titles().isEmpty(), "title");
            assertNotNull(study.titles().get(0).value());
            assertEquals(expected[1], study.ddiVersion());
            assertEquals(row.nVar(), result.variableCount(), "n_var");
            assertEquals(row.nVar(), variables.size());
            for (int i = 0; i < variables.size(); i++) {
                assertEquals(i, variables.get(i).position());
            }
            ValidationReport report = result.validation();
            assertTrue(report.schemaAvailable());
            assertEquals(row.expectedValid(), report.valid(), () -> row.file() + " findings: " + report.findings());
            if (!row.expectedValid()) {
                assertTrue(report.findings().stream().allMatch(f -> f.line() > 0 && !f.message().isBlank()));
            }
        }
    }

    @Test
    void daneGeihIsReadInFull() throws IOException {
        Path file = SharedMaterial.corpusDir().resolve("dane-geih_2024_ddi.xml");
        List<Variable> variables = new ArrayList<>();
        StudyDescription s;
        try (InputStream in = Files.newInputStream(file)) {
            s = new DdiReader(null).read(in, variables::add).study();
        }
        assertEquals("Gran Encuesta Integrada de Hogares - GEIH - 2024.", s.titles().get(0).value());
        assertEquals("es", s.titles().get(0).lang(), "xml-lang on the root is the default language");
        assertTrue(s.languages().contains("es"));
        assertFalse(s.producers().isEmpty());
        assertFalse(s.abstracts().isEmpty());
        assertFalse(s.files().isEmpty());
        assertTrue(variables.stream().anyMatch(v -> !v.categories().isEmpty()), "categories are read");
        assertTrue(variables.stream().anyMatch(v -> !v.statistics().isEmpty()), "summary statistics are read");
        assertTrue(variables.stream().allMatch(v -> v.name() != null && v.id() != null));
    }

    @Test
    void multilingualFinnishRecordKeepsEveryLanguage() throws IOException {
        Path file = SharedMaterial.corpusDir().resolve("fsd-3271.xml");
        StudyDescription s;
        try (InputStream in = Files.newInputStream(file)) {
            s = new DdiReader(null).read(in, v -> { }).study();
        }
        assertEquals(List.of("en", "fi"), s.parallelTitles().stream().map(t -> t.lang()).toList());
        assertTrue(s.languages().containsAll(List.of("en", "fi")));
        assertTrue(s.keywords().stream().anyMatch(k -> k.vocab() != null));
    }
}
