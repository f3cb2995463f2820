package io.archivo.access;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archivo.common.config.ArchivoConfig;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Without ARCHIVO_ADMIN_PASSWORD a password is generated once; only its hash is kept, and it survives restarts. */
class AdminPasswordTest {

    @Test
    void generatedPasswordIsHashedAndKeptAcrossStarts(@TempDir Path dataDir) throws Exception {
        AdminPassword first = new AdminPassword(config(dataDir, Optional.empty()));
        first.onStart(null);
        Path file = dataDir.resolve("secrets/admin-password.pbkdf2");
        String stored = Files.readString(file);
        assertTrue(stored.matches("[0-9a-f]{32}:[0-9a-f]{64}"), "salt:hash, never the password: " + stored);
        assertFalse(first.matches("wrong".toCharArray()));

        AdminPassword second = new AdminPassword(config(dataDir, Optional.empty()));
        second.onStart(null);
        assertTrue(Files.readString(file).equals(stored), "a restart keeps the same password");
    }

    @Test
    void configuredPasswordIsUsedAsIs(@TempDir Path dataDir) {
        AdminPassword password = new AdminPassword(config(dataDir, Optional.of("s3creto")));
        password.onStart(null);
        assertTrue(password.matches("s3creto".toCharArray()));
        assertFalse(password.matches("s3cret".toCharArray()));
        assertFalse(Files.exists(dataDir.resolve("secrets")));
    }

    private static ArchivoConfig config(Path dataDir, Optional<String> adminPassword) {
        return (ArchivoConfig) Proxy.newProxyInstance(ArchivoConfig.class.getClassLoader(),
                new Class<?>[] { ArchivoConfig.class }, (proxy, method, args) -> switch (method.getName()) {
                    case "dataDir" -> dataDir;
                    case "adminPassword" -> adminPassword;
                    case "demo" -> false;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
