package io.archivo.inventory.service;

import java.util.List;

/**
 * The plan's diagnostic of the inventory: the breakdown of all processes and one per department.
 *
 * @param illustrative true when any process comes from the illustrative demo catalogue
 */
public record Diagnostic(boolean illustrative, Breakdown total, List<Breakdown> departments) {

    public Diagnostic {
        departments = List.copyOf(departments);
    }

    /** A labelled count; {@code code} is stable, {@code label} is Spanish. */
    public record Count(String code, String label, long count) {
    }

    /**
     * The processes of one department (or of all, with code {@code total}) counted four ways. Counts within a
     * group may overlap (a process may use several storage technologies or media).
     */
    public record Breakdown(String code, String label, long processes, List<Count> types, List<Count> documentation,
            List<Count> storage, List<Count> dissemination) {
        public Breakdown {
            types = List.copyOf(types);
            documentation = List.copyOf(documentation);
            storage = List.copyOf(storage);
            dissemination = List.copyOf(dissemination);
        }
    }
}
