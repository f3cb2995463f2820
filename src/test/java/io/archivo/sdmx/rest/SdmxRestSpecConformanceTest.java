package io.archivo.sdmx.rest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.archivo.testsupport.DemoCatalogueProfile;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * The SDMX REST API against the official OpenAPI descriptions (SDMX REST v1.5.0 under {@code /sdmx/rest}, v2.2.2
 * under {@code /sdmx/v2}, read in place from {@code ${archivo.shared.dir}/specs/}). For every GET operation, with
 * its path filled with demo values (see {@link #fill}):
 * <ul>
 * <li>every media type its 200 answer lists, as {@code Accept}: the status is one the operation lists; a 200 carries
 * exactly that media type (type, subtype and version; Archivo may add {@code charset} and SDMX-CSV's {@code labels}
 * and {@code timeFormat}); a 406 only for the media types Archivo documents it does not write
 * ({@link #NOT_PRODUCED}); a 501 only for the operations it documents as not implemented
 * ({@link #NOT_IMPLEMENTED});</li>
 * <li>every value of a path parameter with an enum (structure types, contexts): neither 400 nor (outside
 * {@link #NOT_IMPLEMENTED}) 501;</li>
 * <li>every query parameter: each value of its enum is not a 400; a value outside the enum, a value violating its
 * pattern, an integer below its minimum and a boolean that is neither true nor false are 400 (SDMX error 140);</li>
 * <li>every error answer is an SDMX error message in the negotiated format, with the code SDMX pairs with the
 * status (never application/problem+json).</li>
 * </ul>
 * Failures are collected and reported together, each naming the operation, the parameter and the value.
 */
@QuarkusTest
@TestProfile(DemoCatalogueProfile.class)
@Tag("persistence")
class SdmxRestSpecConformanceTest {

    /** Media types the specifications list that Archivo does not write (406), and why. */
    static final Map<String, String> NOT_PRODUCED = Map.of(
            "application/vnd.sdmx.structure+xml;version=3.1.0", "SDMX-ML 3.1 (SDMX 3.1): Archivo writes SDMX-ML 2.1 and 3.0",
            "application/vnd.sdmx.structure+json;version=2.1.0", "SDMX-JSON 2.1 (SDMX 3.1): Archivo writes SDMX-JSON 1.0 and 2.0",
            "application/vnd.sdmx.data+xml;version=3.1.0", "SDMX-ML 3.1 data (SDMX 3.1)",
            "application/vnd.sdmx.data+json;version=2.1.0", "SDMX-JSON 2.1 data (SDMX 3.1)",
            "application/vnd.sdmx.data+csv;version=2.1.0", "SDMX-CSV 2.1 (SDMX 3.1)",
            "application/vnd.sdmx.generictimeseriesdata+xml;version=2.1",
            "SDMX-ML 2.1 time-series-only generic data: Archivo writes GenericData, which holds the same series",
            "application/vnd.sdmx.structurespecifictimeseriesdata+xml;version=2.1",
            "SDMX-ML 2.1 time-series-only structure-specific data: Archivo writes StructureSpecificData");

    /** Operations Archivo documents as not implemented (501, SDMX error 501): XML schemas of a context. */
    static final Set<String> NOT_IMPLEMENTED = Set.of("/schema/{context}/{agencyID}/{resourceID}/{version}");

    /** The SDMX error code SDMX REST pairs with an HTTP status. */
    static final Map<Integer, Integer> ERROR_CODES = Map.of(400, 140, 404, 100, 501, 501, 401, 110, 403, 110);

    record Api(String name, String prefix, OpenApiSpec spec) {
    }

    @TestHTTPResource("/")
    URL base;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final List<String> failures = new ArrayList<>();
    private int requests;

    @Test
    void v1AnswersAsTheOpenApiDescriptionSays() {
        walk(new Api("v1", "/sdmx/rest", OpenApiSpec.load("sdmx-rest-v1.5.0.yaml")));
    }

    @Test
    void v2AnswersAsTheOpenApiDescriptionSays() {
        walk(new Api("v2", "/sdmx/v2", OpenApiSpec.load("sdmx-rest-v2.2.2.yaml")));
    }

    private void walk(Api api) {
        int mediaTypes = 0;
        int parameterValues = 0;
        for (OpenApiSpec.Operation op : api.spec().operations()) {
            for (String mediaType : op.mediaTypes()) {
                checkMediaType(api, op, mediaType);
                mediaTypes++;
            }
            for (OpenApiSpec.Parameter p : op.parameters()) {
                if (p.in().equals("path") && !p.enumValues().isEmpty()) {
                    for (String value : p.enumValues()) {
                        checkPathValue(api, op, p, value);
                        parameterValues++;
                    }
                } else if (p.isQuery()) {
                    parameterValues += checkQueryParameter(api, op, p);
                }
            }
        }
        System.out.printf("SDMX REST %s: %d operations, %d (operation, media type) pairs, %d parameter values, "
                + "%d requests%n", api.name(), api.spec().operations().size(), mediaTypes, parameterValues, requests);
        assertTrue(failures.isEmpty(), failures.size() + " nonconformities with " + api.spec().file() + ":\n"
                + String.join("\n", failures));
    }

    private void checkMediaType(Api api, OpenApiSpec.Operation op, String mediaType) {
        String path = path(api, op, Map.of());
        String label = api.name() + " " + op + " (" + path + ") Accept: " + mediaType;
        HttpResponse<byte[]> r = get(api, path, mediaType);
        int status = r.statusCode();
        if (!statusListed(op, label, r, false)) {
            return;
        }
        String why = NOT_PRODUCED.get(mediaType);
        if (status == 406) {
            if (why == null) {
                fail(label + ": 406, but Archivo does not document that it does not write " + mediaType);
            }
            return;
        }
        if (status == 200) {
            if (why != null) {
                fail(label + ": 200, but documented as not written (" + why + "): update NOT_PRODUCED and the docs");
            }
            String contentType = r.headers().firstValue("Content-Type").orElse("");
            if (!sameMediaType(mediaType, contentType)) {
                fail(label + ": 200 with Content-Type '" + contentType + "'");
            }
            return;
        }
        checkError(label, mediaType, r);
    }

    private void checkPathValue(Api api, OpenApiSpec.Operation op, OpenApiSpec.Parameter p, String value) {
        String path = path(api, op, Map.of(p.name(), value));
        String label = api.name() + " " + op + " path parameter " + p.name() + "=" + value + " (" + path + ")";
        HttpResponse<byte[]> r = get(api, path, null);
        if (!statusListed(op, label, r, false)) {
            return;
        }
        if (r.statusCode() == 400) {
            fail(label + ": 400 for a value of the enum");
        }
        if (r.statusCode() >= 400) {
            checkError(label, null, r);
        }
    }

    /** The checks of one query parameter; returns how many values were tried. */
    private int checkQueryParameter(Api api, OpenApiSpec.Operation op, OpenApiSpec.Parameter p) {
        Map<String, Boolean> values = new LinkedHashMap<>(); // value -> valid?
        if (!p.enumValues().isEmpty()) {
            p.enumValues().forEach(v -> values.put(v, true));
            if ("array".equals(p.type()) && p.enumValues().size() > 2) {
                values.put(p.enumValues().get(1) + "," + p.enumValues().get(2), true);
            }
            values.put("bogus", false);
        }
        if (p.pattern() != null && p.enumValues().isEmpty()) {
            values.put(violating(p.pattern(), api + " " + op + " " + p.name()), false);
        }
        if (p.minimum() != null) {
            values.put(String.valueOf(p.minimum() - 1), false);
        }
        if ("boolean".equals(p.type())) {
            values.put("true", true);
            values.put("false", true);
            values.put("maybe", false);
        }
        String path = path(api, op, Map.of());
        values.forEach((value, valid) -> {
            String query = path + "?" + p.name() + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
            String label = api.name() + " " + op + " ?" + p.name() + "=" + value + " (" + query + ")";
            HttpResponse<byte[]> r = get(api, query, null);
            if (!statusListed(op, label, r, true)) {
                return;
            }
            if (valid && r.statusCode() == 400) {
                fail(label + ": 400 for a valid value");
            } else if (!valid && r.statusCode() != 400) {
                fail(label + ": " + r.statusCode() + " for an invalid value, not 400");
                return;
            }
            if (r.statusCode() >= 400) {
                checkError(label, null, r);
            }
        });
        return values.size();
    }

    /**
     * The status is one the operation lists, never 500, and 501 only where documented or, for {@code queryOption},
     * for a valid option Archivo does not implement (e.g. {@code includeHistory=true}), as the specifications allow.
     */
    private boolean statusListed(OpenApiSpec.Operation op, String label, HttpResponse<byte[]> r, boolean queryOption) {
        int status = r.statusCode();
        if (!op.statuses().contains(String.valueOf(status))) {
            fail(label + ": status " + status + " is not one the operation lists " + op.statuses() + body(r));
            return false;
        }
        if (status == 500) {
            fail(label + ": 500" + body(r));
            return false;
        }
        if (status == 501 && !NOT_IMPLEMENTED.contains(op.path()) && !queryOption) {
            fail(label + ": 501, but the operation is served" + body(r));
        }
        return true;
    }

    /**
     * An SDMX error message in the format negotiated for {@code mediaType} (null: the API's default, read from the
     * Content-Type): SDMX-ML {@code Error/ErrorMessage/@code}, SDMX-JSON {@code errors[0].code}, or for SDMX-CSV a
     * text line starting with the code.
     */
    private void checkError(String label, String mediaType, HttpResponse<byte[]> r) {
        String contentType = r.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        int status = r.statusCode();
        if (contentType.contains("problem+json")) {
            fail(label + ": " + status + " as application/problem+json, not an SDMX error message" + body(r));
            return;
        }
        if (status == 406 || status == 304) {
            return;
        }
        Integer code = ERROR_CODES.get(status);
        String family = mediaType != null ? family(mediaType) : family(contentType);
        String text = new String(r.body(), StandardCharsets.UTF_8);
        try {
            switch (family) {
                case "xml" -> {
                    if (!contentType.contains("xml")) {
                        fail(label + ": " + status + " error as '" + contentType + "' for an XML client");
                        return;
                    }
                    var factory = DocumentBuilderFactory.newInstance();
                    factory.setNamespaceAware(true);
                    Element root = factory.newDocumentBuilder().parse(new ByteArrayInputStream(r.body()))
                            .getDocumentElement();
                    Element message = (Element) root.getElementsByTagNameNS("*", "ErrorMessage").item(0);
                    if (!root.getLocalName().equals("Error") || message == null
                            || !String.valueOf(code).equals(message.getAttribute("code"))) {
                        fail(label + ": " + status + " is not an SDMX-ML error message with code " + code + body(r));
                    }
                }
                case "json" -> {
                    if (!contentType.contains("json")) {
                        fail(label + ": " + status + " error as '" + contentType + "' for a JSON client");
                        return;
                    }
                    JsonNode errors = json.readTree(r.body()).path("errors");
                    if (!errors.isArray() || errors.isEmpty() || errors.get(0).path("code").asInt() != code) {
                        fail(label + ": " + status + " is not an SDMX-JSON error message with code " + code + body(r));
                    }
                }
                default -> {
                    if (!contentType.startsWith("text/plain") || !text.startsWith(code + " ")) {
                        fail(label + ": " + status + " is not a text error starting with code " + code + " ('"
                                + contentType + "')" + body(r));
                    }
                }
            }
        } catch (Exception e) {
            fail(label + ": " + status + " error body unreadable as " + family + " (" + e.getMessage() + ")" + body(r));
        }
    }

    /** xml, json or csv (anything else: text) from a media type's structured-syntax suffix or subtype. */
    private static String family(String mediaType) {
        String type = mediaType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (type.endsWith("+xml") || type.endsWith("/xml")) {
            return "xml";
        }
        if (type.endsWith("+json") || type.endsWith("/json")) {
            return "json";
        }
        return "text";
    }

    /**
     * Same type/subtype and same {@code version}; besides, the answer may carry only {@code charset} and, for
     * SDMX-CSV, {@code labels} and {@code timeFormat}.
     */
    static boolean sameMediaType(String requested, String answered) {
        Map<String, String> want = parameters(requested);
        Map<String, String> got = parameters(answered);
        if (!requested.split(";")[0].strip().equalsIgnoreCase(answered.split(";")[0].strip())
                || !String.valueOf(want.get("version")).equals(String.valueOf(got.get("version")))) {
            return false;
        }
        boolean csv = requested.contains("+csv");
        return got.keySet().stream().allMatch(k -> k.equals("version") || k.equals("charset")
                || csv && (k.equals("labels") || k.equals("timeformat")));
    }

    private static Map<String, String> parameters(String mediaType) {
        Map<String, String> out = new LinkedHashMap<>();
        String[] parts = mediaType.split(";");
        for (int i = 1; i < parts.length; i++) {
            String[] kv = parts[i].split("=", 2);
            out.put(kv[0].strip().toLowerCase(Locale.ROOT), kv.length == 2 ? kv[1].strip().replace("\"", "") : "");
        }
        return out;
    }

    /** A value the (ECMA-style, here read as Java) pattern rejects. */
    private static String violating(String pattern, String what) {
        Pattern p = Pattern.compile(pattern);
        for (String candidate : List.of("!bogus!", "bogus value", "--1-1-1-", "-1")) {
            if (!p.matcher(candidate).find()) {
                return candidate;
            }
        }
        throw new IllegalStateException("No violating value found for " + what + " pattern " + pattern);
    }

    /** The demo artefact of each structure type around the dataflow SAL-01 (all version 1.0). */
    static final Map<String, String> DEMO_IDS = Map.ofEntries(Map.entry("dataflow", "SAL-01"),
            Map.entry("structure", "SAL-01"), Map.entry("datastructure", "DSD_SAL-01"),
            Map.entry("codelist", "CL_FREQ"), Map.entry("conceptscheme", "CS_SAL-01"),
            Map.entry("categoryscheme", "AREAS_TEMATICAS"), Map.entry("categorisation", "CAT_AREA_SAL-01"),
            Map.entry("contentconstraint", "CC_SAL-01"), Map.entry("actualconstraint", "CC_SAL-01"),
            Map.entry("dataconstraint", "CC_SAL-01"), Map.entry("provisionagreement", "PA_SAL-01"),
            Map.entry("dataproviderscheme", "DATA_PROVIDERS"));

    /**
     * The operation's path with demo values: agency ARCHIVO_CALI, version 1.0, the dataflow SAL-01 (data key all /
     * *) and, for structure queries, the artefact of the type around it ({@link #DEMO_IDS}; all / * for the types
     * without one). Path enums take the value given in {@code chosen}, else {@code dataflow} (or {@code codelist}
     * for item scheme types). Reserved characters ({@code ,} {@code *} {@code ~}) are sent unencoded, as clients do.
     */
    private static String path(Api api, OpenApiSpec.Operation op, Map<String, String> chosen) {
        boolean v2 = api.name().equals("v2");
        String first = op.path().split("/")[1];
        boolean structure = v2 ? first.equals("structure")
                : !Set.of("data", "availableconstraint", "schema").contains(first);
        Map<String, String> values = new LinkedHashMap<>();
        Matcher m = Pattern.compile("\\{(\\w+)}").matcher(op.path());
        while (m.find()) {
            String name = m.group(1);
            OpenApiSpec.Parameter p = op.pathParameter(name);
            String value = chosen.get(name);
            if (value == null && p != null && !p.enumValues().isEmpty()) {
                value = p.enumValues().contains("dataflow") ? "dataflow" : "codelist";
            }
            values.put(name, value);
        }
        String type = v2 ? values.getOrDefault("structureType", values.get("itemSchemeType")) : first;
        values.replaceAll((name, value) -> value != null ? value : switch (name) {
            case "flow" -> "ARCHIVO_CALI,SAL-01,1.0";
            case "key", "provider", "componentID", "itemID" -> v2 ? "*" : "all";
            case "agencyID", "providerID" -> "ARCHIVO_CALI";
            case "resourceID" -> !structure ? "SAL-01" : DEMO_IDS.getOrDefault(type, v2 ? "*" : "all");
            case "version" -> "1.0";
            case "registrationID" -> "REG1";
            default -> throw new IllegalStateException("No demo value for path parameter " + name + " of " + op);
        });
        String out = op.path();
        for (Map.Entry<String, String> e : values.entrySet()) {
            out = out.replace("{" + e.getKey() + "}", e.getValue());
        }
        return api.prefix() + out;
    }

    private HttpResponse<byte[]> get(Api api, String path, String accept) {
        requests++;
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
                .timeout(Duration.ofSeconds(30)).GET();
        if (accept != null) {
            b.header("Accept", accept);
        }
        try {
            return client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(api.name() + " GET " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String body(HttpResponse<byte[]> r) {
        String text = new String(r.body(), StandardCharsets.UTF_8);
        return " [" + r.headers().firstValue("Content-Type").orElse("-") + ": "
                + (text.length() > 160 ? text.substring(0, 160) + "…" : text) + "]";
    }

    private void fail(String message) {
        failures.add("  " + message);
    }
}
