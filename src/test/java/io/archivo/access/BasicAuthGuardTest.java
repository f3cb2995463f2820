package io.archivo.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archivo.common.config.ArchivoConfig;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.PasswordCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The slow admin hash runs once per credential and interval, and guessing is refused before it runs. */
class BasicAuthGuardTest {

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final AtomicInteger hashes = new AtomicInteger();
    private final BasicAuthGuard guard = new BasicAuthGuard(60_000, 10, 30, 60_000, now::get);
    private final EmbeddedIdentityProvider provider = new EmbeddedIdentityProvider(countingAdminPassword("s3creto"),
            noUsers(), guard);

    @Test
    void aVerifiedCredentialIsNotHashedAgainWithinItsInterval() {
        SecurityIdentity first = login("admin", "s3creto");
        assertSame(first, login("admin", "s3creto"));
        assertSame(first, login("admin", "s3creto"));
        assertEquals(1, hashes.get(), "one slow hash for three requests");

        assertThrows(AuthenticationFailedException.class, () -> login("admin", "s3creto "));
        assertEquals(2, hashes.get(), "another password is another credential");

        now.addAndGet(60_001);
        login("admin", "s3creto");
        assertEquals(3, hashes.get(), "after the interval the credential is verified again");
    }

    @Test
    void theCacheStaysSmall() {
        for (int i = 0; i < 5000; i++) {
            BasicAuthGuard.Attempt attempt = guard.attempt("user" + i, "pw".toCharArray(), "10.0.0." + (i % 250));
            attempt.succeeded(SecurityIdentityStub.NAMED);
        }
        assertTrue(guard.cachedCredentials() <= 1024, "bounded: " + guard.cachedCredentials());
    }

    @Test
    void repeatedFailuresOfOneUserAreRefusedWithoutHashing() {
        for (int i = 0; i < 10; i++) {
            assertEquals(0, BasicAuthGuard.retryAfterSeconds(assertThrows(AuthenticationFailedException.class, () -> login("admin", "adivina"))), "a plain failure");
        }
        assertEquals(10, hashes.get());
        AuthenticationFailedException refused = assertThrows(AuthenticationFailedException.class, () -> login("admin", "adivina"));
        assertEquals(10, hashes.get(), "the refused attempt costs no hash");
        assertEquals(60, BasicAuthGuard.retryAfterSeconds(refused));
        assertEquals(60, BasicAuthGuard.retryAfterSeconds(assertThrows(AuthenticationFailedException.class,
                () -> login("admin", "s3creto"))), "while throttled even the right password is not checked");

        now.addAndGet(45_000);
        assertEquals(15, BasicAuthGuard.retryAfterSeconds(assertThrows(AuthenticationFailedException.class, () -> login("admin", "x"))));
        now.addAndGet(15_000);
        login("admin", "s3creto");
        assertEquals(11, hashes.get(), "a new window lets the user try again");
    }

    @Test
    void aCredentialVerifiedBeforeTheAttackStillWorks() {
        SecurityIdentity admin = login("admin", "s3creto");
        for (int i = 0; i < 10; i++) {
            String guess = "adivina" + i;
            assertThrows(AuthenticationFailedException.class, () -> login("admin", guess));
        }
        assertEquals(60, BasicAuthGuard.retryAfterSeconds(assertThrows(AuthenticationFailedException.class,
                () -> login("admin", "adivina"))));
        assertSame(admin, login("admin", "s3creto"));
        assertEquals(0, guard.attempt("admin", "s3creto".toCharArray(), "127.0.0.1").refusalSeconds());
        assertEquals(60, guard.attempt("admin", "otra".toCharArray(), "127.0.0.1").refusalSeconds());
    }

    @Test
    void successesTakeTheirAttemptBack() {
        BasicAuthGuard uncached = new BasicAuthGuard(0, 10, 30, 60_000, now::get);
        EmbeddedIdentityProvider hashingEveryTime = new EmbeddedIdentityProvider(countingAdminPassword("s3creto"),
                noUsers(), uncached);
        for (int i = 0; i < 25; i++) {
            hashingEveryTime.authenticate(new UsernamePasswordAuthenticationRequest("admin",
                    new PasswordCredential("s3creto".toCharArray())), new Blocking()).await().atMost(Duration.ofSeconds(5));
        }
        assertEquals(25, hashes.get());
        assertEquals(0, uncached.attempt("admin", "adivina".toCharArray(), "127.0.0.1").refusalSeconds());
    }

    @Test
    void oneAddressGuessingManyUsersIsRefused() {
        for (int i = 0; i < 30; i++) {
            BasicAuthGuard.Attempt attempt = guard.attempt("usuario" + i, "x".toCharArray(), "203.0.113.7");
            attempt.begin();
        }
        BasicAuthGuard.Attempt next = guard.attempt("otro", "x".toCharArray(), "203.0.113.7");
        assertEquals(60, next.refusalSeconds());
        assertEquals(60, BasicAuthGuard.retryAfterSeconds(assertThrows(AuthenticationFailedException.class, next::begin)));
        guard.attempt("otro", "x".toCharArray(), "198.51.100.1").begin(); // another address is not affected
    }

    private SecurityIdentity login(String user, String password) {
        return provider.authenticate(new UsernamePasswordAuthenticationRequest(user,
                new PasswordCredential(password.toCharArray())), new Blocking()).await().atMost(Duration.ofSeconds(5));
    }

    private AdminPassword countingAdminPassword(String password) {
        ArchivoConfig config = (ArchivoConfig) Proxy.newProxyInstance(ArchivoConfig.class.getClassLoader(),
                new Class<?>[] { ArchivoConfig.class }, (proxy, method, args) -> switch (method.getName()) {
                    case "dataDir" -> Path.of("target/unused");
                    case "adminPassword" -> Optional.of(password);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return new AdminPassword(config) {
            @Override
            public boolean matches(char[] candidate) {
                hashes.incrementAndGet();
                return super.matches(candidate);
            }
        };
    }

    private static EmbeddedUsersConfig noUsers() {
        return (EmbeddedUsersConfig) Proxy.newProxyInstance(EmbeddedUsersConfig.class.getClassLoader(),
                new Class<?>[] { EmbeddedUsersConfig.class }, (proxy, method, args) -> switch (method.getName()) {
                    case "users" -> Map.of();
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static final class Blocking implements AuthenticationRequestContext {
        @Override
        public Uni<SecurityIdentity> runBlocking(Supplier<SecurityIdentity> function) {
            return Uni.createFrom().item(function);
        }
    }

    private static final class SecurityIdentityStub {
        static final SecurityIdentity NAMED = io.quarkus.security.runtime.QuarkusSecurityIdentity.builder()
                .setPrincipal(new io.quarkus.security.runtime.QuarkusPrincipal("x")).build();
    }
}
