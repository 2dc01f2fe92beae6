package com.inferplan.backend.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.inferplan.backend.TestBackendApplication;
import com.inferplan.backend.scenario.PublishedExample;
import com.inferplan.backend.scenario.ScenarioCodec;
import com.inferplan.engine.testing.JsonMutations;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Hostile and careless bodies on every REST write and computation (issue 16): none may answer 5xx,
 * leak internals (class names, SQL, stack frames), echo a large input, or fail without naming the
 * field; no answer may carry NaN or Infinity. Prints how many inputs were tried.
 */
@SpringBootTest(properties = "inferplan.work.budget-seconds=2")
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputFuzzTest {

    private static final Pattern LEAK = Pattern.compile(
            "(?i)exception|\\b(com|org|java|javax|jakarta)\\.[a-z]+\\.|jooq|\\bsql\\b|select \"|insert into|caused by|\\tat ");
    private static final Pattern NOT_A_NUMBER = Pattern.compile("\\bNaN\\b|\\bInfinity\\b");
    private static final int MAX_ERROR_BYTES = 8_192;
    /** The 2 s budget plus slack for a loaded 2-core CI machine; an unbounded input takes minutes. */
    private static final double MAX_SECONDS = 3;

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    private String analyst;
    private String admin;

    @BeforeAll
    void tokens() throws Exception {
        analyst = token(TestBackendApplication.basic(TestBackendApplication.ANALYST, TestBackendApplication.PASSWORD));
        admin = token(TestBackendApplication.basic("admin", "test-admin-password"));
    }

    @Test
    void noBadBodyOnAnyEndpointAnswers5xxLeaksInternalsOrLeavesTheFieldUnnamed() throws Exception {
        List<String> failures = new ArrayList<>();
        java.util.Map<String, Integer> kinds = new java.util.TreeMap<>();
        int tried = 0;
        for (Endpoint endpoint : endpoints()) {
            for (String body : sample(JsonMutations.of(endpoint.validBody(), 200, 16), endpoint.maxInputs())) {
                tried++;
                String problem;
                MockHttpServletResponse response = null;
                try {
                    long started = System.nanoTime();
                    response = mvc.perform(endpoint.request().get().contentType(MediaType.APPLICATION_JSON)
                            .header(HttpHeaders.AUTHORIZATION, endpoint.asAdmin() ? admin : analyst).content(body))
                            .andReturn().getResponse();
                    double seconds = (System.nanoTime() - started) / 1e9;
                    problem = seconds > MAX_SECONDS ? "took %.1f s".formatted(seconds) : problem(response, body);
                } catch (Exception unhandled) {
                    problem = "unhandled " + unhandled.getCause();
                }
                String kind = abbreviate(endpoint.name() + " " + (response == null ? "-" : response.getStatus()) + " " + problem, 90);
                if (problem != null && kinds.merge(kind.replaceAll(" of \\d+ bytes", ""), 1, Integer::sum) <= 3) {
                    failures.add(endpoint.name() + " " + (response == null ? "-" : response.getStatus()) + " " + problem
                            + " <- " + abbreviate(body, 300) + " -> " + (response == null ? "" : abbreviate(response.getContentAsString(), 300)));
                }
            }
        }
        System.out.println("BadInputFuzzTest: " + tried + " bad inputs tried; failures by kind:");
        kinds.forEach((kind, count) -> System.out.println("  " + count + " × " + kind));
        assertThat(failures).isEmpty();
    }

    private String problem(MockHttpServletResponse response, String input) throws Exception {
        String body = response.getContentAsString();
        int status = response.getStatus();
        if (status >= 500) {
            return "server error";
        }
        if (status < 300) {
            // A name given as "NaN" comes back as that name; a computed NaN or Infinity is never an answer.
            return NOT_A_NUMBER.matcher(body).find() && !NOT_A_NUMBER.matcher(input).find()
                    ? "NaN or Infinity in an answer" : null;
        }
        if (body.length() > MAX_ERROR_BYTES) {
            return "error body of " + body.length() + " bytes";
        }
        if (LEAK.matcher(body).find()) {
            return "internals leaked";
        }
        if (status == 400) {
            JsonNode errors = json.readTree(body).path("errors");
            if (errors.isEmpty() || !errors.findValuesAsText("field").stream().allMatch(f -> !f.isBlank())) {
                return "field not named";
            }
        }
        return null;
    }

    private List<Endpoint> endpoints() {
        String scenario = ScenarioCodec.toJson(PublishedExample.scenario());
        return List.of(
                new Endpoint("evaluate", () -> post("/api/v1/evaluations"), """
                        {"model":"llama-3.1-8b","hardware":"nvidia-h100-sxm","chips":1,"weights":"bf16",
                         "inputTokens":1000,"outputTokens":200,"batch":8}""", 2_000, false),
                new Endpoint("frontier", () -> post("/api/v1/evaluations/frontier?maxChips=8&maxBatch=64"),
                        "{\"model\":\"llama-3.1-8b\",\"hardware\":\"nvidia-h100-sxm\"}", 300, false),
                new Endpoint("cost", () -> post("/api/v1/costs"),
                        "{\"usdPerChipHour\":2.00,\"tokensPerSecond\":1000,\"utilization\":0.5}", 1_000, false),
                new Endpoint("simulate", () -> post("/api/v1/simulations"), """
                        {"deployment": {"model": "llama-3.1-8b", "hardware": "nvidia-h100-sxm"},
                         "workload": {"ratePerSecond": 2, "requests": 100, "inputMeanTokens": 500, "outputMeanTokens": 100,
                                      "inputSigma": 0.5, "outputSigma": 0.5, "seed": 4},
                         "slo": {"ttftMs": 1000, "tpotMs": 50, "attainmentPercent": 90},
                         "transport": "websocket"}""", 800, false),
                new Endpoint("agentic", () -> post("/api/v1/agentic-tasks"), """
                        {"task": {"name": "one edit", "initialContextTokens": 1000,
                                  "turns": [{"addedContextTokens": 0, "outputTokens": 101, "toolSeconds": 1}]},
                         "options": [{"label": "stated", "speed": {"outputTokensPerSecond": 100, "firstTokenSeconds": 0.5,
                                      "prefillTokensPerSecond": 10000}, "transport": "websocket", "passRate": 0.5,
                                      "usdPerMillionInput": 1, "usdPerMillionOutput": 10}]}""", 1_000, false),
                new Endpoint("hardware", () -> post("/api/v1/hardware"), """
                        {"id":"fuzz-x1","vendor":"Acme","name":"X1","year":2026,"kind":"gpu","bf16Tflops":500,
                         "memoryKind":"hbm","memoryGb":96,"memoryTbPerSecond":3.2,"sourceTitle":"Acme X1 datasheet",
                         "sourceUrl":"https://example.com/x1","status":"VENDOR_PUBLISHED"}""", 1_000, false),
                new Endpoint("model", () -> post("/api/v1/models"), """
                        {"id":"fuzz-llama","displayName":"Fuzz","config":{"model_type":"llama","hidden_size":2048,
                         "intermediate_size":8192,"num_hidden_layers":16,"num_attention_heads":32,"num_key_value_heads":8,
                         "head_dim":64,"vocab_size":128256,"max_position_embeddings":131072,"tie_word_embeddings":true,
                         "rms_norm_eps":1e-5,"rope_theta":500000.0,"torch_dtype":"bfloat16"}}""", 1_000, false),
                new Endpoint("cost-basis", () -> post("/api/v1/cost-bases"), """
                        {"name":"Fuzz basis","hardwareId":"nvidia-h100-sxm","basis":{"type":"on-demand","usdPerChipHour":2.1}}""",
                        800, false),
                new Endpoint("scenario", () -> post("/api/v1/scenarios"), "{\"name\":\"Fuzz\",\"scenario\":" + scenario + "}",
                        600, false),
                new Endpoint("scenario-results", () -> post("/api/v1/scenarios/results"), scenario, 400, false),
                new Endpoint("scenario-update", () -> put("/api/v1/scenarios/no-such-scenario"),
                        "{\"name\":\"Fuzz\",\"version\":1,\"scenario\":" + scenario + "}", 300, false),
                new Endpoint("user", () -> post("/api/v1/users"),
                        "{\"name\":\"fuzzer\",\"role\":\"analyst\",\"password\":\"long-enough-pw\"}", 300, true),
                new Endpoint("token", () -> post("/api/v1/tokens"), "{\"name\":\"fuzz\"}", 100, false));
    }

    private static List<String> sample(List<String> bodies, int max) {
        List<String> shuffled = new ArrayList<>(bodies);
        Collections.shuffle(shuffled, new Random(7));
        return shuffled.subList(0, Math.min(max, shuffled.size()));
    }

    private String token(String basic) throws Exception {
        String created = mvc.perform(post("/api/v1/tokens").header(HttpHeaders.AUTHORIZATION, basic)
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"fuzz\"}")).andReturn().getResponse()
                .getContentAsString();
        return "Bearer " + json.readTree(created).path("secret").asText();
    }

    private static String abbreviate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length) + "…(" + text.length() + " chars)";
    }

    private record Endpoint(String name, java.util.function.Supplier<MockHttpServletRequestBuilder> request, String validBody, int maxInputs,
                            boolean asAdmin) {
    }
}
