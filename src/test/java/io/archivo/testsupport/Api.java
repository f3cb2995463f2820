package io.archivo.testsupport;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** REST Assured shortcuts for the three kinds of caller the tests use, and test resources. */
public final class Api {

    public static final String ADMIN_PASSWORD = "admin-test-password";

    private Api() {
    }

    public static RequestSpecification anonymous() {
        return given().urlEncodingEnabled(false);
    }

    public static RequestSpecification admin() {
        return given().urlEncodingEnabled(false).auth().preemptive().basic("admin", ADMIN_PASSWORD);
    }

    /** An editor of the Salud department. */
    public static RequestSpecification editor() {
        return given().urlEncodingEnabled(false).auth().preemptive().basic("editor-salud", "editor-test-password");
    }

    /** An editor of the Educación department (another department than {@link #editor()}'s). */
    public static RequestSpecification otherEditor() {
        return given().urlEncodingEnabled(false).auth().preemptive().basic("editor-educacion", "editor-test-password");
    }

    /** A caller with a signed bearer token from the OIDC test server (Keycloak-shaped claims). */
    public static RequestSpecification bearer(String user, java.util.Set<String> roles, java.util.List<String> departments) {
        return given().urlEncodingEnabled(false).auth().oauth2(OidcTestServer.token(user, roles, departments));
    }

    /** An authenticated user without the editor role. */
    public static RequestSpecification reader() {
        return given().urlEncodingEnabled(false).auth().preemptive().basic("lector", "lector-test-password");
    }

    /**
     * Creates (or leaves in place) a minimal process of the inventory, so that studies can be linked to it.
     * {@code department} and {@code type} are inventory codes, e.g. {@code salud}, {@code operacion_estadistica}.
     */
    public static void ensureProcess(String code, String department, String thematicArea) {
        if (admin().get("/api/v1/processes/" + code).statusCode() == 200) {
            return;
        }
        String json = "{\"code\":\"" + code + "\",\"name\":\"Proceso de prueba " + code + "\",\"department\":\""
                + department + "\",\"type\":\"operacion_estadistica\",\"thematicArea\":\"" + thematicArea
                + "\",\"purpose\":\"Medir la movilidad urbana\",\"classification\":\"publica\"}";
        admin().contentType("application/json").body(json).post("/api/v1/processes").then().statusCode(201);
    }

    /** The path segment of an IDNo, percent-encoded as clients must send it. */
    public static String enc(String idno) {
        return URLEncoder.encode(idno, StandardCharsets.UTF_8).replace("+", "%20");
    }

    public static byte[] resource(String path) {
        try (InputStream in = Api.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The read-only shared material beside the repository (official schemas, DDI corpus). */
    public static Path sharedDir() {
        return Path.of(System.getProperty("archivo.shared.dir", "../shared"));
    }

    /** The resource text with every occurrence of {@code from} replaced, as UTF-8 bytes. */
    public static byte[] variant(String path, String from, String to) {
        return variant(path, from, to, StandardCharsets.UTF_8);
    }

    /** The resource text with every occurrence of {@code from} replaced, kept in the resource's own encoding. */
    public static byte[] variant(String path, String from, String to, java.nio.charset.Charset encoding) {
        String text = new String(resource(path), encoding);
        if (!text.contains(from)) {
            throw new IllegalArgumentException(path + " does not contain " + from);
        }
        return text.replace(from, to).getBytes(encoding);
    }
}
