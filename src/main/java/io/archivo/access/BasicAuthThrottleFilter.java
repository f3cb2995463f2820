package io.archivo.access;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.archivo.common.problem.Problem;
import io.archivo.common.problem.SecurityExceptionMappers;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Answers 429 (problem+json, Retry-After) to a Basic request whose user name or client address is over its
 * failure limit, before authentication runs, on every path (REST resources and {@code /q/*} alike). The identity
 * provider applies the same limit to bursts that arrive before the first failures are counted.
 */
@ApplicationScoped
public class BasicAuthThrottleFilter {

    private final BasicAuthGuard guard;
    private final ObjectMapper json;

    BasicAuthThrottleFilter(BasicAuthGuard guard, ObjectMapper json) {
        this.guard = guard;
        this.json = json;
    }

    void register(@Observes Filters filters) {
        // after CORS, before authentication
        filters.register(this::filter, (SecurityHandlerPriorities.CORS + SecurityHandlerPriorities.AUTHENTICATION) / 2);
    }

    private void filter(RoutingContext rc) {
        String header = rc.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            String[] credential = decode(header.substring(6).trim());
            if (credential != null) {
                long seconds = guard.attempt(credential[0], credential[1].toCharArray(), clientAddress(rc))
                        .refusalSeconds();
                if (seconds > 0) {
                    refuse(rc, seconds);
                    return;
                }
            }
        }
        rc.next();
    }

    static String clientAddress(RoutingContext rc) {
        return rc.request().remoteAddress() == null ? null : rc.request().remoteAddress().hostAddress();
    }

    private static String[] decode(String base64) {
        try {
            String plain = new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
            int colon = plain.indexOf(':');
            return colon < 0 ? null : new String[] { plain.substring(0, colon), plain.substring(colon + 1) };
        } catch (IllegalArgumentException e) {
            return null; // not Base64: authentication will refuse it
        }
    }

    private void refuse(RoutingContext rc, long seconds) {
        Problem problem = SecurityExceptionMappers.tooManyAttempts(seconds, rc.request().path());
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        rc.response().setStatusCode(429)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader("Retry-After", Long.toString(seconds))
                .end(body);
    }
}
