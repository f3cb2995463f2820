package io.archivo.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archivo.common.config.ArchivoConfig;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
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
    void generatedPasswordIsLoggedOnceAtWarnAndItsHashIsForTheOwnerOnly(@TempDir Path dataDir) throws Exception {
        List<LogRecord> records = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(AdminPassword.class.getName());
        logger.addHandler(capture);
        try {
            AdminPassword first = new AdminPassword(config(dataDir, Optional.empty()));
            first.onStart(null);
            List<LogRecord> shown = records.stream().filter(r -> message(r).contains("Generated password")).toList();
            assertEquals(1, shown.size(), "logged once: " + records.stream().map(AdminPasswordTest::message).toList());
            assertEquals(Level.WARNING.intValue(), shown.get(0).getLevel().intValue(), "at WARN");
            String message = message(shown.get(0));
            String password = message.substring(message.lastIndexOf(' ') + 1);
            assertTrue(first.matches(password.toCharArray()), "the logged password is the one kept");

            Path file = dataDir.resolve("secrets/admin-password.pbkdf2");
            if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
                assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
                assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
            }
            assertFalse(Files.exists(dataDir.resolve("secrets/admin-password.pbkdf2.tmp")));

            records.clear();
            AdminPassword second = new AdminPassword(config(dataDir, Optional.empty()));
            second.onStart(null);
            assertTrue(second.matches(password.toCharArray()), "a restart keeps the password");
            assertTrue(records.stream().noneMatch(r -> message(r).contains(password)), "and never shows it again");
        } finally {
            logger.removeHandler(capture);
        }
    }

    private static String message(LogRecord record) {
        Object[] params = record.getParameters();
        String text = record.getMessage();
        return params == null || params.length == 0 ? text : String.format(text, params);
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
