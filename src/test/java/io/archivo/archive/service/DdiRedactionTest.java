package io.archivo.archive.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.archivo.common.xml.SecureXml;
import io.archivo.ddi.DdiSchema;
import io.archivo.ddi.ValidationReport;
import io.archivo.ddi.model.VariableKey;
import io.archivo.testsupport.Api;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A redacted DDI download keeps no trace of a removed sensitive variable and stays valid DDI 2.5: first on a
 * document built to leak in every known way (redaction-leaks.xml), then on the real-world files of the shared corpus
 * (nested groups, dataDscr references), read in place.
 */
class DdiRedactionTest {

    private static final String LEAKS = "/archive/redaction-leaks.xml";
    private static DdiSchema schema;

    @Test
    void leaveNoTraceOfTheRemovedVariable() {
        String out = redactLeaks();
        String lower = out.toLowerCase(Locale.ROOT);
        for (String trace : List.of("etnia", "\"v9", " v9", "v9c1", "v9c2", "palenquero", "raizal", "pertenencia",
                "autorreconocimiento", "<!--")) {
            assertFalse(lower.contains(trace), "the redacted document still contains '" + trace + "':\n" + out);
        }
        assertTrue(out.contains("<varQnty>3</varQnty>"), "the file's variable count is recomputed:\n" + out);
        // what is not about the variable stays, with its references rewritten
        assertTrue(out.contains("name=\"comuna\"") && out.contains("name=\"tiempo_viaje\"")
                && out.contains("name=\"grupo_edad\""), out);
        assertTrue(out.contains("var=\"V1 V3\""), "group keeps the other variables: " + out);
        assertTrue(out.contains("<derivation var=\"V1\">"), out);
        assertTrue(out.contains("Los tiempos de viaje se miden en minutos."), "unrelated notes stay: " + out);
        assertTrue(out.contains("Cruces publicados"), "a group that also had other members stays: " + out);
        assertFalse(out.contains("NC1"), "the cube on the variable goes, and references to it: " + out);
    }

    @Test
    void redactedLeakDocumentIsStillValidDdi() {
        DdiSchema schema = schema();
        ValidationReport before = schema.validateOnly(Api.resource(LEAKS));
        assertTrue(before.valid(), "the test document itself must be valid: " + before.findings());
        ValidationReport after = schema.validateOnly(redactLeaks().getBytes(StandardCharsets.UTF_8));
        assertTrue(after.valid(), "redaction broke the document: " + after.findings());
    }

    @Test
    void nothingToRemoveLeavesTheBytesAsTheyAre() {
        byte[] original = Api.resource(LEAKS);
        assertTrue(original == DdiRedaction.withoutVariables(original, Set.of("no_such_variable")));
    }

    @Test
    void longNamesAreMatchedByTheirKey() {
        String longName = "v" + "x".repeat(599);
        byte[] doc = new String(Api.resource(LEAKS), StandardCharsets.UTF_8).replace("name=\"etnia\"",
                "name=\"" + longName + "\"").getBytes(StandardCharsets.UTF_8);
        String out = new String(DdiRedaction.withoutVariables(doc, Set.of(VariableKey.of(longName))),
                StandardCharsets.UTF_8);
        assertFalse(out.contains("x".repeat(100)) || out.contains("Palenquero"), out);
    }

