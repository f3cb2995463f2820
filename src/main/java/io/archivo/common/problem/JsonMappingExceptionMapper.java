package io.archivo.common.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A JSON body that does not parse, or does not fit the expected shape: 400 with the line, column and field. Mapped
 * per exception type because Quarkus has built-in mappers for these types that answer with an empty body.
 */
public class JsonMappingExceptionMapper {

    @Context
    UriInfo uriInfo;

    @ServerExceptionMapper(priority = 1)
    public Response mismatched(MismatchedInputException e) {
        return problem(e);
    }

    @ServerExceptionMapper(priority = 1)
    public Response malformed(JsonParseException e) {
        return problem(e);
    }

    Response problem(JsonProcessingException e) {
        return Problems.response(toProblem(e, Problems.instance(uriInfo)));
    }

    static Problem toProblem(JsonProcessingException e, String instance) {
        Map<String, Object> ext = new LinkedHashMap<>();
        if (e.getLocation() != null) {
            ext.put("line", e.getLocation().getLineNr());
            ext.put("column", e.getLocation().getColumnNr());
        }
        if (e instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
            ext.put("field", m.getPathReference().replaceAll("^[^\\[]*\\[", "[").replace("\"", ""));
        }
        return new Problem(Problem.type("invalid-json"), "Invalid JSON body", 400, e.getOriginalMessage(), instance, ext);
    }
}
