package io.archivo.testsupport;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The application with the demo catalogue seeded at start-up (111 processes, 20 published studies), in its own
 * data directory. Quarkus restarts for a class with another profile, so keep the classes using it few.
 */
public class DemoCatalogueProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("archivo.demo", "true", "archivo.data-dir", "target/test-data-demo");
    }
}
