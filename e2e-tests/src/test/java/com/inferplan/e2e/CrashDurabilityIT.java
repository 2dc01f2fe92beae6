package com.inferplan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Durability on the default embedded H2 file and on PostgreSQL (issue 16, decision 0810): the app is killed with SIGKILL
 * in the middle of a burst of saves; after a restart on the same data directory every save that had
 * been acknowledged (201) is there.
 */
class CrashDurabilityIT {

    private static final int CLIENTS = 4;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void everyAcknowledgedSaveSurvivesAKillDuringABurstOfSavesOnTheDefaultH2File() throws Exception {
        killDuringABurstOfSaves(List.of());
    }

    @Test
    void everyAcknowledgedSaveSurvivesAKillDuringABurstOfSavesOnPostgresql() throws Exception {
        FreshPostgresDatabase database = FreshPostgresDatabase.create();
        try {
            killDuringABurstOfSaves(database.appArguments());
        } finally {
            database.drop();
        }
    }

    private void killDuringABurstOfSaves(List<String> appArguments) throws Exception {
        try (RunningApp app = RunningApp.start(appArguments)) {
            String token = token(app);
            Queue<String> acknowledged = new ConcurrentLinkedQueue<>();
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                clients.submit(() -> saveUntilRefused(app, token, client, acknowledged));
            }
            Thread.sleep(4_000);
            app.killAndRestart();
            clients.shutdown();
            assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

            List<String> lost = new ArrayList<>();
            for (String id : acknowledged) {
                if (get(app, token, "/api/v1/cost-bases/" + id).statusCode() != 200) {
                    lost.add(id);
                }
            }
            System.out.println("CrashDurabilityIT: " + acknowledged.size() + " acknowledged saves before the kill, "
                    + lost.size() + " lost");
            assertThat(acknowledged).hasSizeGreaterThan(20);
            assertThat(lost).isEmpty();
        }
    }

    private void saveUntilRefused(RunningApp app, String token, int client, Queue<String> acknowledged) {
        for (int i = 0; ; i++) {
            String body = "{\"name\":\"crash " + client + " " + i + "\",\"hardwareId\":\"nvidia-h100-sxm\","
                    + "\"basis\":{\"type\":\"on-demand\",\"usdPerChipHour\":2.5}}";
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(app.url("/api/v1/cost-bases")))
                        .header("Authorization", token).header("Content-Type", "application/json")
                        .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 201) {
                    return;
                }
                acknowledged.add(json.readTree(response.body()).path("id").asText());
            } catch (Exception connectionGone) {
                return;
            }
        }
    }

    private String token(RunningApp app) throws Exception {
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(app.url("/api/v1/tokens")))
                .header("Authorization", app.adminAuthorization()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"crash test\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).isEqualTo(201);
        return "Bearer " + json.readTree(created.body()).path("secret").asText();
    }

    private HttpResponse<String> get(RunningApp app, String token, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(app.url(path))).header("Authorization", token).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
