package com.inferplan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A shared deployment: two instances of the real jar on one PostgreSQL database (a fresh one per
 * run). An edit saved through one instance is never overwritten by a stale edit through the other,
 * and a database restart under a running instance fails requests cleanly, after which the instance
 * recovers by itself. Needs the server that .ci/postgres.sh sets up, and root (as CI runs) to stop
 * and start it; the server is always started again, whatever happens.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PostgresInstancesIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static FreshPostgresDatabase database;
    private static RunningApp a;
    private static RunningApp b;

    @BeforeAll
    static void startTwoInstancesOnOneDatabase() throws Exception {
        database = FreshPostgresDatabase.create();
        List<String> onPostgres = database.appArguments();
        a = RunningApp.start(onPostgres);
        b = RunningApp.start(onPostgres);
    }

    @AfterAll
    static void stopEverything() throws Exception {
        try {
            closeQuietly(a);
            closeQuietly(b);
        } finally {
            ServerControl.start(); // a safety net: the restart test starts it in its own finally too
            if (database != null) {
                database.drop();
            }
        }
    }

    @Test
    @Order(1)
    void aStaleEditThroughTheOtherInstanceIsAConflictAndLosesNothing() throws Exception {
        String example = send(a, "GET", "/api/v1/scenarios/examples/codex-spark", null).body();
        HttpResponse<String> created = send(a, "POST", "/api/v1/scenarios",
                "{\"name\":\"x\",\"scenario\":" + example + "}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = JSON.readTree(created.body()).get("id").asText();

        HttpResponse<String> onB = send(b, "GET", "/api/v1/scenarios/" + id, null);
        assertThat(onB.statusCode()).as(onB.body()).isEqualTo(200);
        JsonNode readOnB = JSON.readTree(onB.body());
        assertThat(readOnB.get("name").asText()).isEqualTo("x");
        assertThat(readOnB.get("version").asInt()).isEqualTo(1);

        HttpResponse<String> savedOnA = send(a, "PUT", "/api/v1/scenarios/" + id,
                "{\"name\":\"edited on A\",\"version\":1,\"scenario\":" + example + "}");
        assertThat(savedOnA.statusCode()).as(savedOnA.body()).isEqualTo(200);

        // B still holds version 1: its save must be refused, not written over A's.
        HttpResponse<String> staleOnB = send(b, "PUT", "/api/v1/scenarios/" + id,
                "{\"name\":\"edited on B\",\"version\":1,\"scenario\":" + example + "}");
        assertThat(staleOnB.statusCode()).as(staleOnB.body()).isEqualTo(409);
        assertThat(staleOnB.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(JSON.readTree(staleOnB.body()).get("type").asText()).isEqualTo("urn:inferplan:problem:edit-conflict");

        JsonNode afterOnB = JSON.readTree(send(b, "GET", "/api/v1/scenarios/" + id, null).body());
        assertThat(afterOnB.get("name").asText()).isEqualTo("edited on A");
        assertThat(afterOnB.get("version").asInt()).isEqualTo(2);
    }

    @Test
    @Order(2)
    void aDatabaseRestartFailsRequestsCleanlyAndTheInstanceRecoversByItself() throws Exception {
        assertThat(send(a, "GET", "/api/v1/scenarios", null).statusCode()).isEqualTo(200);

        HttpResponse<String> duringOutage;
        try {
            ServerControl.stop();
            duringOutage = send(a, "GET", "/api/v1/scenarios", null);
        } finally {
            ServerControl.start();
        }
        int afterwards = statusOnceRecovered(Duration.ofSeconds(30));

        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(duringOutage.statusCode()).as("status while the server is down; body " + duringOutage.body())
                .isEqualTo(503);
        softly.assertThat(duringOutage.headers().firstValue("Retry-After")).as("Retry-After").isPresent();
        softly.assertThat(duringOutage.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/problem+json");
        softly.assertThat(duringOutage.body()).contains("database is unavailable")
                // Nothing of the internals: no stack trace, no exception or driver names, no SQL.
                .doesNotContain("Exception", "\tat ", "org.", "com.zaxxer", "jdbc", "SQL", "trace");
        softly.assertThat(afterwards).as("GET /api/v1/scenarios within 30 s of the server's return").isEqualTo(200);
        softly.assertAll();
    }

    private static int statusOnceRecovered(Duration patience) throws Exception {
        Instant deadline = Instant.now().plus(patience);
        int status;
        do {
            Thread.sleep(1000);
            status = send(a, "GET", "/api/v1/scenarios", null).statusCode();
        } while (status != 200 && Instant.now().isBefore(deadline));
        return status;
    }

    /**
     * One REST call with the admin's HTTP Basic credentials. Always A's: the admin is created by the
     * instance that finds the shared database without one, so B's own start-up password never took.
     */
    private static HttpResponse<String> send(RunningApp app, String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.url(path)))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", a.adminAuthorization())
                .header("Accept", "application/json, application/problem+json");
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void closeQuietly(RunningApp app) {
        try {
            if (app != null) {
                app.close();
            }
        } catch (Exception e) {
            System.err.println("could not stop an app instance: " + e);
        }
    }

    /** Debian's cluster tools, as root. Fast shutdown: a smart one would wait for the apps' pooled connections. */
    private static final class ServerControl {

        private static final List<String> CLUSTER = List.of("pg_ctlcluster", "15", "main");

        static void stop() throws Exception {
            run("stop", "-m", "fast");
        }

        /** Starts the server unless it runs already (so it is safe to call twice). */
        static void start() throws Exception {
            if (run("status") != 0) {
                run("start");
            }
        }

        private static int run(String... action) throws Exception {
            List<String> command = new java.util.ArrayList<>(CLUSTER);
            command.addAll(List.of(action));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(command + " did not finish within 60 s");
            }
            if (process.exitValue() != 0 && !"status".equals(action[0])) {
                throw new IllegalStateException(command + " failed (" + process.exitValue() + "): " + output
                        + " This test stops and starts the PostgreSQL server and must run as root, as CI does.");
            }
            return process.exitValue();
        }
    }
}
