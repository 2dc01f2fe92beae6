package com.inferplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;

class SimulateCommandTest {

    private static final String[] LIGHT_LOAD = {"simulate", "--model", "llama-3.1-8b", "--hardware", "nvidia-h100-sxm",
            "--rate", "2", "--requests", "500", "--input-mean", "500", "--output-mean", "100", "--seed", "3"};

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String[] base, String... extra) {
        List<String> args = new ArrayList<>(List.of(base));
        args.addAll(List.of(extra));
        out.reset();
        err.reset();
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(args.toArray(String[]::new));
    }

    private JsonNode json() throws Exception {
        return new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    }

    private String error() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aLightLoadCompletesEveryRequestAndReportsPercentilesThroughputAndTheDeployment() throws Exception {
        assertThat(run(LIGHT_LOAD, "--format", "json")).isZero();
        JsonNode json = json();

        assertThat(json.path("completed").asLong()).isEqualTo(500);
        for (String metric : List.of("ttftMs", "tpotMs")) {
            assertThat(json.path(metric).path("p50").asDouble()).isPositive();
            assertThat(json.path(metric).path("p90").asDouble()).isGreaterThanOrEqualTo(json.path(metric).path("p50").asDouble());
            assertThat(json.path(metric).path("p99").asDouble()).isGreaterThanOrEqualTo(json.path(metric).path("p90").asDouble());
        }
        // A stable system delivers what is offered: 2 requests/s × 100 output tokens = 200 tokens/s (the
        // run's length is 500 Poisson gaps, 250 s ± 4.5%).
        assertThat(json.path("throughputTokensPerSecond").asDouble()).isCloseTo(200, Percentage.withPercentage(12));
        assertThat(json.path("utilization").asDouble()).isBetween(0.0, 1.0);
        assertThat(json.path("deployment").path("model").asText()).isEqualTo("llama-3.1-8b");
        assertThat(json.path("deployment").path("hardware").asText()).isEqualTo("nvidia-h100-sxm");
        assertThat(json.path("deployment").path("totalChips").asInt()).isEqualTo(1);
        assertThat(json.path("transport").path("name").asText()).isEqualTo("HTTP/SSE");
    }

    @Test
    void aPersistentWebSocketTakesTwoHundredEightyMillisecondsOffEveryFirstToken() throws Exception {
        run(LIGHT_LOAD, "--transport", "http");
        double http = json().path("ttftMs").path("p50").asDouble();
        run(LIGHT_LOAD, "--transport", "websocket");
        double webSocket = json().path("ttftMs").path("p50").asDouble();

        // HTTP: set-up 100 + RTT 50 + round trip 100 + pre-inference 200 = 450 ms; an open WebSocket:
        // 50 + 20 + 100 = 170 ms. Same requests, same server times: 280 ms apart (sketch error 0.5%).
        assertThat(http - webSocket).isCloseTo(280, within(6.0));
    }

    @Test
    void findMaxRateReportsTheHighestRateThatMeetsTheSlo() throws Exception {
        String[] search = {"simulate", "--model", "llama-3.1-8b", "--hardware", "nvidia-h100-sxm", "--requests", "400",
                "--input-mean", "500", "--output-mean", "100", "--ttft-slo-ms", "1000", "--tpot-slo-ms", "50",
                "--slo-attainment", "90", "--find-max-rate"};

        assertThat(run(search)).isZero();
        JsonNode json = json();

        assertThat(json.path("maxRate").path("outcome").asText()).isEqualTo("FOUND");
        double rate = json.path("maxRate").path("ratePerSecond").asDouble();
        assertThat(rate).isBetween(json.path("maxRate").path("searchedFromRatePerSecond").asDouble(),
                json.path("maxRate").path("searchedToRatePerSecond").asDouble());
        assertThat(json.path("workload").path("ratePerSecond").asDouble()).isEqualTo(rate);
        assertThat(json.path("goodput").path("attained").asBoolean()).isTrue();
        assertThat(json.path("goodput").path("fraction").asDouble()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void aModelThatDoesNotFitExitsOneWithThePlannersReason() {
        String[] tooBig = {"simulate", "--model", "llama-3.1-70b", "--hardware", "nvidia-h100-sxm", "--chips", "1",
                "--rate", "1", "--requests", "10", "--input-mean", "1000", "--output-mean", "250"};

        assertThat(run(tooBig)).isEqualTo(1);
        // 70.6 B parameters × 2 bytes = 141 GB of bf16 weights against one 80 GB H100.
        assertThat(error()).startsWith("simulate: llama-3.1-70b on 1 × nvidia-h100-sxm does not fit: ")
                .contains("weights 141.11 GB").contains("of 80.00 GB");
        assertThat(out.size()).isZero();
    }

    @Test
    void anUnknownFlagIsAUsageErrorWithExitTwo() {
        assertThat(run(LIGHT_LOAD, "--speed", "3")).isEqualTo(2);
        assertThat(error()).contains("unknown flag --speed").contains("usage: java -jar inferplan.jar simulate");
    }

    @Test
    void outOfRangeValuesAreReportedAgainstTheirFlag() {
        assertThat(run(LIGHT_LOAD, "--requests", "2000001")).isEqualTo(2);
        assertThat(error()).contains("--requests '2000001' must be at most 2000000 per run");

        assertThat(run(LIGHT_LOAD, "--rate", "-1")).isEqualTo(2);
        assertThat(error()).contains("--rate '-1.0' must be a finite number > 0");

        assertThat(run(LIGHT_LOAD, "--arrivals", "sometimes")).isEqualTo(2);
        assertThat(error()).contains("--arrivals 'sometimes' is not one of");
    }
}
