package io.archivo.access;

import io.quarkus.security.identity.SecurityIdentity;
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

    public Caller get() {
        return of(identity);
    }

    public static Caller of(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return Caller.ANONYMOUS;
        }
        Object departments = identity.getAttribute(DEPARTMENTS_ATTRIBUTE);
        Set<String> deps = departments instanceof Collection<?> c ? Departments.codes(c) : Set.of();
        return new Caller(identity.getPrincipal().getName(), identity.getRoles(), deps);
    }
}
