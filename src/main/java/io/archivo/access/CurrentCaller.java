package io.archivo.access;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Set;

/**
 * The {@link Caller} of the current request, derived from the authenticated identity (HTTP Basic in the embedded
 * mode, an OIDC bearer token with Keycloak). Departments come from the identity attribute
 * {@value #DEPARTMENTS_ATTRIBUTE}, normalised to department codes.
 */
@RequestScoped
public class CurrentCaller {

    /** Identity attribute holding the departments an editor works for. */
    public static final String DEPARTMENTS_ATTRIBUTE = "archivo.departments";

    @Inject
    SecurityIdentity identity;

    @Inject
    CurrentVertxRequest request;

    public Caller get() {
        return of(identity);
    }

    /**
     * The caller of a public page. A browser session that no longer verifies (a session cookie the browser kept
     * only in part, or one expired beyond refresh) makes the visit anonymous: the page is public, and a 401 would
     * leave the visitor with an error page instead of it. The answer also tells the browser to drop what is left of
     * that session's cookies, so the next page does not try it again. Credentials sent in an {@code Authorization}
     * header (Basic, bearer) still fail as on the API.
     */
    public Caller forPage() {
        try {
            return get();
        } catch (AuthenticationFailedException e) {
            RoutingContext context = request.getCurrent();
            if (context == null || context.request().getHeader("Authorization") != null) {
                throw e;
            }
            for (Cookie cookie : context.request().cookies()) {
                if (cookie.getName().startsWith(WEB_SESSION_COOKIE)) {
                    context.response().addCookie(Cookie.cookie(cookie.getName(), "").setPath("/").setMaxAge(0));
                }
            }
            return Caller.ANONYMOUS;
        }
    }

    /** quarkus-oidc's session cookie of the web tenant, and its chunks ({@code q_session_web_chunk_1}, …). */
    private static final String WEB_SESSION_COOKIE = "q_session_" + WebLoginTenantResolver.WEB;

    /**
     * Whether the caller signed in through the browser login (Keycloak's code flow, {@link WebLoginTenantResolver}):
     * only such a session can be ended by {@code /salir}; a browser keeps sending HTTP Basic credentials until it
     * is closed.
     */
    public boolean hasWebSession() {
        return identity != null && !identity.isAnonymous()
                && WebLoginTenantResolver.WEB.equals(identity.getAttribute(OIDC_TENANT_ATTRIBUTE));
    }

    /** The identity attribute quarkus-oidc sets to the tenant that authenticated the request. */
    private static final String OIDC_TENANT_ATTRIBUTE = "tenant-id";

    public static Caller of(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return Caller.ANONYMOUS;
        }
        Object departments = identity.getAttribute(DEPARTMENTS_ATTRIBUTE);
        Set<String> deps = departments instanceof Collection<?> c ? Departments.codes(c) : Set.of();
        return new Caller(identity.getPrincipal().getName(), identity.getRoles(), deps);
    }
}
