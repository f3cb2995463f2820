package io.archivo.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.archivo.testsupport.PackagedService;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The service's JVM options live in one file that every launcher reads: a typo there would stop the service from
 * starting, and a launcher that forgot the file would run (and be measured) with other options than the rest.
 */
class JvmOptionsTest {

    private static final Path OPTIONS = PackagedService.JVM_OPTIONS;

    @Test
    void theJvmAcceptsEveryOptionOfTheFile() throws Exception {
        List<String> options = Files.readAllLines(OPTIONS).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        assertFalse(options.isEmpty(), OPTIONS + " holds no option");

        Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "@" + OPTIONS.toAbsolutePath(), "-XX:+PrintCommandLineFlags", "-XshowSettings:properties", "-version")
                .redirectErrorStream(true).start();
        String out = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(java.waitFor(60, TimeUnit.SECONDS), "java -version did not finish");
        assertEquals(0, java.exitValue(), "the JVM refused " + OPTIONS + ":\n" + out);
        for (String option : options) {
            // flags are printed as given; system properties as "name = value" among the settings
            String shown = option.startsWith("-D") ? option.substring(2).replaceFirst("=", " = ") : option;
            assertTrue(out.contains(shown), option + " is not in effect:\n" + out);
        }
    }

    @Test
    void everyLauncherOfTheServiceReadsTheFile() throws IOException {
        assertTrue(read("README.md").contains("java @src/main/jvm.options -jar target/quarkus-app/quarkus-run.jar"),
                "README's run command");
        String docker = read("docker/Dockerfile");
        assertTrue(docker.contains("COPY --chown=archivo src/main/jvm.options /app/jvm.options")
                && docker.contains("\"@/app/jvm.options\", \"-jar\""), "the image's entry point");
        assertTrue(read("scripts/keycloak-e2e.sh").contains("java @src/main/jvm.options -jar"), "the Keycloak end-to-end run");
        assertTrue(read("pom.xml").contains("<argLine>@${project.basedir}/src/main/jvm.options"), "the test JVMs");
    }

    private static String read(String file) throws IOException {
        return Files.readString(Path.of(file));
    }
}
