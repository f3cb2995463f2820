package io.archivo.bench.auth;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.HashMap;
import java.util.Map;

/**
 * The application for {@link AuthLoadBenchmark}: the demo catalogue to search, and no configured admin password,
 * so that a generated one is kept as a 120,000-iteration PBKDF2 hash as in a real embedded start. The guard's
 * production limits apply (the test profile raises the per-address one).
 */
public class AuthBenchProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>();
        config.put("archivo.demo", "true");
        config.put("archivo.data-dir", "target/bench-data-auth");
        // both spellings: the %test ones of application.properties would otherwise win
        for (String prefix : new String[] { "", "%test." }) {
            config.put(prefix + "archivo.admin-password", "");
            config.put(prefix + "archivo.auth.failures-per-address", "30");
        }
        config.put("quarkus.log.category.\"io.archivo\".level", "WARN");
        // on a crowded machine the first connection can take longer than the default 5 s
        config.put("quarkus.datasource.jdbc.acquisition-timeout", "60S");
        return config;
    }

    /** The same without the failure limits: every wrong password costs a hash, as before the guard. */
    public static class Unguarded extends AuthBenchProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>(super.getConfigOverrides());
            for (String prefix : new String[] { "", "%test." }) {
                config.put(prefix + "archivo.auth.failures-per-user", "1000000000");
                config.put(prefix + "archivo.auth.failures-per-address", "1000000000");
            }
            return config;
        }
    }
}
