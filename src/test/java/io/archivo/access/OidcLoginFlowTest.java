package io.archivo.access;

import static io.archivo.testsupport.Api.anonymous;
import static io.archivo.testsupport.Api.bearer;
import static io.archivo.testsupport.Api.editor;
import static io.archivo.testsupport.Api.variant;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archivo.testsupport.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.Cookie;
import io.restassured.response.Response;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The pages' browser login in the Keycloak mode, against the in-process OIDC test server (Wiremock): the web
 * tenant's authorization code flow with PKCE, a session cookie, the drafts marked for the signed-in admin, and
 * {@code /salir}'s RP-initiated logout. The test drives the redirects itself, with a cookie jar that applies
 * each answer's cookies as a browser does. {@code scripts/keycloak-e2e.sh} runs the same against a real Keycloak.
 */
@QuarkusTest
@TestProfile(OidcLoginFlowTest.WebLogin.class)
@Tag("persistence")
class OidcLoginFlowTest {

    static final String DRAFT = "CALI-OIDC-DRAFT-2025";

    /** The Keycloak mode's web tenant, pointed at the test server's endpoints (it publishes no discovery of them). */
    public static class WebLogin implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new LinkedHashMap<>();
            config.put("archivo.data-dir", "target/test-data-oidc-login");
            config.put("quarkus.oidc.web.tenant-enabled", "true");
            config.put("quarkus.oidc.web.auth-server-url", "${keycloak.url}/realms/quarkus/");
            config.put("quarkus.oidc.web.discovery-enabled", "false");
            config.put("quarkus.oidc.web.authorization-path", "/");
            config.put("quarkus.oidc.web.token-path", "token");
            config.put("quarkus.oidc.web.jwks-path", "protocol/openid-connect/certs");
            config.put("quarkus.oidc.web.end-session-path", "protocol/openid-connect/logout");
            config.put("quarkus.oidc.web.client-id", "quarkus-web-app");
            config.put("quarkus.oidc.web.credentials.secret", "secret");
            config.put("quarkus.oidc.web.token-state-manager.encryption-secret", "a-test-session-secret-of-32-chars-or-more");
            config.put("quarkus.oidc.web.token.issuer", "https://server.example.com");
            config.put("quarkus.oidc.web.token.audience", "https://id.server.example.com");
            // the test server's ID token (user alice, roles user and admin) carries its roles in "groups"
            config.put("quarkus.oidc.web.roles.role-claim-path", "groups");
            config.put("quarkus.oidc.web.authentication.cookie-force-secure", "false");
            return config;
        }
    }

    /** A draft of the Salud department (left in place for the next test). */
    static void aSaludDraft() {
        Api.ensureProcess("SAL-OIDC", "salud", "Salud");
        if (Api.admin().get("/api/v1/studies/" + DRAFT).statusCode() == 404) {
            byte[] doc = variant("/archive/encuesta-movilidad-2025.xml", "CALI-TEST-EMC-2025", DRAFT);
            editor().contentType("application/xml").body(doc).post("/api/v1/studies?process=SAL-OIDC").then()
                    .statusCode(201);
        }
    }

    @Test
    void anonymousPagesAreServedNotSentToTheProvider() {
        aSaludDraft();
        anonymous().redirects().follow(false).get("/").then().statusCode(200)
                .body(containsString("href=\"/entrar\""), not(containsString("Sesión:")));
        anonymous().redirects().follow(false).get("/buscar?q=movilidad").then().statusCode(200);
        anonymous().redirects().follow(false).get("/estudios/" + DRAFT).then().statusCode(404);
        // nobody to sign out: home
        anonymous().redirects().follow(false).get("/salir").then().statusCode(303);
    }

    @Test
    void signInSeeTheDraftMarkedSignOut() {
        aSaludDraft();
        Browser browser = new Browser();
        Response challenge = browser.get("/entrar");
        assertEquals(302, challenge.statusCode(), "/entrar starts the code flow");
        URI authorization = URI.create(challenge.header("Location"));
        Map<String, String> query = query(authorization);
        assertEquals("quarkus-web-app", query.get("client_id"));
        assertEquals("S256", query.get("code_challenge_method"), "PKCE");
        assertTrue(query.get("redirect_uri").endsWith("/entrar"), query.get("redirect_uri"));

        // the provider's login form answers with a redirect back to /entrar carrying the code and the state
        String provider = authorization.getScheme() + "://" + authorization.getAuthority();
        Response login = given().urlEncodingEnabled(true).redirects().follow(false)
                .queryParam("redirect_uri", query.get("redirect_uri")).queryParam("state", query.get("state"))
                .get(provider + "/login");
        assertEquals(302, login.statusCode());
        Response callback = browser.get(login.header("Location"));
        assertEquals(302, callback.statusCode(), "the code is exchanged and the session opened");
        assertFalse(browser.sessionCookies().isEmpty(), "a session cookie");
        Response back = browser.get(callback.header("Location"));
        assertEquals(303, back.statusCode());
        assertEquals("/", URI.create(back.header("Location")).getPath());

        String home = browser.get("/").then().statusCode(200).extract().asString();
        assertTrue(home.contains("Sesión: alice (administración: ve todo) · <a href=\"/salir\">Salir</a>"), home);
        browser.get("/estudios/" + DRAFT).then().statusCode(200).body(containsString("Borrador: no publicado"));

        Set<String> session = browser.sessionCookies();
        Response logout = browser.get("/salir");
        assertEquals(302, logout.statusCode(), "RP-initiated logout");
        String endSession = logout.header("Location");
        assertTrue(endSession.startsWith(provider + "/auth/realms/quarkus/protocol/openid-connect/logout?"), endSession);
        Map<String, String> logoutQuery = query(URI.create(endSession));
        assertTrue(logoutQuery.containsKey("id_token_hint"));
        assertEquals(URI.create(query.get("redirect_uri")).resolve("/").toString(),
                logoutQuery.get("post_logout_redirect_uri"));
        assertEquals(session, Browser.removedBy(logout), "/salir removes every session cookie");
        assertTrue(browser.sessionCookies().isEmpty());

        // back from the provider (…/?state=…): the public home page, anonymous, and the draft is gone
        browser.get("/?state=" + logoutQuery.get("state")).then().statusCode(200)
                .body(not(containsString("Sesión:")));
        browser.get("/estudios/" + DRAFT).then().statusCode(404);
    }

    @Test
    void aSessionCookieThatNoLongerVerifiesMakesThePageAnonymous() {
        aSaludDraft();
        // what a browser holding part of an ended session sends (one chunk of two): the page is served, anonymous,
        // and the broken cookie removed; not a 401
        Response page = anonymous().redirects().follow(false).cookie("q_session_web_chunk_1", "eyJhbGciOiJBMjU2R0NNS1ci")
                .get("/estudios/" + DRAFT);
        assertEquals(404, page.statusCode(), "the draft stays hidden");
        Response home = anonymous().redirects().follow(false).cookie("q_session_web_chunk_1", "eyJhbGciOiJBMjU2R0NNS1ci")
                .get("/");
        assertEquals(200, home.statusCode());
        assertFalse(home.asString().contains("Sesión:"));
        assertEquals(0, home.detailedCookie("q_session_web_chunk_1").getMaxAge(), "the broken cookie is removed");
    }

    @Test
    void bearerTokensKeepWorkingOnTheApiAndThePages() {
        aSaludDraft();
        bearer("root", Set.of("admin"), List.of()).get("/api/v1/studies/" + DRAFT).then().statusCode(200);
        // a page asked with a bearer token is answered for that token, not sent to the login
        bearer("root", Set.of("admin"), List.of()).redirects().follow(false).get("/estudios/" + DRAFT).then()
                .statusCode(200).body(containsString("Borrador"));
        given().auth().oauth2("not-a-token").get("/api/v1/studies").then().statusCode(401);
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            out.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }

    /** Requests with the cookies a browser would hold: each answer's cookies set, and removed at Max-Age=0. */
    private static final class Browser {
        private final Map<String, String> cookies = new LinkedHashMap<>();

        Response get(String url) {
            Response response = given().urlEncodingEnabled(false).redirects().follow(false).cookies(cookies).get(url);
            for (Cookie cookie : response.detailedCookies()) {
                if (cookie.getMaxAge() == 0) {
                    cookies.remove(cookie.getName());
                } else {
                    cookies.put(cookie.getName(), cookie.getValue());
                }
            }
            return response;
        }

        Set<String> sessionCookies() {
            Set<String> out = new TreeSet<>();
            cookies.keySet().stream().filter(n -> n.startsWith("q_session_web")).forEach(out::add);
            return out;
        }

        static Set<String> removedBy(Response response) {
            Set<String> out = new TreeSet<>();
            response.detailedCookies().asList().stream().filter(c -> c.getMaxAge() == 0)
                    .filter(c -> c.getName().startsWith("q_session_web")).forEach(c -> out.add(c.getName()));
            return out;
        }
    }
}
