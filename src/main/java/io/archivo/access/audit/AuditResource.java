package io.archivo.access.audit;

import io.archivo.access.Caller;
import io.archivo.common.api.Page;
import io.archivo.common.api.PageRequest;
import io.archivo.common.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit log of every write, newest first; admins only. */
@Path("/api/v1/admin/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Caller.ADMIN)
@Tag(name = "Audit")
public class AuditResource {

    @Inject
    AuditLog log;

    @GET
    @Operation(summary = "Every write (who, when, what, which version), newest first; filters actor, action, targetType, target, from, to")
    public Page<AuditLog.View> list(@QueryParam("actor") String actor, @QueryParam("action") String action,
            @QueryParam("targetType") String targetType, @QueryParam("target") String target,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return log.query(new AuditLog.Filter(blank(actor), blank(action), blank(targetType), blank(target),
                time("from", from), time("to", to)), PageRequest.of(page, size));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static OffsetDateTime time(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay().atOffset(ZoneOffset.UTC)
                    : OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("invalid-parameter", "Invalid parameter",
                    name + " must be a date (YYYY-MM-DD) or an ISO date-time with offset");
        }
    }
}
