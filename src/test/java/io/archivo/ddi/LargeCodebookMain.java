package io.archivo.ddi;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads a generated 20,000-variable codebook and prints how many variables went by; run by
 * {@link DdiStreamingTest} in a separate JVM with a heap far smaller than the variables would need if they were
 * all held. Argument: the schema directory, or "-" to read without validating.
 */
public final class LargeCodebookMain {

    public static void main(String[] args) {
        int variables = Integer.parseInt(args[1]);
        Optional<DdiSchema> schema = "-".equals(args[0]) ? Optional.empty() : Optional.of(DdiSchema.compile(Path.of(args[0])));
        long[] count = {0};
        DdiReadResult result = new DdiReader(schema.orElse(null))
                .read(new GeneratedCodebook(variables, 20), v -> count[0] += v.categories().size());
        System.out.println("variables=" + result.variableCount() + " categories=" + count[0] + " valid="
                + result.validation().valid() + " maxHeapMB=" + Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }
}
