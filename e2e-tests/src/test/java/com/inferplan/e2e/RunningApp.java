package com.inferplan.e2e;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The real application jar started as a separate process on a free port, with its own H2 file
 * database in a fresh temporary folder (so a restart keeps what was saved), or on the database that
 * {@code extraArgs} name. The first admin comes from start-up properties with a random password.
 */
public final class RunningApp implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final Path jar;
    private final Path dataDir;
    private final Path log;
    private final List<String> extraArgs;
    /** One per test JVM, so that instances sharing a database (PostgresInstancesIT) share their admin too. */
    private static final String ADMIN_PASSWORD = "e2e-" + java.util.UUID.randomUUID();
    private final String adminPassword = ADMIN_PASSWORD;
    private int port;
    private Process process;

    private RunningApp(Path jar, Path dataDir, List<String> extraArgs) throws IOException {
        this.jar = jar;
        this.extraArgs = List.copyOf(extraArgs);
        this.dataDir = dataDir;
        this.log = dataDir.resolve("app.log");
    }

    public static RunningApp start() throws Exception {
        return start(List.of());
    }

    /** {@code extraArgs} are more start-up properties, e.g. {@code --spring.datasource.url=…}. */
    public static RunningApp start(List<String> extraArgs) throws Exception {
        Path jar = Path.of(System.getProperty("app.jar", "../frontend/target/inferplan.jar")).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("app jar not found at " + jar + "; build from the root: mvn install");
        }
        RunningApp app = new RunningApp(jar, Files.createTempDirectory("inferplan-e2e"), extraArgs);
        app.launch();
        return app;
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** The admin created at start-up: {@value #ADMIN}. */
    public static final String ADMIN = "admin";

    public String adminPassword() {
        return adminPassword;
    }

    /** The password every user that {@link #createUser} makes gets. */
    public static final String USER_PASSWORD = "e2e-user-password";

    /** {@code Authorization} header value for HTTP Basic. */
    public static String basic(String user, String password) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public String adminAuthorization() {
        return basic(ADMIN, adminPassword);
    }

    /** Creates a user through the REST API as the admin (the way an admin's script would). */
    public void createUser(String name, String role) throws Exception {
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(URI.create(url("/api/v1/users")))
                        .header("Authorization", adminAuthorization()).header("Content-Type", "application/json")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name
                                + "\",\"role\":\"" + role + "\",\"password\":\"" + USER_PASSWORD + "\"}"))
                        .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201 && response.statusCode() != 409) {
            throw new IllegalStateException("could not create user " + name + ": " + response.body());
        }
    }

    public void restart() throws Exception {
        stop();
        launch();
    }

    /** SIGKILL, as a crash or the OOM killer would end it (no shutdown hook, no close), then a fresh start. */
    public void killAndRestart() throws Exception {
        process.destroyForcibly().waitFor();
        launch();
    }

    private void launch() throws Exception {
        port = freePort();
        List<String> command = new java.util.ArrayList<>(List.of("java", "-Xmx768m", "-jar", jar.toString(),
                "--server.port=" + port,
                "--inferplan.data-dir=" + dataDir,
                "--inferplan.admin.name=" + ADMIN));
        command.addAll(extraArgs);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("INFERPLAN_ADMIN_PASSWORD", adminPassword);
        process = builder
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        awaitHttpOk();
    }

    private void awaitHttpOk() throws Exception {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("app exited during start-up; log:\n" + Files.readString(log));
            }
            try {
                // The admin's sign-in, not just an open port: the first admin is created after the web server starts.
                HttpURLConnection c = (HttpURLConnection) URI.create(url("/api/v1/hardware/nvidia-h100-sxm")).toURL()
                        .openConnection();
                c.setConnectTimeout(1000);
                c.setRequestProperty("Authorization", adminAuthorization());
                if (c.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("app did not answer within " + START_TIMEOUT + "; log:\n" + Files.readString(log));
    }

    private void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws Exception {
        stop();
    }
}
