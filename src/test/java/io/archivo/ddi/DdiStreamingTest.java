package io.archivo.ddi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archivo.ddi.model.Variable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A 20,000-variable, ~50 MB codebook is read as a stream: variables leave as they are read, none is kept. */
class DdiStreamingTest {

    private static final int VARIABLES = 20_000;
    private static final int CATEGORIES = 20;

    @Test
    void variablesAreDeliveredWhileTheDocumentIsStillBeingRead() {
        long size = GeneratedCodebook.size(VARIABLES, CATEGORIES);
        assertTrue(size > 45_000_000L, "the generated document should be about 50 MB, is " + size);
        GeneratedCodebook doc = new GeneratedCodebook(VARIABLES, CATEGORIES);
        long[] servedAtVariable = new long[VARIABLES];
        int[] seen = {0};
        DdiReadResult result = new DdiReader(null).read(doc, (Variable v) -> {
            assertEquals(seen[0], v.position());
            assertEquals(CATEGORIES, v.categories().size());
            servedAtVariable[seen[0]++] = doc.served();
        });
        assertEquals(VARIABLES, result.variableCount());
        assertEquals(VARIABLES, seen[0]);
        // the parser buffers a few KB ahead; a reader that collected variables first would show size here
        assertTrue(servedAtVariable[0] < 64 * 1024, "first variable only after " + servedAtVariable[0] + " bytes");
        assertTrue(servedAtVariable[VARIABLES / 2] < size * 0.6, "middle variable after " + servedAtVariable[VARIABLES / 2]);
    }

    @Test
    void aSmallHeapIsEnoughEvenWithValidation() throws Exception {
        // 20,000 variables with 20 categories each need well over 64 MB as objects; streaming needs a few MB
        String plain = runInSmallHeap("-");
        assertTrue(plain.contains("variables=" + VARIABLES + " categories=" + VARIABLES * CATEGORIES), plain);
        String validated = runInSmallHeap(SharedMaterial.schemaDir().toAbsolutePath().toString());
        assertTrue(validated.contains("variables=" + VARIABLES + " categories=" + VARIABLES * CATEGORIES
                + " valid=true"), validated);
    }

    private static String runInSmallHeap(String schema) throws IOException, InterruptedException {
        Path log = Files.createTempFile("ddi-large", ".log");
        try {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process process = new ProcessBuilder(java, "-Xmx64m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                    "-cp", System.getProperty("java.class.path"), LargeCodebookMain.class.getName(), schema,
                    String.valueOf(VARIABLES))
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            assertTrue(process.waitFor(120, TimeUnit.SECONDS), "child JVM timed out");
            String output = Files.readString(log, StandardCharsets.UTF_8);
            assertEquals(0, process.exitValue(), output);
            return output;
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
