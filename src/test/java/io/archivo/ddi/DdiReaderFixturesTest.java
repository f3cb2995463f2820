package io.archivo.ddi;

import static io.archivo.ddi.SharedMaterial.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archivo.ddi.DdiRejectedException.Reason;
import io.archivo.ddi.model.Category;
import io.archivo.ddi.model.DataFile;
import io.archivo.ddi.model.DateRef;
import io.archivo.ddi.model.DdiVersion;
import io.archivo.ddi.model.Party;
import io.archivo.ddi.model.StudyDescription;
import io.archivo.ddi.model.Term;
import io.archivo.ddi.model.Text;
import io.archivo.ddi.model.Variable;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading this repository's own small fixtures, one per situation the archive must handle. */
class DdiReaderFixturesTest {

    private final DdiReader reader = new DdiReader(null);

    private DdiReadResult read(String fixture, List<Variable> sink) throws IOException {
        try (InputStream in = fixture(fixture)) {
            return reader.read(in, sink::add);
        }
    }

    private DdiRejectedException rejected(String fixture) throws IOException {
        try (InputStream in = fixture(fixture)) {
            return assertThrows(DdiRejectedException.class, () -> reader.read(in, v -> { }));
        }
    }

    @Test
    void minimalValid25FillsEveryStudyField() throws IOException {
        List<Variable> variables = new ArrayList<>();
        DdiReadResult result = read("2.5/minimal-valid.xml", variables);
        StudyDescription s = result.study();

        assertEquals(DdiVersion.V2_5, s.ddiVersion());
        assertEquals("CALI-ECV-2023", s.idno(), "stdyDscr IDNo wins over docDscr, trimmed");
        assertEquals(List.of(new Text("Encuesta de Calidad de Vida de Santiago de Cali 2023", "es")), s.titles());
        assertEquals(List.of(new Text("ECV Cali 2023", "es")), s.alternativeTitles());
        assertEquals(List.of(new Text("Cali Quality of Life Survey 2023", "en")), s.parallelTitles());
        assertEquals(List.of(new Party("Departamento Administrativo de Planeación", "Alcaldía de Santiago de Cali",
                null, null)), s.authoringEntities());
        assertEquals(List.of(new Party("Subdirección de Desarrollo Integral", "Alcaldía de Santiago de Cali", "DAP",
                "Productor")), s.producers());
        assertEquals(List.of(new Party("Archivo estadístico de Cali", "Alcaldía de Santiago de Cali", "DAP", null)),
                s.distributors());
        assertEquals("Encuesta de Calidad de Vida", s.seriesName());
        assertEquals(1, s.abstracts().size());
        assertTrue(s.abstracts().get(0).value().startsWith("La encuesta mide"));
        assertEquals(List.of(new Term("calidad de vida", "es", "TESAURO-DANE", "https://example.org/tesauro"),
                new Term("hogares", "es", null, null)), s.keywords());
        assertEquals(List.of(new Term("Social conditions and indicators", "en", "CESSDA Topic Classification",
                "https://vocabularies.cessda.eu/vocabulary/TopicClassification")), s.topics());
        assertEquals(List.of(new DateRef("start", "2023-01-01", "P1"), new DateRef("end", "2023-12-31", "P1")),
                s.timePeriods());
        assertEquals(List.of(new DateRef("single", "2023-06", null)), s.collectionDates());
        assertEquals(List.of(new Text("Colombia", "es")), s.nations());
        assertEquals("Santiago de Cali: 22 comunas y 15 corregimientos", s.geographicCoverage().get(0).value());
        assertEquals("Comuna", s.geographicUnits().get(0).value());
        assertEquals("Hogares y personas", s.unitsOfAnalysis().get(0).value());
        assertEquals("Hogares particulares residentes en Cali", s.universe().get(0).value());
        assertEquals("Encuesta por muestreo", s.kindOfData().get(0).value());
        assertEquals("Entrevista personal asistida por computador (CAPI)", s.collectionModes().get(0).value());
        assertEquals("Muestreo probabilístico estratificado por comuna", s.sampling().get(0).value());
        assertEquals(List.of("Microdatos anonimizados; uso estadístico exclusivamente", "Se requiere registro previo"),
                s.accessConditions().stream().map(Text::value).toList());
        assertEquals(List.of(new DataFile("F1", "ecv_cali_2023_hogares.csv", 12345L, 2L)), s.files());
        assertEquals(List.of("es", "en"), s.languages());

        assertEquals(2, result.variableCount());
        assertFalse(result.wrapped());
        Variable comuna = variables.get(0);
        assertEquals(0, comuna.position());
        assertEquals("V1", comuna.id());
        assertEquals("comuna", comuna.name());
        assertEquals("F1", comuna.fileId());
        assertEquals(List.of(new Text("Comuna de residencia", "es")), comuna.labels());
        assertEquals(List.of(new Text("¿En qué comuna vive usted?", "es")), comuna.questions());
        assertEquals("discrete", comuna.intervalType());
        assertEquals("numeric", comuna.formatType());
        assertEquals(List.of(new Category("1", List.of(new Text("Comuna 1", "es")), 600L, false),
                new Category("99", List.of(new Text("No sabe / no responde", "es")), 345L, true)), comuna.categories());
        assertEquals(Map.of("vald", "12000", "invd", "345"), comuna.statistics());
        Variable ingreso = variables.get(1);
        assertEquals(1, ingreso.position());
        assertEquals(List.of(new Text("Ingreso mensual del hogar", "es"), new Text("Monthly household income", "en")),
                ingreso.labels());
        assertEquals("2350000.5", ingreso.statistics().get("mean"));
        assertFalse(ingreso.isDiscrete());
    }

