package io.archivo.search.relevance;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The application with the illustrative demo catalogue seeded at start (111 processes, 20 published Spanish studies),
 * in its own data directory so that its index never mixes with other tests' studies.
 */
public class DemoCatalogueProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("archivo.demo", "true", "archivo.data-dir", "target/test-data-relevance");
    }
}
