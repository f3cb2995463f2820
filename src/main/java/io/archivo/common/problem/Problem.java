package io.archivo.common.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An RFC 9457 problem details body. {@code type} is a URI under {@code urn:archivo:problem:} naming the kind of
 * problem; extension members (line, column, errors, …) are serialised at the top level, as the RFC asks.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(URI type, String title, int status, String detail, String instance, Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        extensions = extensions == null ? Map.of() : new LinkedHashMap<>(extensions);
    }

    @JsonAnyGetter
    public Map<String, Object> anyExtensions() {
        return extensions;
    }

    // the map is flattened by @JsonAnyGetter, so it must not also appear as a property
    @com.fasterxml.jackson.annotation.JsonIgnore
    @Override
    public Map<String, Object> extensions() {
        return extensions;
    }

    public static URI type(String slug) {
        return URI.create("urn:archivo:problem:" + slug);
    }
}
