package io.archivo.ddi;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The read-only shared material (official DDI schemas, real DDI corpus), read in place and never copied into the
 * repository. Surefire passes its location as {@code archivo.shared.dir}; tests that need it are skipped, with a
 * message saying why, when it is absent.
 */
final class SharedMaterial {

    private SharedMaterial() {
    }

    static Path sharedDir() {
        return Path.of(System.getProperty("archivo.shared.dir", "../shared"));
    }

    static Path schemaDir() {
        Path dir = sharedDir().resolve("schemas/ddi-codebook-2.5");
        assumeTrue(Files.isRegularFile(dir.resolve("schemas/codebook.xsd")),
                "Official DDI 2.5 schema set not found at " + dir.toAbsolutePath() + " (set -Darchivo.shared.dir)");
        return dir;
    }

    static Path corpusDir() {
        Path dir = sharedDir().resolve("ddi-corpus");
        assumeTrue(Files.isRegularFile(dir.resolve("MANIFEST.tsv")),
                "DDI corpus not found at " + dir.toAbsolutePath() + " (set -Darchivo.shared.dir)");
        return dir;
    }

    private static DdiSchema schema;

    /** The official schema, compiled once for the whole test run (compilation takes about a second). */
    static synchronized DdiSchema schema() {
        Path dir = schemaDir();
        if (schema == null) {
            schema = DdiSchema.compile(dir);
        }
        return schema;
    }

    /** One of this repository's own fixtures under {@code src/test/resources/ddi/}. */
    static InputStream fixture(String path) {
        InputStream in = SharedMaterial.class.getResourceAsStream("/ddi/" + path);
        if (in == null) {
            throw new UncheckedIOException(new IOException("No test fixture ddi/" + path));
        }
        return in;
    }
}
