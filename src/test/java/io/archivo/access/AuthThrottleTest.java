package io.archivo.access;

import static io.archivo.testsupport.Api.admin;
import static io.archivo.testsupport.Api.anonymous;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Guessing a Basic password is cut off: after 10 failures a user name gets 429 problem+json with Retry-After, on
 * REST resources and on /q/metrics alike, also when the guesses arrive in one parallel burst. Verified
 * credentials keep working. Unknown user names are used so that no other test's user is throttled.
 */
@QuarkusTest
class AuthThrottleTest {

    @Test
    void repeatedWrongPasswordsForOneUserGet429WithRetryAfter() {
        for (int i = 0; i < 10; i++) {
            anonymous().auth().preemptive().basic("intruso", "adivina" + i).get("/api/v1/admin/audit")
                    .then().statusCode(401);
        }
        anonymous().auth().preemptive().basic("intruso", "otra").get("/api/v1/admin/audit")
                .then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", org.hamcrest.Matchers.matchesPattern("[1-9][0-9]?"))
                .body("type", equalTo("urn:archivo:problem:too-many-attempts")).body("status", equalTo(429));
        anonymous().auth().preemptive().basic("intruso", "otra").get("/q/metrics")
                .then().statusCode(429).contentType(startsWith("application/problem+json"))
                .header("Retry-After", org.hamcrest.Matchers.notNullValue());
        anonymous().get("/api/v1/studies").then().statusCode(200);
        admin().get("/api/v1/admin/audit").then().statusCode(200);
    }

    @Test
    void aParallelBurstIsCutOffAfterTheLimit() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Callable<Integer>> tasks = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String guess = "rafaga" + i;
                tasks.add(() -> anonymous().auth().preemptive().basic("intrusa", guess).get("/api/v1/admin/audit")
                        .statusCode());
            }
            int unauthorized = 0;
            int tooMany = 0;
            for (Future<Integer> f : pool.invokeAll(tasks)) {
                int status = f.get();
                assertTrue(status == 401 || status == 429, "status " + status);
                unauthorized += status == 401 ? 1 : 0;
                tooMany += status == 429 ? 1 : 0;
            }
            assertEquals(10, unauthorized, "exactly the limit of guesses gets a password check");
            assertEquals(30, tooMany);
        } finally {
            pool.shutdown();
        }
    }
}
