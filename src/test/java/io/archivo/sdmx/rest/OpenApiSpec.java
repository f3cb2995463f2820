package io.archivo.sdmx.rest;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The GET operations of an official SDMX REST OpenAPI description, read in place from the shared folder: path,
 * parameters (with their enum, pattern, minimum and type), the statuses the operation lists and the media types of
 * its 200 answer. SnakeYAML resolves anchors and {@code <<:} merge keys; {@code $ref}s to {@code #/components/...}
 * are resolved here.
 */
record OpenApiSpec(String file, List<Operation> operations) {

    /** One query, path or header parameter; {@code enumValues} and {@code pattern} are the items' for arrays. */
    record Parameter(String name, String in, String type, List<String> enumValues, String pattern, Integer minimum) {

        boolean isQuery() {
            return in.equals("query");
        }
    }

    record Operation(String path, List<Parameter> parameters, Set<String> statuses, List<String> mediaTypes) {

        Parameter pathParameter(String name) {
            return parameters.stream().filter(p -> p.in().equals("path") && p.name().equals(name)).findFirst()
                    .orElse(null);
        }

        @Override
        public String toString() {
            return "GET " + path;
        }
    }

    /** {@code ${archivo.shared.dir:-../shared}/specs/}; the test is skipped with a message when it is absent. */
    static Path specsDir() {
        Path dir = Path.of(System.getProperty("archivo.shared.dir", "../shared")).resolve("specs");
        assumeTrue(Files.isDirectory(dir), "SDMX REST OpenAPI descriptions not found at " + dir.toAbsolutePath()
                + " (set -Darchivo.shared.dir)");
        return dir;
    }

    static OpenApiSpec load(String fileName) {
        Path file = specsDir().resolve(fileName);
        assumeTrue(Files.isRegularFile(file), "SDMX REST OpenAPI description not found: " + file.toAbsolutePath());
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(500);
        Map<String, Object> doc;
        try (Reader in = Files.newBufferedReader(file)) {
            doc = new Yaml(options).load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Operation> operations = new ArrayList<>();
        map(doc.get("paths")).forEach((path, item) -> {
            Map<String, Object> get = map(map(item).get("get"));
            if (get == null) {
                return;
            }
            List<Parameter> params = new ArrayList<>();
            for (Object p : list(get.get("parameters"))) {
                Map<String, Object> param = map(resolve(doc, p));
                Map<String, Object> schema = map(param.get("schema"));
                Map<String, Object> items = schema.get("items") == null ? schema : map(schema.get("items"));
                List<String> enumValues = items.get("enum") == null ? List.of()
                        : list(items.get("enum")).stream().map(String::valueOf).toList();
                params.add(new Parameter((String) param.get("name"), (String) param.get("in"),
                        (String) schema.get("type"), enumValues, (String) items.get("pattern"),
                        schema.get("minimum") == null ? null : ((Number) schema.get("minimum")).intValue()));
            }
            Map<String, Object> responses = map(get.get("responses"));
            Set<String> statuses = new LinkedHashSet<>();
            responses.keySet().forEach(k -> statuses.add(String.valueOf(k)));
            Map<String, Object> ok = map(resolve(doc, responses.get("200")));
            List<String> mediaTypes = ok.get("content") == null ? List.of() : List.copyOf(map(ok.get("content")).keySet());
            operations.add(new Operation(path, List.copyOf(params), Set.copyOf(statuses), mediaTypes));
        });
        return new OpenApiSpec(fileName, List.copyOf(operations));
    }

    /** Follows {@code $ref: "#/components/..."} (several in a row) to the object it names. */
    static Object resolve(Map<String, Object> doc, Object node) {
        while (node instanceof Map<?, ?> m && m.get("$ref") instanceof String ref) {
            if (!ref.startsWith("#/")) {
                throw new IllegalArgumentException("Only local $refs are resolved: " + ref);
            }
            Object target = doc;
            for (String segment : ref.substring(2).split("/")) {
                target = map(target).get(segment);
            }
            if (target == null) {
                throw new IllegalArgumentException("Unresolved $ref " + ref);
            }
            node = target;
        }
        return node;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o) {
        return o == null ? List.of() : (List<Object>) o;
    }
}
