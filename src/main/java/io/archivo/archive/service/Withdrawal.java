package io.archivo.archive.service;

import io.archivo.common.problem.ProblemException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * What a withdrawal says beyond "withdrawn": why, and where readers should go instead. Both optional; blank counts
 * as absent. The checks here are those that need nothing stored ({@code reason} at most {@value #MAX_REASON}
 * characters, {@code replacedBy} at most {@value #MAX_REPLACED_BY}); whether {@code replacedBy} names a study the
 * caller may see is checked by {@link StudyPublicationService#withdraw}.
 */
public record Withdrawal(String reason, String replacedBy) {

    public static final int MAX_REASON = 2_000;
    public static final int MAX_REPLACED_BY = 2_048;
    public static final Withdrawal NONE = new Withdrawal(null, null);

    public Withdrawal {
        reason = blankToNull(reason);
        replacedBy = blankToNull(replacedBy);
        if (reason != null && reason.length() > MAX_REASON) {
            throw invalid("reason", "reason has " + reason.length() + " characters; at most " + MAX_REASON);
        }
        if (replacedBy != null && replacedBy.length() > MAX_REPLACED_BY) {
            throw invalid("replacedBy", "replacedBy has " + replacedBy.length() + " characters; at most "
                    + MAX_REPLACED_BY);
        }
    }

    /** A 400 problem naming the field of the withdrawal body that is wrong. */
    static ProblemException invalid(String field, String detail) {
        return ProblemException.badRequest("invalid-withdrawal", "Invalid withdrawal", detail).with("field", field);
    }

    /** An absolute http or https URL with a host (what a forwarding link may point to besides a study). */
    public static boolean isHttpUrl(String value) {
        if (value == null || value.chars().anyMatch(c -> c <= ' ')) {
            return false;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
