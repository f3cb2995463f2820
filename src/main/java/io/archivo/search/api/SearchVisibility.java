package io.archivo.search.api;

import io.archivo.access.AccessPolicy;
import io.archivo.access.Caller;
import io.archivo.access.Departments;
import io.archivo.search.Visibility;
import java.util.stream.Collectors;

/**
 * Translates the caller into what the index may show, following {@link AccessPolicy#searchScope}: admins see
 * everything, editors public material plus everything of their departments (the index stores department labels),
 * everybody else public material only.
 */
public final class SearchVisibility {

    private SearchVisibility() {
    }

    public static Visibility of(Caller caller) {
        return switch (AccessPolicy.searchScope(caller)) {
            case ALL -> Visibility.admin();
            case DEPARTMENTS -> Visibility.editor(caller.departments().stream().map(Departments::label)
                    .collect(Collectors.toSet()));
            case PUBLIC -> Visibility.publicOnly();
        };
    }
}
