package com.inferplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jar's headless commands, run in process exactly as {@code Application.main} runs them. */
class CliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(args);
    }

    private JsonNode json() throws Exception {
        return new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void catalogJsonListsEveryRequiredIdWithSourcedFigures() throws Exception {
        assertThat(run("catalog", "--format", "json")).isZero();
        String text = out.toString(StandardCharsets.UTF_8);
        for (String id : new String[] {"cerebras-cs-3", "cerebras-cs-2", "nvidia-h100-sxm", "nvidia-h200-sxm",
                "nvidia-b200", "nvidia-gb200", "nvidia-b300", "nvidia-gb300", "amd-mi300x", "amd-mi325x", "amd-mi355x",
                "google-tpu-v5e", "google-tpu-v5p", "google-tpu-v6e", "google-tpu-v7", "aws-trainium2", "aws-trainium3",
                "aws-inferentia2", "microsoft-maia-100", "microsoft-maia-200", "groq-lpu", "sambanova-sn40l",
                "intel-gaudi3"}) {
            assertThat(text).contains("\"" + id + "\"");
        }
    }

    @Test
    void catalogCsvHasOneSourcedRowPerFigure() {
        assertThat(run("catalog", "--format", "csv")).isZero();
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines[0]).startsWith("id,field,value,unit,status,source_title,source_url");
        assertThat(lines).anyMatch(l -> l.startsWith("cerebras-cs-3,memoryTiers.on_chip_sram.capacityBytes,44000000000"));
    }

    @Test
    void profileOfLlama31EightBMatchesItsOfficialParameterCount() throws Exception {
        assertThat(run("profile", "--model", "llama-3.1-8b", "--format", "json")).isZero();
        // Meta's model card: 8.03 B parameters; KV per token = 2 (K,V) x 32 layers x 8 heads x 128 x 2 bytes.
        assertThat(json().path("parameters").path("total").asDouble()).isCloseTo(8.03e9, org.assertj.core.data.Percentage.withPercentage(1));
        assertThat(json().path("kvBytesPerToken").asDouble()).isEqualTo(131072.0);
    }

    @Test
    void profileMatchesEveryBuiltInModelsOfficialCountsWithinOnePercentOrTheirRoundingRange() throws Exception {
        var catalog = com.inferplan.engine.model.ModelCatalog.builtIn();
        for (var model : catalog.all()) {
            out.reset();
            assertThat(run("profile", "--model", model.id(), "--format", "json")).isZero();
            var official = catalog.source(model.id()).parameters();
            JsonNode parameters = json().path("parameters");
            assertThat(official.acceptsTotal(parameters.path("total").asLong())).as(model.id() + " total").isTrue();
            assertThat(official.acceptsActive(parameters.path("active").asLong())).as(model.id() + " active").isTrue();
        }
    }

    @Test
    void profileAcceptsAHuggingFaceRepoId() throws Exception {
        assertThat(run("profile", "--model", "MiniMaxAI/MiniMax-M2.5", "--format", "json")).isZero();
        assertThat(json().path("model").asText()).isEqualTo("minimax-m2.5");
    }

    @Test
    void profileFromAConfigFileWithAMissingFieldNamesIt(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("config.json");
        Files.writeString(config, "{\"model_type\":\"llama\",\"hidden_size\":4096}");

        assertThat(run("profile", "--config", config.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("num_hidden_layers");
    }

    @Test
    void evaluateOfEightBOnOneH100GivesAPlausibleSingleStreamSpeed() throws Exception {
        assertThat(run("evaluate", "--model", "llama-3.1-8b", "--hardware", "nvidia-h100-sxm", "--input", "1000",
                "--output", "1000", "--format", "json")).isZero();
        JsonNode result = json();
        // Published record: 100-300 tok/s for one stream of an 8B bf16 model on one H100.
        assertThat(result.path("outputTokensPerSecondPerUser").asDouble()).isBetween(100.0, 300.0);
        assertThat(result.path("deployment").path("chips").asInt()).isEqualTo(1);
    }

    @Test
    void evaluateWithSeparatePrefillWorkersCountsBothPoolsChips() throws Exception {
        // two B200 prefill workers of one chip each for one H100 decode worker of two chips: 4 chips in all
        assertThat(run("evaluate", "--model", "llama-3.1-8b", "--hardware", "nvidia-h100-sxm", "--chips", "2",
                "--concurrency", "16", "--input", "2000", "--output", "500", "--prefill-hardware", "nvidia-b200",
                "--prefill-chips", "1", "--prefill-workers", "2", "--decode-workers", "1", "--format", "json")).isZero();
        JsonNode result = json();
        assertThat(result.path("deployment").path("hardware").asText()).isEqualTo("nvidia-h100-sxm");
        assertThat(result.path("throughputTokensPerSecond").asDouble() / result.path("throughputTokensPerSecondPerChip")
                .asDouble()).isCloseTo(4.0, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(run("evaluate", "--model", "llama-3.1-8b", "--hardware", "nvidia-h100-sxm", "--prefill-workers", "2"))
                .isEqualTo(2);
    }

    @Test
    void evaluateOfAModelThatCannotFitGivesTheReasonAndNoNumbers() throws Exception {
        assertThat(run("evaluate", "--model", "llama-3.1-405b", "--hardware", "nvidia-h100-sxm", "--chips", "1",
                "--input", "1000", "--output", "1000")).isEqualTo(1);
        JsonNode result = json();
        assertThat(result.path("fits").asBoolean()).isFalse();
        assertThat(result.path("reason").asText()).contains("does not fit");
        assertThat(result.has("tpotMs")).isFalse();
    }

    @Test
    void validatePrintsTheSummaryLineLast(@TempDir Path dir) throws Exception {
        Path measurements = dir.resolve("m.csv");
        Files.writeString(measurements, """
                id,hardware,chips,model,weight_precision,kv_precision,framework,load,concurrency,input_tokens,output_tokens,metric,value
                X1,nvidia-h100-sxm,1,llama-3.1-8b,bf16,,vllm,closed,1,1000,1000,output_tok_s_per_user,150
                """);
        assertThat(run("validate", "--measurements", measurements.toString(), "--out", dir.resolve("o.csv").toString())).isZero();
        String[] lines = out.toString(StandardCharsets.UTF_8).trim().split("\n");
        assertThat(lines[lines.length - 1]).matches("validation: rows=1 predicted=1 median_abs_pct_error=\\S+ "
                + "p90_abs_pct_error=\\S+ within_25pct=\\S+%");
        assertThat(Files.readString(dir.resolve("o.csv"))).contains("predicted", "error_pct", "status");
    }

    @Test
    void unknownFlagIsAUsageErrorNamingIt() {
        assertThat(run("evaluate", "--model", "llama-3.1-8b", "--bogus", "1")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown flag --bogus");
    }

    @Test
    void badPrecisionNamesTheValue() {
        assertThat(run("profile", "--model", "llama-3.1-8b", "--weights", "fp3")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown precision 'fp3'");
    }

    @Test
    void validateOfAFileWithNoUsableRowFailsRatherThanReportingZeroError(@TempDir Path dir) throws Exception {
        Path measurements = dir.resolve("m.csv");
        Files.writeString(measurements, """
                id,hardware,chips,model,weight_precision,kv_precision,framework,load,concurrency,input_tokens,output_tokens,metric,value
                X1,no-such-chip,1,llama-3.1-8b,bf16,,vllm,closed,1,1000,1000,output_tok_s_per_user,150
                """);
        assertThat(run("validate", "--measurements", measurements.toString())).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("predicted=0");
    }

    @Test
    void validateRefusesToWriteItsResultsOverItsInput(@TempDir Path dir) throws Exception {
        Path measurements = dir.resolve("m.csv");
        String original = "id,hardware\n";
        Files.writeString(measurements, original);
        assertThat(run("validate", "--measurements", measurements.toString(), "--out",
                dir.resolve(".").resolve("m.csv").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("is the measurements file");
        assertThat(Files.readString(measurements)).isEqualTo(original);
    }

    @Test
    void helpAndVersionAreAnsweredByTheCliNotByStartingTheWebApp() {
        for (String flag : new String[] {"--help", "-h", "--version"}) {
            assertThat(Cli.handles(new String[] {flag})).as(flag).isTrue();
        }
        assertThat(Cli.handles(new String[] {"--server.port=9090"})).isFalse();
        assertThat(Cli.handles(new String[0])).isFalse();
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("validate --measurements", "user add", "starts the web app");
        out.reset();
        assertThat(run("--version")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).trim()).matches("InferPlan \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }
}
