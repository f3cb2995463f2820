package io.archivo.operations;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archivo.bench.SyntheticCodebooks;
import io.archivo.testsupport.PackagedService;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A second start on an existing data directory (issue 16): the packaged service starts on an empty directory with
 * the defaults (demo catalogue on, no admin password configured), is stopped, and starts again. The second start
 * must not seed the demo again nor generate a new admin password (the first one and the configured users keep
 * working), must reopen the H2 file (no migration, the data kept) and the search index as it was: opened, not
 * created or rebuilt, with nothing to re-index.
 */
class RestartIT {

    private static final Pattern GENERATED = Pattern.compile("Generated password for the embedded 'admin' user[^:]*: (\\S+)");
    private static final String EDITOR_PASSWORD = "restart-editor-password";

    @Test
    void aSecondStartReopensEverythingAndSeedsNothing() throws Exception {
        Path dataDir = Path.of("target", "restart-it", "run-" + System.currentTimeMillis(), "data");
        try (PackagedService service = new PackagedService(dataDir, Map.of(), List.of(
                "-Darchivo.auth.users.editora.password=" + EDITOR_PASSWORD,
                "-Darchivo.auth.users.editora.roles=editor",
                "-Darchivo.auth.users.editora.departments=salud"))) {
            service.start();
            String first = service.newLog();
            Matcher generated = GENERATED.matcher(first);
            assertTrue(generated.find(), "the first start generates and logs the admin password:\n" + first);
            String password = generated.group(1);
            assertFalse(generated.find(), "the generated password is logged once");
            assertEquals("rw-------", PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(dataDir.resolve("secrets/admin-password.pbkdf2"))));
            assertTrue(first.contains("Seeded the illustrative demo catalogue"), first);
            JsonPath index = adminIndex(service, password);
            assertEquals("created", index.getString("atStartup.index"));

            // something of our own besides the demo: it must still be there after the restart
            String idno = SyntheticCodebooks.idno("RESTART", 1);
            service.as("admin", password).contentType("application/xml")
                    .body(SyntheticCodebooks.codebook(1, idno, 3)).post("/api/v1/studies").then().statusCode(201);
            service.as("admin", password).post("/api/v1/studies/{idno}/publish", idno).then().statusCode(200);
            long studies = total(service, password, "/api/v1/studies");
            long processes = total(service, password, "/api/v1/processes");
            assertTrue(studies > 1 && processes > 0, "demo studies " + studies + ", processes " + processes);

            service.stop();
            service.start();
            String second = service.newLog();
            assertFalse(GENERATED.matcher(second).find(), "no new admin password:\n" + second);
            assertFalse(second.contains("Seeded the illustrative demo catalogue"), "no second seeding:\n" + second);
            assertTrue(second.contains("No migration necessary"), "the H2 file is reopened as it was:\n" + second);
            assertTrue(second.contains("Search index opened (schema"), second);

            index = adminIndex(service, password);
            assertEquals("opened", index.getString("atStartup.index"), "the index is reopened, not rebuilt");
            assertEquals(0, index.getInt("atStartup.reconciliation.indexed"), "nothing had to be re-indexed");
            assertEquals(0, index.getInt("atStartup.reconciliation.removed"));
            assertEquals(studies, index.getInt("atStartup.reconciliation.unchanged"));
            assertTrue(index.getBoolean("consistent"), index.prettify());

            assertEquals(studies, total(service, password, "/api/v1/studies"), "the same studies, none seeded twice");
            assertEquals(processes, total(service, password, "/api/v1/processes"));
            service.anonymous().get("/api/v1/studies/{idno}", idno).then().statusCode(200);
            service.as("admin", password).queryParam("type", "study").queryParam("size", 1).get("/api/v1/search")
                    .then().statusCode(200).body("total", equalTo((int) studies));
            service.as("admin", "not-the-password").get("/api/v1/admin/index").then().statusCode(401);
            service.as("editora", EDITOR_PASSWORD).queryParam("status", "draft").get("/api/v1/studies").then()
                    .statusCode(200);
            service.as("editora", EDITOR_PASSWORD).post("/api/v1/studies/{idno}/withdraw", idno).then()
                    .statusCode(403);
        }
    }

    private static JsonPath adminIndex(PackagedService service, String password) {
        return service.as("admin", password).get("/api/v1/admin/index").then().statusCode(200).extract().jsonPath();
    }

    private static long total(PackagedService service, String password, String path) {
        return service.as("admin", password).queryParam("size", 1).get(path).then().statusCode(200).extract()
                .jsonPath().getLong("total");
    }
}
