package io.archivo.bench.search;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The application for the search benchmark: demo catalogue seeded (for the relevance figure) in a data directory of
 * its own, {@code target/bench-data}, emptied before every run so that start-up reconciliation has nothing to undo.
 */
public class BenchProfile implements QuarkusTestProfile {

    static final Path DATA_DIR = Path.of("target/bench-data");

    @Override
    public Map<String, String> getConfigOverrides() {
        deleteRecursively(DATA_DIR);
        return Map.of("archivo.demo", "true", "archivo.data-dir", DATA_DIR.toString(),
                "quarkus.log.category.\"io.archivo\".level", "WARN");
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
