package io.archivo.access;

import io.quarkus.vertx.http.security.HttpSecurity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * In the Keycloak mode, {@code /entrar} signs in through Keycloak's login page (authorization code flow of the
 * {@value WebLoginTenantResolver#WEB} tenant), whatever other mechanism is on: HTTP Basic, when it is on, would
 * otherwise answer the unauthenticated {@code /entrar} with its own 401 challenge, and a browser would never reach
 * Keycloak. In the embedded mode nothing is set here, and {@code /entrar} asks for HTTP Basic.
 */
@ApplicationScoped
public class WebLoginSecurity {

    @ConfigProperty(name = "quarkus.oidc.web.tenant-enabled", defaultValue = "false")
    boolean webLogin;

    void configure(@Observes HttpSecurity http) {
        if (webLogin) {
            http.path("/entrar").authorizationCodeFlow().authenticated();
        }
    }
}
