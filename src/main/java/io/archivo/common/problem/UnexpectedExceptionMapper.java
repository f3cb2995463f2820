package io.archivo.common.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Last resort: a server fault. The body names an incident id that is also in the log, never a stack trace.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class);

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(Exception e) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error, incident %s", incident);
        Problem problem = new Problem(Problem.type("internal-error"), "Internal server error", 500,
                "An unexpected error occurred; quote incident " + incident + " to the operator.",
                Problems.instance(uriInfo), Map.of("incident", incident));
        return Problems.response(problem);
    }
}
