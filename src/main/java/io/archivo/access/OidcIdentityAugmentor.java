package io.archivo.access;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Maps a Keycloak bearer token onto Archivo's identity: the department claim (default {@code departments}; a
 * {@code /}-separated path such as {@code archivo/departments} also works) becomes the identity attribute
 * {@link CurrentCaller#DEPARTMENTS_ATTRIBUTE}, normalised to department codes. Realm roles arrive as roles through
 * {@code quarkus.oidc.roles.role-claim-path=realm_access/roles}; {@code admin} implies {@code editor}.
 * Identities from HTTP Basic (no JWT principal) pass through untouched.
 */
@ApplicationScoped
public class OidcIdentityAugmentor implements SecurityIdentityAugmentor {

    private final String departmentsClaim;

    OidcIdentityAugmentor(@ConfigProperty(name = "archivo.oidc.departments-claim", defaultValue = "departments")
            String departmentsClaim) {
        this.departmentsClaim = departmentsClaim;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return Uni.createFrom().item(identity);
        }
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder(identity);
        builder.addAttribute(CurrentCaller.DEPARTMENTS_ATTRIBUTE, Set.copyOf(Departments.codes(claim(jwt))));
        if (identity.hasRole(Caller.ADMIN)) {
            builder.addRole(Caller.EDITOR);
        }
        return Uni.createFrom().item(builder.build());
    }

    private List<String> claim(JsonWebToken jwt) {
        String[] path = departmentsClaim.split("/");
        Object value = jwt.getClaim(path[0]);
        for (int i = 1; i < path.length && value != null; i++) {
            value = value instanceof JsonObject o ? o.get(path[i]) : null;
        }
        return strings(value);
    }

    private static List<String> strings(Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof JsonArray array) {
            for (JsonValue v : array) {
                out.add(v instanceof JsonString s ? s.getString() : v.toString());
            }
        } else if (value instanceof JsonString s) {
            out.add(s.getString());
        } else if (value instanceof Collection<?> c) {
            c.forEach(v -> out.add(String.valueOf(v)));
        } else if (value != null) {
            out.add(value.toString());
        }
        return out;
    }
}
