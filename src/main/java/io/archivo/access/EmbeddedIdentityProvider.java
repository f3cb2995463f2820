package io.archivo.access;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * HTTP Basic users of the embedded mode: {@code admin} (role admin) plus the users configured under
 * {@code archivo.auth.users}. Production uses Keycloak bearer tokens instead.
 */
@ApplicationScoped
public class EmbeddedIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private final AdminPassword adminPassword;
    private final EmbeddedUsersConfig users;

    EmbeddedIdentityProvider(AdminPassword adminPassword, EmbeddedUsersConfig users) {
        this.adminPassword = adminPassword;
        this.users = users;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        return context.runBlocking(() -> verify(request.getUsername(), request.getPassword().getPassword()));
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
