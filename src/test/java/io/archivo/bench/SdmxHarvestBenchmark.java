package io.archivo.bench;

import static io.archivo.testsupport.Api.admin;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.archivo.testsupport.DemoCatalogueProfile;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The time of a full SDMX harvest, {@code GET /sdmx/rest/dataflow/all/all/latest?references=all}, over the demo
 * catalogue: the first request after start-up, requests after a catalogue change (the structures are mapped
 * again), and repeated requests. Plain HTTP/1.1 from the JDK client, no compression, body read completely.
 * Run with {@code ./mvnw -B test -Pbench -Dtest=SdmxHarvestBenchmark}.
 */
@QuarkusTest
@TestProfile(DemoCatalogueProfile.class)
@Tag("benchmark")
class SdmxHarvestBenchmark {

    private static final String HARVEST = "/sdmx/rest/dataflow/all/all/latest?references=all";
    private static final int ROUNDS = Integer.getInteger("bench.sdmx.rounds", 20);

    @TestHTTPResource("/")
    URI base;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void fullHarvest() throws Exception {
        long[] first = harvest();
        List<Long> changed = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            // alternate a designation so that the catalogue fingerprint changes and everything is mapped again
            String dims = i % 2 == 0 ? "\"anio\",\"evento\"" : "\"anio\",\"sexo\"";
            admin().contentType("application/json").body("{\"dimensions\":[" + dims + "]}")
                    .put("/api/v1/processes/SAL-03/sdmx").then().statusCode(200);
            changed.add(harvest()[0]);
        }
        List<Long> repeated = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            repeated.add(harvest()[0]);
        }
        System.out.printf(Locale.ROOT, "[sdmx-benchmark] GET %s over the demo catalogue (111 dataflows, %d KiB)%n",
                HARVEST, first[1] / 1024);
        System.out.printf(Locale.ROOT, "[sdmx-benchmark] first request after start-up: %.1f ms%n", first[0] / 1e6);
        System.out.printf(Locale.ROOT, "[sdmx-benchmark] after a catalogue change:  p50 %.1f ms, max %.1f ms (%d requests)%n",
                p50(changed) / 1e6, Collections.max(changed) / 1e6, ROUNDS);
        System.out.printf(Locale.ROOT, "[sdmx-benchmark] repeated (unchanged):      p50 %.1f ms, max %.1f ms (%d requests)%n",
                p50(repeated) / 1e6, Collections.max(repeated) / 1e6, ROUNDS);
    }

    /** Nanoseconds and body size of one harvest. */
    private long[] harvest() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(HARVEST)).GET().build();
        long t = System.nanoTime();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        long elapsed = System.nanoTime() - t;
        assertEquals(200, response.statusCode());
        return new long[] { elapsed, response.body().length };
    }

    private static long p50(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