    static Stream<Path> corpus() throws Exception {
        Path dir = Api.sharedDir().resolve("ddi-corpus");
        assumeTrue(Files.isRegularFile(dir.resolve("MANIFEST.tsv")),
                "DDI corpus not found at " + dir.toAbsolutePath() + " (set -Darchivo.shared.dir)");
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".xml")).sorted().toList().stream();
        }
    }

    /**
     * In each corpus file, the most referenced variable is removed (so groups, cubes and references are exercised):
     * no variable of that name, no reference to it or to its categories, and no new schema finding.
     */
    @ParameterizedTest
    @MethodSource("corpus")
    void realFilesKeepNoReferenceAndStayValid(Path file) throws Exception {
        byte[] original = Files.readAllBytes(file);
        Survey before = Survey.of(original);
        assumeTrue(!before.variables.isEmpty(), file.getFileName() + " describes no variables");
        String victim = before.mostReferenced();
        Set<String> victimIds = before.idsInside.get(victim);
        byte[] redacted = DdiRedaction.withoutVariables(original, Set.of(VariableKey.of(victim)));
        Survey after = Survey.of(redacted);
        assertFalse(after.variables.containsKey(victim), file + ": variable " + victim + " still there");
        assertEquals(before.variables.size() - 1, after.variables.size(), file + ": only the victim goes");
        for (String token : after.referenceTokens) {
            assertFalse(victimIds.contains(token), file + ": still refers to " + token);
        }
        assertFalse(new String(redacted, StandardCharsets.UTF_8).contains("<!--"), file + ": comments are dropped");
        Path schemaDir = Api.sharedDir().resolve("schemas/ddi-codebook-2.5");
        if (Files.isRegularFile(schemaDir.resolve("schemas/codebook.xsd"))) {
            int findings = schema().validateOnly(original).findingCount();
            ValidationReport report = schema().validateOnly(redacted);
            assertTrue(report.findingCount() <= findings, file + ": redaction added schema findings: "
                    + report.findings());
        }
    }

    private static String redactLeaks() {
        return new String(DdiRedaction.withoutVariables(Api.resource(LEAKS), Set.of("etnia")), StandardCharsets.UTF_8);
    }

    private static synchronized DdiSchema schema() {
        Path dir = Api.sharedDir().resolve("schemas/ddi-codebook-2.5");
        assumeTrue(Files.isRegularFile(dir.resolve("schemas/codebook.xsd")),
                "Official DDI 2.5 schema set not found at " + dir.toAbsolutePath() + " (set -Darchivo.shared.dir)");
        if (schema == null) {
            schema = DdiSchema.compile(dir);
        }
        return schema;
    }

    /** Variables (name → IDs inside it), and every token of every reference attribute, of a document. */
    private static final class Survey extends DefaultHandler {
        private static final Set<String> REFERENCES = Set.of("var", "varGrp", "varRef", "wgt-var", "weight", "qstn",
                "catgry", "catGrp", "catRef", "nCube", "nCubeGrp", "nCubeRef", "keyvar", "parent", "sameNote", "refs",
                "sdatrefs");
        final Map<String, String> variables = new HashMap<>();
        final Map<String, Set<String>> idsInside = new HashMap<>();
        final List<String> referenceTokens = new ArrayList<>();
        private String current;
        private int depth;

        static Survey of(byte[] doc) throws Exception {
            Survey s = new Survey();
            XMLReader reader = SecureXml.newXmlReader();
            reader.setContentHandler(s);
            reader.parse(new InputSource(new ByteArrayInputStream(doc)));
            return s;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            String id = atts.getValue("ID");
            if (current != null) {
                depth++;
                if (id != null) {
                    idsInside.get(current).add(id);
                }
            } else if ("var".equals(localName) && atts.getValue("name") != null) {
                current = atts.getValue("name").trim();
                depth = 1;
                variables.put(current, id);
                idsInside.put(current, new HashSet<>(id == null ? Set.of() : Set.of(id)));
            }
            for (int i = 0; i < atts.getLength(); i++) {
                if (REFERENCES.contains(atts.getLocalName(i))) {
                    referenceTokens.addAll(List.of(atts.getValue(i).trim().split("\\s+")));
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if (current != null && --depth == 0) {
                current = null;
            }
        }

        String mostReferenced() {
            Map<String, Long> counts = new HashMap<>();
            for (String token : referenceTokens) {
                counts.merge(token, 1L, Long::sum);
            }
            return variables.entrySet().stream()
                    .max((a, b) -> Long.compare(counts.getOrDefault(a.getValue(), 0L),
                            counts.getOrDefault(b.getValue(), 0L)))
                    .orElseThrow().getKey();
        }
    }
}
