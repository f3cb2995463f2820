package io.archivo.archive.api;

import static io.archivo.testsupport.Api.admin;
import static io.archivo.testsupport.Api.variant;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Concurrent uploads of one IDNo never lose a version or reuse a number, even for a study that did not exist. */
@QuarkusTest
@Tag("persistence")
class ConcurrentUploadTest {

    @Test
    void everyConcurrentUploadBecomesItsOwnVersion() throws Exception {
        int uploads = 32; // issue 16: 32 parallel uploads give 32 distinct consecutive versions
        String base = new String(variant(StudyUploadTest.FIXTURE, StudyUploadTest.IDNO, "CALI-CONC"), StandardCharsets.UTF_8);
        ExecutorService pool = Executors.newFixedThreadPool(uploads);
        try {
            List<Callable<Integer>> tasks = new ArrayList<>();
            for (int i = 0; i < uploads; i++) {
                byte[] doc = base.replace("EMC 2025", "EMC 2025 #" + i).getBytes(StandardCharsets.UTF_8);
                tasks.add(() -> admin().contentType("application/xml").body(doc).post("/api/v1/studies")
                        .then().statusCode(201).extract().path("version.number"));
            }
            List<Integer> numbers = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(tasks)) {
                numbers.add(f.get());
            }
            numbers.sort(null);
            assertEquals(IntStream.rangeClosed(1, uploads).boxed().toList(), numbers);
        } finally {
            pool.shutdown();
        }
        List<Integer> stored = admin().get("/api/v1/studies/CALI-CONC/versions").then().extract().path("number");
        assertEquals(IntStream.rangeClosed(1, uploads).boxed().toList(), stored);
    }
}
