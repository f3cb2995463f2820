package io.archivo.access;

import io.quarkus.oidc.TenantResolver;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Picks the OIDC tenant of a request in the Keycloak mode: the citizens' pages (and {@code /entrar}, {@code /salir})
 * use the {@value #WEB} tenant, Keycloak's browser login (authorization code flow, a session cookie); everything
 * else, the API above all, the default tenant, which accepts bearer tokens only. A page requested with a bearer
 * token keeps the default tenant, so a script sees a page as the API sees it. With the web tenant off (the
 * embedded mode, and the tests' default profile) every request keeps the default tenant and {@code /entrar} asks
 * for HTTP Basic.
 */
@ApplicationScoped
public class WebLoginTenantResolver implements TenantResolver {

    /** The tenant of the browser login ({@code quarkus.oidc.web.*}). */
    public static final String WEB = "web";

    private static final List<String> PAGE_PREFIXES = List.of("/buscar", "/estudios/", "/procesos", "/dependencias/",
            "/plan", "/transparencia", "/entrar", "/salir");

    private final boolean webLogin;

    WebLoginTenantResolver(@ConfigProperty(name = "quarkus.oidc.web.tenant-enabled", defaultValue = "false")
            boolean webLogin) {
        this.webLogin = webLogin;
    }

    @Override
    public String resolve(RoutingContext context) {
        if (!webLogin || hasBearerToken(context)) {
            return null;
        }
        return isPage(context.normalizedPath()) ? WEB : null;
    }

    static boolean isPage(String path) {
        if (path.equals("/")) {
            return true;
        }
        for (String prefix : PAGE_PREFIXES) {
            if (path.startsWith(prefix) && (prefix.endsWith("/") || path.length() == prefix.length()
                    || path.charAt(prefix.length()) == '/')) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasBearerToken(RoutingContext context) {
        String authorization = context.request().getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }
}
