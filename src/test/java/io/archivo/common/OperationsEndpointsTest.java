package io.archivo.common;

import static io.archivo.testsupport.Api.admin;
import static io.archivo.testsupport.Api.anonymous;
import static io.archivo.testsupport.Api.editor;
import static io.archivo.testsupport.Api.reader;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** What an operator relies on: readiness, the OpenAPI description, Swagger UI, Prometheus metrics (admins), problem+json 404. */
@QuarkusTest
class OperationsEndpointsTest {

    @Test
    void healthOpenApiAndMetricsAreServed() {
        anonymous().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        anonymous().get("/q/openapi").then().statusCode(200).body(containsString("/api/v1/studies"));
        anonymous().get("/q/swagger-ui/").then().statusCode(200);
    }

    /** Per-route counters would reveal writes the public may not see (a hidden draft's upload): admins only. */
    @Test
    void metricsAreForAdminsOnly() {
        anonymous().get("/q/metrics").then().statusCode(401);
        editor().get("/q/metrics").then().statusCode(403);
        reader().get("/q/metrics").then().statusCode(403);
        admin().get("/q/metrics").then().statusCode(200)
                .body(containsString("jvm_memory_used_bytes"));
        anonymous().get("/q/metrics/").then().statusCode(anyOf(equalTo(401), equalTo(404)));
    }

    @Test
    void unknownPathsAndMethodsAreProblems() {
        anonymous().get("/api/v1/nothing-here").then().statusCode(404).contentType("application/problem+json");
        anonymous().delete("/api/v1/studies").then().statusCode(405).contentType("application/problem+json");
    }

    @Test
    void parametersOfTheWrongTypeAre400NotA404() {
        for (String path : new String[] { "/api/v1/studies?page=abc", "/api/v1/search?yearFrom=dosmil",
                "/api/v1/processes?size=muchos", "/api/v1/studies/X/ddi?version=v2" }) {
            anonymous().get(path).then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("urn:archivo:problem:invalid-parameter"));
        }
    }

    @Test
    void jsonErrorsNameWhereTheyAre() {
        admin().contentType("application/json").body("{\"code\": \"X-1\",\n \"name\": ")
                .post("/api/v1/processes").then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:archivo:problem:invalid-json")).body("line", equalTo(2));
        admin().contentType("application/json").body("{\"code\": \"X-1\", \"norms\": 5}")
                .post("/api/v1/processes").then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:archivo:problem:invalid-json"));
    }
}
