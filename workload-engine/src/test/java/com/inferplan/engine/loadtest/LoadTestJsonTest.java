package com.inferplan.engine.loadtest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.inferplan.engine.serving.RunControl;
import com.inferplan.engine.serving.Slo;
import com.inferplan.engine.serving.SloSearchResult;
import com.inferplan.engine.transport.TransportProfile;
import org.junit.jupiter.api.Test;

class LoadTestJsonTest {

    private static final LoadTest TEST = new LoadTest(
            ServingPlanner.plan(LoadTestFixtures.ENGINE, LoadTestFixtures.choice("llama-3.1-8b", "nvidia-h100-sxm", null, 2),
                    500, 100),
            new WorkloadShape(2, 400, 4, 500, 0.5, 100, 0.5, 1), new Slo(2000, 100, 90), TransportProfile.httpSse());

    @Test
    void aRunCarriesTheSimulatorsFiguresAndTheDeploymentWorkloadAndTransportBehindThem() {
        JsonNode json = LoadTestJson.run(TEST, TEST.run(RunControl.NONE));

        assertThat(json.path("completed").asLong()).isEqualTo(400);
        assertThat(json.path("ttftMs").path("p99").asDouble()).isGreaterThanOrEqualTo(json.path("ttftMs").path("p50").asDouble());
        assertThat(json.path("tpotMs").has("p90")).isTrue();
        assertThat(json.path("deployment").path("model").asText()).isEqualTo("llama-3.1-8b");
        assertThat(json.path("deployment").path("replicas").asInt()).isEqualTo(2);
        assertThat(json.path("deployment").path("totalChips").asInt()).isEqualTo(2);
        assertThat(json.path("workload").path("arrivals").asText()).isEqualTo("bursty");
        // HTTP/SSE adds set-up 100 + RTT 50 + round trip 100 + pre-inference 200 ms to every first token.
        assertThat(json.path("transport").path("name").asText()).isEqualTo("HTTP/SSE");
        assertThat(json.path("ttftMs").path("p50").asDouble()).isGreaterThan(450);
    }

    @Test
    void theMaxRateAnswerSitsBesideTheSimulationAtThatRate() {
        SloSearchResult search = TEST.findMaxRate(RunControl.NONE);

        JsonNode json = LoadTestJson.maxRate(TEST, search);

        assertThat(json.path("maxRate").path("outcome").asText()).isEqualTo(search.outcome().name());
        assertThat(json.path("maxRate").path("ratePerSecond").asDouble()).isEqualTo(search.ratePerSecond());
        assertThat(json.path("workload").path("ratePerSecond").asDouble()).isEqualTo(search.ratePerSecond());
        assertThat(json.path("completed").asLong()).isEqualTo(search.atRate().completed());
    }
}
