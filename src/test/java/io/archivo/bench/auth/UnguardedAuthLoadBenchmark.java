package io.archivo.bench.auth;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Tag;

/** {@link AuthLoadBenchmark} without the failure limits: every guess costs a PBKDF2 hash, as before the guard. */
@QuarkusTest
@TestProfile(AuthBenchProfile.Unguarded.class)
@Tag("benchmark")
class UnguardedAuthLoadBenchmark extends AuthLoadBenchmark {

    @Override
    String mode() {
        return "unguarded (no failure limits; every guess is hashed)";
    }
}
