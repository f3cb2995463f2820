package io.archivo.access;

import io.archivo.common.organisation.Codes;
import io.archivo.common.organisation.Department;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * The one representation of departments in access decisions: the {@link Department} <b>code</b>
 * ({@code salud}, {@code cultura_turismo}). Token claims and Basic-user configuration may say {@code Salud},
 * {@code SALUD}, {@code salud} or {@code Cultura y Turismo}; all are normalised here. Unknown names are dropped
 * (and logged), so a typo never grants anything.
 */
public final class Departments {

    private static final Logger LOG = Logger.getLogger(Departments.class);

    private Departments() {
    }

    /** The department code for a code or label, ignoring case and accents. */
    public static Optional<String> code(String codeOrLabel) {
        return Codes.find(Department.class, codeOrLabel).map(Department::code);
    }

    /** Normalises a collection of names (a value may itself be a comma/semicolon separated list). */
    public static Set<String> codes(Collection<?> names) {
        Set<String> out = new LinkedHashSet<>();
        if (names == null) {
            return out;
        }
        for (Object name : names) {
            if (name == null) {
                continue;
            }
            for (String part : name.toString().split("[,;]")) {
                if (part.isBlank()) {
                    continue;
                }
                Optional<String> code = code(part);
                if (code.isPresent()) {
                    out.add(code.get());
                } else {
                    LOG.warnf("Ignoring unknown department '%s' (known: the department codes or labels)", part);
                }
            }
        }
        return out;
    }

    /** The label of a department code, as the search index stores it ({@code salud} → {@code Salud}). */
    public static String label(String code) {
        return Codes.find(Department.class, code).map(Department::label).orElse(code);
    }
}
