package io.archivo.access;

import io.archivo.common.config.ArchivoConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.jboss.logging.Logger;

/**
 * The embedded admin's password: {@code ARCHIVO_ADMIN_PASSWORD} when set; otherwise one is generated at the
 * first start, logged once, and only its salted PBKDF2 hash is kept under the data directory.
 */
@ApplicationScoped
public class AdminPassword {

    private static final Logger LOG = Logger.getLogger(AdminPassword.class);
    private static final int ITERATIONS = 120_000;

    private final ArchivoConfig config;
    private volatile String storedHash;

    AdminPassword(ArchivoConfig config) {
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.adminPassword().isPresent()) {
            return;
        }
        Path file = config.dataDir().resolve("secrets").resolve("admin-password.pbkdf2");
        try {
            if (Files.exists(file)) {
                storedHash = Files.readString(file, StandardCharsets.UTF_8).trim();
                return;
            }
            byte[] random = new byte[18];
            new SecureRandom().nextBytes(random);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            String hash = hash(password, newSalt());
            writeOwnerOnly(file, hash);
            storedHash = hash;
            LOG.warnf("Generated password for the embedded 'admin' user (shown once; set ARCHIVO_ADMIN_PASSWORD to choose one): %s",
                    password);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the generated admin password under " + file, e);
        }
    }

    public boolean matches(char[] candidate) {
        if (config.adminPassword().isPresent()) {
            return MessageDigest.isEqual(config.adminPassword().get().getBytes(StandardCharsets.UTF_8),
                    new String(candidate).getBytes(StandardCharsets.UTF_8));
        }
        String stored = storedHash;
        if (stored == null) {
            return false;
        }
        int colon = stored.indexOf(':');
        if (colon < 0) {
            // a damaged file denies the login rather than failing the request
            LOG.errorf("The admin password hash under %s is unreadable; delete it to generate a new password",
                    config.dataDir().resolve("secrets"));
            return false;
        }
        String salt = stored.substring(0, colon);
        return MessageDigest.isEqual(stored.getBytes(StandardCharsets.UTF_8),
                hash(new String(candidate), HexFormat.of().parseHex(salt)).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes the hash into a file that is readable by the owner only from the moment it exists (created with mode
     * 0600, in a 0700 folder, then moved into place), so no other local user can read it even briefly.
     */
    private static void writeOwnerOnly(Path file, String content) throws IOException {
        Path dir = file.getParent();
        boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
        if (posix) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(dir); // not a POSIX file system: the data directory's own permissions apply
        }
        Path tmp = dir.resolve(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        if (posix) {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(tmp);
        }
        Files.writeString(tmp, content, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
    }

    private static byte[] newSalt() {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        return salt;
    }

    private static String hash(String password, byte[] salt) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, ITERATIONS, 256);
            byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            return HexFormat.of().formatHex(salt) + ":" + HexFormat.of().formatHex(key);
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException(e);
        }
    }
}
