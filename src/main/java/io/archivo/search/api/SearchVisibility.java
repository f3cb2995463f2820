package io.archivo.search.api;

import io.archivo.access.AccessPolicy;
import io.archivo.access.Caller;
import io.archivo.search.Visibility;

/** Translates the caller into what the index may show, following {@link AccessPolicy}. */
final class SearchVisibility {

    private SearchVisibility() {
    }

    static Visibility of(Caller caller) {
        if (caller.isAdmin()) {
            return Visibility.admin();
        }
        // editors see drafts (AccessPolicy.canSeeDrafts); department scoping of editors comes with Keycloak
        return AccessPolicy.canSeeDrafts(caller) ? Visibility.admin() : Visibility.publicOnly();
    }
}
