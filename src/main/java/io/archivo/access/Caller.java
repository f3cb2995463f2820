package io.archivo.access;

import java.util.Set;

/**
 * Who is asking: anonymous, an editor working for some departments, or an admin. Built once per request by
 * {@link CurrentCaller}; every visibility decision takes one of these.
 */
public record Caller(String name, Set<String> roles, Set<String> departments) {

    public static final String EDITOR = "editor";
    public static final String ADMIN = "admin";
    public static final Caller ANONYMOUS = new Caller("anonymous", Set.of(), Set.of());

    public Caller {
        roles = Set.copyOf(roles);
        departments = Set.copyOf(departments);
    }

    public boolean isAnonymous() {
        return roles.isEmpty();
    }

    public boolean isAdmin() {
        return roles.contains(ADMIN);
    }

    public boolean isEditor() {
        return roles.contains(EDITOR) || isAdmin();
    }
}
