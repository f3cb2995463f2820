package io.archivo.search;

import java.util.Objects;
import java.util.Set;

/**
 * Who is searching, reduced to what the index must hide. {@link Level#PUBLIC}: only published studies classified
 * {@code publica}. {@link Level#EDITOR}: that, plus everything (drafts, classified, reserved) of the editor's own departments.
 * {@link Level#ADMIN}: everything.
 */
public record Visibility(Level level, Set<String> departments) {

    public enum Level { PUBLIC, EDITOR, ADMIN }

    public Visibility {
        Objects.requireNonNull(level, "level");
        departments = departments == null ? Set.of() : Set.copyOf(departments);
    }

    public static Visibility publicOnly() {
        return new Visibility(Level.PUBLIC, Set.of());
    }

    public static Visibility editor(Set<String> departments) {
        return new Visibility(Level.EDITOR, departments);
    }

    public static Visibility admin() {
        return new Visibility(Level.ADMIN, Set.of());
    }
}
