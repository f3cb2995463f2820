package io.archivo.common.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/**
 * JAX-RS's own errors (unknown path, wrong method, unsupported media type, unacceptable Accept, …) in the same
 * problem+json shape as ours. Responses that already carry an entity (e.g. a 304) are passed through.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(WebApplicationException e) {
        Response original = e.getResponse();
        if (original.hasEntity() || original.getStatus() < 400) {
            return original;
        }
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof com.fasterxml.jackson.core.JsonProcessingException json) {
                return Problems.response(JsonMappingExceptionMapper.toProblem(json, Problems.instance(uriInfo)));
            }
        }
        Throwable conversion = conversionFailure(e);
        if (conversion != null) {
            // JAX-RS answers 404 when a query or path parameter cannot be converted (page=abc); that is the
            // client's typo, not a missing resource
            return Problems.response(new Problem(Problem.type("invalid-parameter"), "Invalid parameter", 400,
                    "A parameter has the wrong type: " + conversion.getMessage(), Problems.instance(uriInfo), Map.of()));
        }
        Response.StatusType status = original.getStatusInfo();
        String detail = e.getMessage() == null || e.getMessage().startsWith("HTTP ") ? status.getReasonPhrase() : e.getMessage();
        Problem problem = new Problem(Problem.type(slug(status.getStatusCode())), status.getReasonPhrase(),
                status.getStatusCode(), detail, Problems.instance(uriInfo), Map.of());
        Response.ResponseBuilder builder = Response.fromResponse(original).type(Problem.MEDIA_TYPE).entity(problem);
        return builder.build();
    }

    private static Throwable conversionFailure(WebApplicationException e) {
        if (!(e instanceof jakarta.ws.rs.NotFoundException)) {
            return null;
        }
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof IllegalArgumentException) {
                return t;
            }
        }
        return null;
    }

    private static String slug(int status) {
        return switch (status) {
            case 400 -> "bad-request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            default -> "http-" + status;
        };
    }
}
