package io.archivo.common.problem;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * 401 and 403 in the problem+json shape, with the Basic challenge a client needs to authenticate; 429 with
 * Retry-After when authentication was refused for too many failed attempts (an authentication failure carrying
 * the attribute {@value #RETRY_AFTER}).
 */
public class SecurityExceptionMappers {

    /** Attribute of an {@link AuthenticationFailedException}: seconds before the caller may try again. */
    public static final String RETRY_AFTER = "archivo.retry-after";

    @Context
    UriInfo uriInfo;

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthorized(RuntimeException e) {
        if (e instanceof AuthenticationFailedException failed && failed.getAttribute(RETRY_AFTER) instanceof Long seconds) {
            return Response.fromResponse(Problems.response(tooManyAttempts(seconds, Problems.instance(uriInfo))))
                    .header("Retry-After", Long.toString(seconds))
                    .build();
        }
        Problem problem = new Problem(Problem.type("unauthorized"), "Authentication required", 401,
                "This operation needs an authenticated editor or admin", Problems.instance(uriInfo), null);
        return Response.fromResponse(Problems.response(problem))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Archivo\"")
                .build();
    }

    public static Problem tooManyAttempts(long retryAfterSeconds, String instance) {
        return new Problem(Problem.type("too-many-attempts"), "Too many failed authentication attempts", 429,
                "Too many failed sign-in attempts for this user or from this address; retry after "
                        + retryAfterSeconds + " s",
                instance, java.util.Map.of("retryAfter", retryAfterSeconds));
    }

    @ServerExceptionMapper(ForbiddenException.class)
    public Response forbidden(ForbiddenException e) {
        Problem problem = new Problem(Problem.type("forbidden"), "Forbidden", 403,
                "Your role does not allow this operation", Problems.instance(uriInfo), null);
        return Problems.response(problem);
    }
}
