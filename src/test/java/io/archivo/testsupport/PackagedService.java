package io.archivo.testsupport;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged service ({@code target/quarkus-app/quarkus-run.jar}, built by {@code package} before the failsafe
 * integration tests run) started as a separate process on its own data directory and a free port, so that a test
 * can stop it, kill it with SIGKILL and start it again on the same data. Each start appends to {@code service.log}
 * in the data directory's parent folder.
 */
public final class PackagedService implements AutoCloseable {

    private static final long START_TIMEOUT_MS = 180_000;

    private final Path jar;
    private final Path dataDir;
    private final Path log;
    private final Map<String, String> env;
    private final List<String> jvmArgs;
    private Process process;
    private int port;
    private long logOffset;

    public PackagedService(Path dataDir, Map<String, String> env) {
        this(dataDir, env, List.of());
    }

    /** {@code jvmArgs} such as {@code -Darchivo.auth.users.x.password=...} come before {@code -jar}. */
    /** The JVM options every launcher of the service reads (README, Docker image, these tests). */
    public static final Path JVM_OPTIONS = Path.of("src/main/jvm.options");

    public PackagedService(Path dataDir, Map<String, String> env, List<String> jvmArgs) {
        this.jvmArgs = List.copyOf(jvmArgs);
        this.jar = Path.of(System.getProperty("archivo.app.jar", "target/quarkus-app/quarkus-run.jar"));
        assumeTrue(Files.isRegularFile(jar), "the packaged service " + jar + " is missing: run ./mvnw -B verify");
        this.dataDir = dataDir;
        this.log = dataDir.resolveSibling(dataDir.getFileName() + "-service.log");
        this.env = env;
    }

    /** Starts the service and waits until it is ready (start-up reconciliation and seeding included); milliseconds. */
    public long start() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("already running");
        }
        long t0 = System.nanoTime();
        try {
            Files.createDirectories(dataDir);
            logOffset = Files.exists(log) ? Files.size(log) : 0;
            port = freePort();
            // the service's own JVM options (src/main/jvm.options), as the README's command and the image start it
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "@" + JVM_OPTIONS.toAbsolutePath(),
                    "-Xmx384m"));
            command.addAll(jvmArgs);
            command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            Map<String, String> environment = new HashMap<>(env);
            environment.put("ARCHIVO_DATA_DIR", dataDir.toAbsolutePath().toString());
            environment.put("QUARKUS_HTTP_PORT", String.valueOf(port));
            builder.environment().putAll(environment);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MS;
        while (!ready()) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited with " + process.exitValue() + ":\n" + newLog());
            }
            if (System.currentTimeMillis() > deadline) {
                kill();
                throw new IllegalStateException("the service was not ready within " + START_TIMEOUT_MS + " ms:\n" + newLog());
            }
            sleep(200);
        }
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
    }

    /** SIGKILL: no shutdown hook, no flush, no orderly close of the database or the index. */
    public void kill() {
        if (process != null) {
            process.destroyForcibly();
            waitFor();
        }
    }

    /** SIGTERM: the orderly shutdown an operator's {@code systemctl stop} gives. */
    public void stop() {
        if (process != null) {
            process.destroy();
            waitFor();
        }
    }

    /** The process id of the running service (for jcmd). */
    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    public String baseUri() {
        return "http://127.0.0.1:" + port;
    }

    /** A REST Assured request against this service as {@code user}. */
    public RequestSpecification as(String user, String password) {
        return RestAssured.given().baseUri(baseUri()).auth().preemptive().basic(user, password);
    }

    public RequestSpecification anonymous() {
        return RestAssured.given().baseUri(baseUri());
    }

    /** What the service logged since its last start. */
    public String newLog() {
        try {
            byte[] all = Files.exists(log) ? Files.readAllBytes(log) : new byte[0];
            int from = (int) Math.min(logOffset, all.length);
            return new String(all, from, all.length - from, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        stop();
    }

    private boolean ready() {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(baseUri() + "/q/health/ready").toURL().openConnection();
            c.setConnectTimeout(1000);
            c.setReadTimeout(5000);
            try {
                return c.getResponseCode() == 200;
            } finally {
                c.disconnect();
            }
        } catch (IOException notYet) {
            return false;
        }
    }

    private void waitFor() {
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
