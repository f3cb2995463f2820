package io.archivo.common.problem;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** 401 and 403 in the problem+json shape, with the Basic challenge a client needs to authenticate. */
public class SecurityExceptionMappers {

    @Context
    UriInfo uriInfo;

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthorized(RuntimeException e) {
        Problem problem = new Problem(Problem.type("unauthorized"), "Authentication required", 401,
                "This operation needs an authenticated editor or admin", Problems.instance(uriInfo), null);
        return Response.fromResponse(Problems.response(problem))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Archivo\"")
                .build();
    }

    @ServerExceptionMapper(ForbiddenException.class)
    public Response forbidden(ForbiddenException e) {
        Problem problem = new Problem(Problem.type("forbidden"), "Forbidden", 403,
                "Your role does not allow this operation", Problems.instance(uriInfo), null);
        return Problems.response(problem);
    }
}
