package io.archivo.access;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Users of the embedded HTTP Basic mode (no Keycloak): {@code archivo.users."<name>".password|roles|departments}.
 * The {@code admin} user always exists; its password comes from {@code archivo.admin-password}.
 */
@ConfigMapping(prefix = "archivo.auth")
public interface EmbeddedUsersConfig {

    /** Extra users besides admin, e.g. demo editors of one department. */
    Map<String, User> users();

    /** Unproven Basic attempts allowed per user name in one {@link #failureWindow()}; more get a 429. */
    @WithDefault("10")
    int failuresPerUser();

    /** Unproven Basic attempts allowed per client address in one {@link #failureWindow()}; more get a 429. */
    @WithDefault("30")
    int failuresPerAddress();

    @WithDefault("PT1M")
    Duration failureWindow();

    /** How long a verified Basic credential is accepted again without the slow password hash. */
    @WithDefault("PT1M")
    Duration verifiedTtl();

    interface User {
        String password();

        @WithDefault("editor")
        List<String> roles();

        Optional<List<String>> departments();
    }
}