    @Test
    void withoutSchemaTheReportSaysNothingWasValidated() throws IOException {
        ValidationReport report = read("2.5/minimal-valid.xml", new ArrayList<>()).validation();
        assertFalse(report.schemaAvailable());
        assertFalse(report.valid());
        assertTrue(report.note().startsWith("No DDI schema is installed"), report.note());
        assertTrue(report.findings().isEmpty());
    }

    @Test
    void legacy122WithXmlLangDefaultAndIndentedText() throws IOException {
        List<Variable> variables = new ArrayList<>();
        StudyDescription s = read("1.2.2/nesstar-icpsr.xml", variables).study();
        assertEquals(DdiVersion.V1_2_2, s.ddiVersion());
        assertEquals("CALI-GEIH-2022", s.idno());
        assertEquals(List.of(new Text("Mercado laboral de Cali 2022", "es")), s.titles(),
                "the root's xml-lang attribute is the default language");
        assertEquals("Indicadores de ocupación y desempleo para el área metropolitana de Cali.",
                s.abstracts().get(0).value());
        Variable edad = variables.get(0);
        assertEquals(List.of(new Text("Edad", "es")), edad.labels());
        assertEquals(List.of(new Text("¿Cuántos años cumplidos tiene?", "es")), edad.questions(),
                "qstnLit is the question; the preQTxt around it is not");
        assertEquals("34.1", edad.statistics().get("mean"), "the unweighted mean");
        assertEquals("33.2", edad.statistics().get("mean_wgtd"));
    }

    @Test
    void legacy20WithRemoteDoctypeIsReadWithoutNetwork() throws Exception {
        // the DTD URL is public; we also prove nothing is fetched by pointing a copy at a local listening socket
        try (ServerSocket trap = new ServerSocket(0)) {
            trap.setSoTimeout(200);
            String original = new String(fixture("2.0/doctype-no-namespace.xml").readAllBytes(),
                    StandardCharsets.ISO_8859_1);
            String trapped = original.replace("http://www.icpsr.umich.edu/DDI/Version2-0.dtd",
                    "http://127.0.0.1:" + trap.getLocalPort() + "/DDI/Version2-0.dtd");
            for (String doc : List.of(original, trapped)) {
                List<Variable> variables = new ArrayList<>();
                DdiReadResult result = reader.read(
                        new ByteArrayInputStream(doc.getBytes(StandardCharsets.ISO_8859_1)), variables::add);
                assertEquals(DdiVersion.V2_0, result.study().ddiVersion(), "detected from the DOCTYPE system id");
                assertEquals("CALI-EV-2005", result.study().idno());
                assertEquals("Encuesta de Victimización de Cali 2005", result.study().titles().get(0).value());
                assertEquals(List.of(new DateRef("single", "2005", null)), result.study().timePeriods());
                Variable victima = variables.get(0);
                assertEquals(List.of(new Text(
                        "Durante los últimos doce meses, ¿fue usted víctima de algún delito?", "es")),
                        victima.questions(), "DDI 2.0 question text directly in qstn");
                assertEquals(210L, victima.categories().get(0).frequency(), "\"210.0\" is a whole count");
                assertTrue(victima.isDiscrete());
            }
            assertThrows(SocketTimeoutException.class, trap::accept, "the parser must not connect for the DTD");
        }
    }

    @Test
    void oaiPmhWrapperIsUnwrapped() throws IOException {
        List<Variable> variables = new ArrayList<>();
        DdiReadResult result = read("2.5/oai-pmh-wrapped.xml", variables);
        assertTrue(result.wrapped());
        assertEquals("CALI-MOV-2023", result.study().idno());
        assertEquals("Encuesta de Movilidad de Cali 2023", result.study().titles().get(0).value());
        assertEquals(2, result.variableCount());
        assertEquals(List.of("modo", "tiempo"), variables.stream().map(Variable::name).toList());
    }

    @Test
    void idnoFallsBackToDocDscr() throws IOException {
        assertEquals("extracto-cali-00042", read("2.5/docdscr-idno.xml", new ArrayList<>()).study().idno());
    }

    @Test
    void xhtmlAndMixedContentBecomePlainText() throws IOException {
        StudyDescription s = read("2.5/xhtml-abstract.xml", new ArrayList<>()).study();
        assertEquals(List.of(
                new Text("Primer párrafo sobre el censo de establecimientos. Segundo párrafo, sobre Cali: "
                        + "comercio industria", "es"),
                new Text("Plain English abstract.", "en")), s.abstracts(),
                "blocks are separated by a space, inline markup does not split words");
    }

