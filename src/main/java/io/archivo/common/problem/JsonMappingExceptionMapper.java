package io.archivo.common.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Map;

/** A JSON body that does not parse or does not fit the expected shape: 400 with the line and column. */
@Provider
public class JsonMappingExceptionMapper implements ExceptionMapper<JsonProcessingException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(JsonProcessingException e) {
        Map<String, Object> ext = new LinkedHashMap<>();
        if (e.getLocation() != null) {
            ext.put("line", e.getLocation().getLineNr());
            ext.put("column", e.getLocation().getColumnNr());
        }
        Problem problem = new Problem(Problem.type("invalid-json"), "Invalid JSON body", 400,
                e.getOriginalMessage(), Problems.instance(uriInfo), ext);
        return Problems.response(problem);
    }
}
