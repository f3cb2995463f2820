package io.archivo.testsupport;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.smallrye.jwt.build.Jwt;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The in-process OIDC server (Wiremock) of every test run: it publishes the signing keys, so the service checks
 * bearer tokens along the real path (signature, issuer, expiry). Declared once here; the resource is global.
 * {@link #token} signs a Keycloak-shaped access token (realm roles, {@code departments} claim).
 */
@QuarkusTestResource(OidcWiremockTestResource.class)
public final class OidcTestServer {

    private OidcTestServer() {
    }

    public static String token(String user, Set<String> realmRoles, List<String> departments) {
        return token(user, realmRoles, departments, "https://service.example.com");
    }

    /** A token issued for another audience (another client of the realm). */
    public static String token(String user, Set<String> realmRoles, List<String> departments, String audience) {
        var claims = Jwt.preferredUserName(user)
                .issuer("https://server.example.com")
                .audience(audience)
                .subject(user)
                .claim("realm_access", Map.of("roles", List.copyOf(realmRoles)));
        if (departments != null) {
            claims.claim("departments", departments);
        }
        return claims.jws().keyId("1").sign("privateKey.jwk");
    }
}
