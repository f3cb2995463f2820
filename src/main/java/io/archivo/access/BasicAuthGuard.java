package io.archivo.access;

import io.archivo.common.problem.SecurityExceptionMappers;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * Keeps HTTP Basic cheap under load while the password hash stays slow: a credential verified a moment ago is
 * accepted from {@link VerifiedCredentials} without hashing again, and unproven attempts are limited per user name
 * and per client address ({@link FailureThrottle}); over the limit a caller gets 429 with Retry-After instead of a
 * hash. A credential already verified is still accepted while its user or address is throttled, so an attacker
 * guessing the admin's password does not lock out an admin who is already working.
 */
@ApplicationScoped
public class BasicAuthGuard {

    private final VerifiedCredentials verified;
    private final FailureThrottle perUser;
    private final FailureThrottle perAddress;

    @Inject
    BasicAuthGuard(EmbeddedUsersConfig config) {
        this(config.verifiedTtl().toMillis(), config.failuresPerUser(), config.failuresPerAddress(),
                config.failureWindow().toMillis(), System::currentTimeMillis);
    }

    BasicAuthGuard(long ttlMillis, int failuresPerUser, int failuresPerAddress, long windowMillis,
            java.util.function.LongSupplier clock) {
        this.verified = new VerifiedCredentials(ttlMillis, 1024, clock);
        this.perUser = new FailureThrottle(failuresPerUser, windowMillis, 10_000, clock);
        this.perAddress = new FailureThrottle(failuresPerAddress, windowMillis, 10_000, clock);
    }

    /** One Basic attempt: {@link #cached()} if the credential was verified a moment ago, else {@link #begin()}. */
    public final class Attempt {
        private final String user;
        private final String address;
        private final String key;

        private Attempt(String user, char[] password, String address) {
            this.user = user;
            this.address = address == null ? "unknown" : address;
            this.key = verified.keyOf(user, password);
        }

        public SecurityIdentity cached() {
            return verified.get(key);
        }

        /** Counts the attempt before the slow check, or refuses it when the user or the address is over its limit. */
        public void begin() {
            if (!perUser.tryAcquire(user)) {
                throw tooMany(perUser.waitMillis(user));
            }
            if (!perAddress.tryAcquire(address)) {
                perUser.release(user);
                throw tooMany(perAddress.waitMillis(address));
            }
        }

        public void succeeded(SecurityIdentity identity) {
            perUser.release(user);
            perAddress.release(address);
            verified.put(key, identity);
        }

        /** Seconds to wait before this attempt could be checked, 0 when it may go ahead now. */
        public long refusalSeconds() {
            if (cached() != null) {
                return 0;
            }
            long wait = Math.max(perUser.waitMillis(user), perAddress.waitMillis(address));
            return wait == 0 ? 0 : seconds(wait);
        }
    }

    public Attempt attempt(String user, char[] password, String clientAddress) {
        return new Attempt(user, password, clientAddress);
    }

    int cachedCredentials() {
        return verified.size();
    }

    /** An authentication failure that the error mapping answers with 429 and Retry-After. */
    static AuthenticationFailedException tooMany(long waitMillis) {
        return new AuthenticationFailedException("Too many failed authentication attempts",
                Map.of(SecurityExceptionMappers.RETRY_AFTER, seconds(waitMillis)));
    }

    static long retryAfterSeconds(AuthenticationFailedException e) {
        return e.getAttribute(SecurityExceptionMappers.RETRY_AFTER) instanceof Long seconds ? seconds : 0;
    }

    private static long seconds(long millis) {
        return Math.max(1, (millis + 999) / 1000);
    }
}
