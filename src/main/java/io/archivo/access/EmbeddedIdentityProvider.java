package io.archivo.access;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * HTTP Basic users of the embedded mode: {@code admin} (role admin) plus the users configured under
 * {@code archivo.auth.users}. Production uses Keycloak bearer tokens instead. {@link BasicAuthGuard} spares the
 * password check for a credential verified a moment ago and refuses guessing (429).
 */
@ApplicationScoped
public class EmbeddedIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private final AdminPassword adminPassword;
    private final EmbeddedUsersConfig users;
    private final BasicAuthGuard guard;

    EmbeddedIdentityProvider(AdminPassword adminPassword, EmbeddedUsersConfig users, BasicAuthGuard guard) {
        this.adminPassword = adminPassword;
        this.users = users;
        this.guard = guard;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        RoutingContext rc = HttpSecurityUtils.getRoutingContextAttribute(request);
        String address = rc == null ? null : BasicAuthThrottleFilter.clientAddress(rc);
        BasicAuthGuard.Attempt attempt = guard.attempt(request.getUsername(), request.getPassword().getPassword(), address);
        SecurityIdentity cached = attempt.cached();
        if (cached != null) {
            return Uni.createFrom().item(cached);
        }
        return context.runBlocking(() -> {
            attempt.begin();
            SecurityIdentity identity = verify(request.getUsername(), request.getPassword().getPassword());
            attempt.succeeded(identity);
            return identity;
        });
    }

    private SecurityIdentity verify(String username, char[] password) {
        if ("admin".equals(username)) {
            if (adminPassword.matches(password)) {
                return identity(username, Set.of(Caller.ADMIN, Caller.EDITOR), Set.of());
            }
            throw new AuthenticationFailedException();
        }
        EmbeddedUsersConfig.User user = users.users().get(username);
        if (user != null && MessageDigest.isEqual(user.password().getBytes(StandardCharsets.UTF_8),
                new String(password).getBytes(StandardCharsets.UTF_8))) {
            return identity(username, new HashSet<>(user.roles()), new HashSet<>(user.departments().orElse(List.of())));
        }
        throw new AuthenticationFailedException();
    }

    private static SecurityIdentity identity(String name, Set<String> roles, Set<String> departments) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(name))
                .addRoles(roles)
                .addAttribute(CurrentCaller.DEPARTMENTS_ATTRIBUTE, Set.copyOf(departments))
                .build();
    }
}
