package io.archivo.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.archivo.testsupport.OidcTestServer;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Only tokens issued for Archivo are accepted: a valid token of the realm for another client is refused. */
@QuarkusTest
class BearerTokenTest {

    @Test
    void tokensForAnotherAudienceAreRefused() {
        String forArchivo = OidcTestServer.token("root", Set.of("admin"), List.of());
        String forAnotherClient = OidcTestServer.token("root", Set.of("admin"), List.of(), "https://other.example.com");
        given().auth().oauth2(forArchivo).get("/api/v1/admin/audit").then().statusCode(200);
        given().auth().oauth2(forAnotherClient).get("/api/v1/admin/audit").then().statusCode(401);
        given().auth().oauth2(forAnotherClient).get("/api/v1/studies").then().statusCode(401)
                .body("status", equalTo(401));
    }
}
