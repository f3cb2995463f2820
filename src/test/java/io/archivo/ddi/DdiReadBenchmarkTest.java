package io.archivo.ddi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Not an assertion on speed (the build machine is shared): prints the cost of {@code read} (parse + model +
 * validation in one pass) against bare {@code validateOnly} of the same bytes, to check the goal
 * read ≤ 1.5 × bare validation.
 */
class DdiReadBenchmarkTest {

    private static final int WARMUP = 10;
    private static final int ITERATIONS = 20;

    @Test
    void readVersusBareValidationOnDaneGeih() throws Exception {
        byte[] bytes = Files.readAllBytes(SharedMaterial.corpusDir().resolve("dane-geih_2024_ddi.xml"));
        DdiSchema schema = SharedMaterial.schema();
        DdiReader validating = new DdiReader(schema);
        DdiReader plain = new DdiReader(null);
        for (int i = 0; i < WARMUP; i++) {
            schema.validateOnly(bytes);
            validating.read(new ByteArrayInputStream(bytes), v -> { });
            plain.read(new ByteArrayInputStream(bytes), v -> { });
        }
        long[] bare = new long[ITERATIONS];
        long[] read = new long[ITERATIONS];
        long[] readNoSchema = new long[ITERATIONS];
        for (int i = 0; i < ITERATIONS; i++) {
            long t0 = System.nanoTime();
            schema.validateOnly(bytes);
            long t1 = System.nanoTime();
            int n = validating.read(new ByteArrayInputStream(bytes), v -> { }).variableCount();
            long t2 = System.nanoTime();
            plain.read(new ByteArrayInputStream(bytes), v -> { });
            long t3 = System.nanoTime();
            bare[i] = t1 - t0;
            read[i] = t2 - t1;
            readNoSchema[i] = t3 - t2;
            assertEquals(760, n);
        }
        double bareMs = median(bare);
        double readMs = median(read);
        System.out.printf("[ddi-benchmark] dane-geih_2024_ddi.xml (%d bytes), %d warm iterations, median ms: "
                        + "validateOnly=%.1f read+validate=%.1f read-only=%.1f ratio read/validateOnly=%.2f%n",
                bytes.length, ITERATIONS, bareMs, readMs, median(readNoSchema), readMs / bareMs);
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }
}
