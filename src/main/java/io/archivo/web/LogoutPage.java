package io.archivo.web;

import io.archivo.access.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * {@code /salir}: ends a Keycloak browser session. quarkus-oidc does the work ({@code quarkus.oidc.web.logout.path}):
 * when it checks the session cookie of this path it clears it and redirects to Keycloak's end-session endpoint,
 * which sends the browser back home. Authentication is lazy here ({@code quarkus.http.auth.proactive=false}), so
 * nothing would check the cookie unless something asks who the caller is: {@link #get} asks first. Whoever arrives
 * here without such a session (anonymous, HTTP Basic) just goes home.
 */
@Path("/salir")
public class LogoutPage {

    @Inject
    CurrentCaller current;

    @GET
    public Response get() {
        current.forPage(); // resolves the identity: with a session, quarkus-oidc answers with the logout redirect instead
        return Response.seeOther(URI.create("/")).build();
    }
}
