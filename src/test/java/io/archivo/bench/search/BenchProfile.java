package io.archivo.bench.search;

import io.archivo.bench.BenchFiles;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.nio.file.Path;
import java.util.Map;

/**
 * The application for the search benchmark: demo catalogue seeded (for the relevance figure) in a data directory of
 * its own, {@code target/bench-data}, emptied before every run so that start-up reconciliation has nothing to undo;
 * the idle merge after 5 quiet seconds instead of 60.
 */
public class BenchProfile implements QuarkusTestProfile {

    static final Path DATA_DIR = Path.of("target/bench-data");

    @Override
    public Map<String, String> getConfigOverrides() {
        BenchFiles.deleteRecursively(DATA_DIR);
        // the service merges its index once writing has been quiet for this long (IdleMerge; 60 s by default), as it
        // does after any bulk load; -Dbench.idleMerge=0s measures the index as loaded instead
        return Map.of("archivo.demo", "true", "archivo.data-dir", DATA_DIR.toString(),
                "quarkus.log.category.\"io.archivo\".level", "WARN",
                "archivo.index.idle-merge.after", System.getProperty("bench.idleMerge", "5s"),
                "archivo.index.idle-merge.check", "2s");
    }
}
