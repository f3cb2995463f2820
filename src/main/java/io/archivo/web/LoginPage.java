package io.archivo.web;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * {@code /entrar}: asks for credentials (HTTP Basic challenge in the embedded mode) and returns to the home page;
 * afterwards the browser sends them with every page, so editors see their drafts marked.
 */
@Path("/entrar")
public class LoginPage {

    @GET
    @Authenticated
    public Response get() {
        return Response.seeOther(URI.create("/")).build();
    }
}
