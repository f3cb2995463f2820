package io.archivo.access;

import io.archivo.common.problem.ProblemException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A classification decision under Ley 1712 de 2014: {@code publica}, {@code clasificada} (art. 18) or
 * {@code reservada} (art. 19), with the legal basis, the exception ({@code total} or {@code parcial}), the date of
 * the decision and its term. A public decision carries no basis, exception, date or term.
 */
public record ClassificationDecision(String level, String legalBasis, String exception, LocalDate decidedOn,
        String term) {

    public static final ClassificationDecision PUBLIC = new ClassificationDecision(AccessPolicy.PUBLICA, null, null, null,
            null);

    /** The body of {@code PUT …/classification}. */
    public record Input(String level, String legalBasis, String exception, String decidedOn, String term) {
    }

    /** Validates a request body; 422 with {@code errors[{field, reason}]} when something is wrong. */
    public static ClassificationDecision of(Input in) {
        List<Map<String, String>> errors = new ArrayList<>();
        if (in == null) {
            throw ProblemException.badRequest("empty-body", "Empty body", "Send {\"level\": \"publica\"|\"clasificada\"|\"reservada\", …}");
        }
        String level = AccessPolicy.level(in.level()).orElse(null);
        if (level == null) {
            errors.add(Map.of("field", "level", "reason", "must be publica, clasificada or reservada"));
        }
        String basis = blankToNull(in.legalBasis());
        String term = blankToNull(in.term());
        String exception = blankToNull(in.exception()) == null ? null : in.exception().trim().toLowerCase(Locale.ROOT);
        LocalDate decided = null;
        if (blankToNull(in.decidedOn()) != null) {
            try {
                decided = LocalDate.parse(in.decidedOn().trim());
            } catch (DateTimeParseException e) {
                errors.add(Map.of("field", "decidedOn", "reason", "must be a date YYYY-MM-DD"));
            }
        }
        if (exception != null && !exception.equals("total") && !exception.equals("parcial")) {
            errors.add(Map.of("field", "exception", "reason", "must be total or parcial"));
        }
        if (level != null && !level.equals(AccessPolicy.PUBLICA)) {
            if (basis == null) {
                errors.add(Map.of("field", "legalBasis", "reason", "is required for " + level + " (Ley 1712 art. 18-19)"));
            }
            if (exception == null && errors.stream().noneMatch(e -> e.get("field").equals("exception"))) {
                errors.add(Map.of("field", "exception", "reason", "is required for " + level + ": total or parcial"));
            }
            if (in.decidedOn() == null || in.decidedOn().isBlank()) {
                errors.add(Map.of("field", "decidedOn", "reason", "is required for " + level));
            }
            if (term == null) {
                errors.add(Map.of("field", "term", "reason", "is required for " + level + " (e.g. \"15 años\")"));
            }
        }
        check(errors, "legalBasis", basis, 2000);
        check(errors, "term", term, 500);
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable("invalid-classification", "Invalid classification",
                    errors.size() + " invalid field(s)").with("errors", errors);
        }
        if (AccessPolicy.PUBLICA.equals(level)) {
            return PUBLIC;
        }
        return new ClassificationDecision(level, basis, exception, decided, term);
    }

    private static void check(List<Map<String, String>> errors, String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(Map.of("field", field, "reason", "at most " + max + " characters"));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
