package io.archivo.access;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Set;

/** The {@link Caller} of the current request, derived from the authenticated identity. */
@RequestScoped
public class CurrentCaller {

    /** Identity attribute holding the departments an editor works for. */
    public static final String DEPARTMENTS_ATTRIBUTE = "archivo.departments";

    @Inject
    SecurityIdentity identity;

    public Caller get() {
        if (identity == null || identity.isAnonymous()) {
            return Caller.ANONYMOUS;
        }
        Set<String> roles = identity.getRoles();
        Object departments = identity.getAttribute(DEPARTMENTS_ATTRIBUTE);
        @SuppressWarnings("unchecked")
        Set<String> deps = departments instanceof Set<?> s ? (Set<String>) s : Set.of();
        return new Caller(identity.getPrincipal().getName(), roles, deps);
    }
}