    @Test
    void missingIdnoIsRejectedBeforeAnyVariable() throws IOException {
        List<Variable> variables = new ArrayList<>();
        try (InputStream in = fixture("2.5/missing-idno.xml")) {
            DdiRejectedException e = assertThrows(DdiRejectedException.class, () -> reader.read(in, variables::add));
            assertEquals(Reason.MISSING_IDNO, e.reason());
            assertEquals(422, e.reason().httpStatus());
            assertEquals(11, e.line(), "where dataDscr starts: the study description is over by then");
        }
        assertTrue(variables.isEmpty());
    }

    @Test
    void blankTitleIsRejected() throws IOException {
        DdiRejectedException e = rejected("2.5/missing-title.xml");
        assertEquals(Reason.MISSING_TITLE, e.reason());
        assertEquals(422, e.reason().httpStatus());
    }

    @Test
    void otherXmlIsNotACodebook() throws IOException {
        DdiRejectedException e = rejected("2.5/not-a-codebook.xml");
        assertEquals(Reason.NOT_A_CODEBOOK, e.reason());
        assertEquals(415, e.reason().httpStatus());
        assertEquals(3, e.line());
        assertTrue(e.detail().contains("<informe>"), e.detail());
    }

    @Test
    void oaiPmhWithoutCodebookIsNotACodebook() {
        String oai = "<OAI-PMH xmlns='http://www.openarchives.org/OAI/2.0/'><error code='idDoesNotExist'/></OAI-PMH>";
        DdiRejectedException e = assertThrows(DdiRejectedException.class,
                () -> reader.read(new ByteArrayInputStream(oai.getBytes(StandardCharsets.UTF_8)), v -> { }));
        assertEquals(Reason.NOT_A_CODEBOOK, e.reason());
    }

    @Test
    void malformedXmlGivesLineAndColumn() throws IOException {
        DdiRejectedException e = rejected("2.5/malformed.xml");
        assertEquals(Reason.NOT_WELL_FORMED, e.reason());
        assertEquals(400, e.reason().httpStatus());
        assertEquals(5, e.line());
        assertEquals(36, e.column());
        assertTrue(e.detail().contains("titlStmt"), e.detail());
    }

    @Test
    void bytesInTheWrongEncodingAreNotWellFormed() {
        byte[] latin1 = "<codeBook><stdyDscr><titl>Sí</titl></stdyDscr></codeBook>".getBytes(StandardCharsets.ISO_8859_1);
        DdiRejectedException e = assertThrows(DdiRejectedException.class,
                () -> reader.read(new ByteArrayInputStream(latin1), v -> { }));
        assertEquals(Reason.NOT_WELL_FORMED, e.reason());
    }

    @Test
    void externalEntityIsRejectedAndNeverRead() throws IOException {
        DdiRejectedException e = rejected("2.5/xxe.xml");
        assertEquals(Reason.UNSAFE_XML, e.reason());
        assertTrue(e.detail().contains("external entity 'robo'"), e.detail());
        assertEquals(3, e.line());
        assertFalse(e.getMessage().contains("root:"), "the file's content must never appear");
    }

    @Test
    void externalParameterEntityIsRejected() throws IOException {
        DdiRejectedException e = rejected("2.5/xxe-parameter.xml");
        assertEquals(Reason.UNSAFE_XML, e.reason());
        assertTrue(e.detail().contains("external parameter entity 'remoto'"), e.detail());
    }

    @Test
    void billionLaughsFailsFast() {
        DdiRejectedException e = assertTimeoutPreemptively(Duration.ofSeconds(1),
                () -> rejected("2.5/billion-laughs.xml"));
        assertEquals(Reason.UNSAFE_XML, e.reason());
        assertTrue(e.detail().contains("entity expansions"), e.detail());
    }

    @Test
    void entityOnlyTheExternalDtdCouldDefineIsRejected() {
        String doc = "<!DOCTYPE codeBook SYSTEM 'http://www.icpsr.umich.edu/DDI/Version2-0.dtd'>"
                + "<codeBook><stdyDscr><citation><titlStmt><titl>a&nbsp;b</titl></titlStmt></citation></stdyDscr></codeBook>";
        DdiRejectedException e = assertThrows(DdiRejectedException.class,
                () -> reader.read(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)), v -> { }));
        assertEquals(Reason.UNSAFE_XML, e.reason());
        assertTrue(e.detail().contains("&nbsp;"), e.detail());
    }

    @Test
    void predefinedAndCharacterReferencesAreFine() {
        String doc = "<codeBook><stdyDscr><citation><titlStmt><titl>Hogares &amp; personas &#233;</titl>"
                + "<IDNo>X</IDNo></titlStmt></citation></stdyDscr></codeBook>";
        DdiReadResult r = reader.read(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)), v -> { });
        assertEquals("Hogares & personas é", r.study().titles().get(0).value());
        assertNull(r.study().titles().get(0).lang());
    }

    @Test
    void tooLargeIsInTheContractForCallers() {
        assertEquals(413, Reason.TOO_LARGE.httpStatus());
        assertEquals("ddi-too-large", Reason.TOO_LARGE.slug());
    }
}
