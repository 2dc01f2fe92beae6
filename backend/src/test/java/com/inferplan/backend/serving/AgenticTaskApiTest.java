package com.inferplan.backend.serving;

import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

@SpringBootTest
@AutoConfigureMockMvc
class AgenticTaskApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    private ResultActions post(String body) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post("/api/v1/agentic-tasks")
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    /**
     * The published case on the long run (docs/decisions/0405). Spark: 30 × 1,899 / 1,000 = 56.97 s decode
     * + 60 s tools + TTFT (0.3 + 13,200 / 20,000) + 29 × (0.3 + 1,200 / 20,000) = 11.4 s + WebSocket
     * 0.45293 + 29 × 0.30293 = 9.2379 s → 137.608 s = 2.2935 min; per solved task ÷ 0.584 = 3.9272 min.
     * Codex: 850.2985 + 60 + 39.6 + 30 × 0.6399 = 969.096 s = 16.1516 min; ÷ 0.773 = 20.895 min.
     * Input: Σ (10,100 + 3,100 k) for k = 1…30 = 1,744,500 tokens, 48,000 of them uncached at $1.75/M and
     * the rest cached at $0.175/M = $0.38089, plus 57,000 output tokens × $14/M = $0.798 → $1.17889 an
     * attempt; ÷ 0.584 = $2.0186 and ÷ 0.773 = $1.5251 per solved task.
     */
    @Test
    void thePublishedCodexSparkCaseGivesTwoAndAHalfMinutesAgainstSixteen() throws Exception {
        post(json.writeValueAsString(CodexSparkCase.request("long-agentic-run")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.task.turns").value(30))
                .andExpect(jsonPath("$.task.finalContextTokens").value(105_000))
                .andExpect(jsonPath("$.options[0].transport").value("WebSocket (persistent)"))
                .andExpect(jsonPath("$.options[0].minutesPerTask", closeTo(2.2935, 1e-4), Double.class))
                .andExpect(jsonPath("$.options[0].minutesPerSolvedTask", closeTo(3.9272, 1e-4), Double.class))
                .andExpect(jsonPath("$.options[0].usdPerAttempt", closeTo(1.17889, 1e-5), Double.class))
                .andExpect(jsonPath("$.options[0].usdPerSolvedTask", closeTo(2.0186, 1e-4), Double.class))
                .andExpect(jsonPath("$.options[1].transport").value("HTTP/SSE"))
                .andExpect(jsonPath("$.options[1].minutesPerTask", closeTo(16.1516, 1e-4), Double.class))
                .andExpect(jsonPath("$.options[1].minutesPerSolvedTask", closeTo(20.895, 1e-3), Double.class))
                .andExpect(jsonPath("$.options[1].usdPerSolvedTask", closeTo(1.5251, 1e-4), Double.class))
                .andExpect(jsonPath("$.options[1].attempt.inputTokens").value(1_744_500));
    }

    @Test
    void aCustomTurnIsTimedByHand() throws Exception {
        // TTFT 0.5 + 1,000 / 10,000 = 0.6 s; 100 more tokens at 100 tok/s = 1 s; tools 1 s; a new WebSocket:
        // set-up 150 + RTT 50 + round trip 20 + pre-inference 100 ms + 100 × 0.07 ms = 0.327 s → 2.927 s.
        post("""
                {"task": {"name": "one edit", "initialContextTokens": 1000,
                          "turns": [{"addedContextTokens": 0, "outputTokens": 101, "toolSeconds": 1}]},
                 "options": [{"label": "stated", "speed": {"outputTokensPerSecond": 100, "firstTokenSeconds": 0.5,
                              "prefillTokensPerSecond": 10000}, "transport": "websocket", "passRate": 0.5,
                              "usdPerMillionInput": 1, "usdPerMillionOutput": 10}]}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.options[0].attempt.wallSeconds", closeTo(2.927, 1e-9), Double.class))
                .andExpect(jsonPath("$.options[0].minutesPerSolvedTask", closeTo(2 * 2.927 / 60, 1e-9), Double.class))
                .andExpect(jsonPath("$.options[0].attemptsFor90Percent").value(4));
    }

    @Test
    void deploymentOptionsTakeTheirSpeedFromThePerformanceModel() throws Exception {
        post("""
                {"task": {"preset": "interactive-edit"},
                 "options": [
                   {"label": "compact on CS-3", "model": "qwen3-coder-30b-a3b", "hardware": "cerebras-cs-3",
                    "transport": "websocket", "passRate": 1, "usdPerMillionInput": 0, "usdPerMillionOutput": 0},
                   {"label": "large on H200", "model": "deepseek-v3", "hardware": "nvidia-h200-sxm",
                    "transport": "http", "passRate": 1, "usdPerMillionInput": 0, "usdPerMillionOutput": 0}]}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.options[0].speedSource").value("deployment"))
                .andExpect(jsonPath("$.options[0].deployment.hardware").value("cerebras-cs-3"))
                .andExpect(jsonPath("$.options[0].deployment.chips").value(greaterThan(0)))
                .andExpect(jsonPath("$.options[1].deployment.model").value("deepseek-v3"))
                .andExpect(jsonPath("$.options[0].outputTokensPerSecond").value(greaterThan(0.0)));
    }

    @Test
    void aTaskLongerThanTheModelsWindowIsRefusedOnTheOption() throws Exception {
        // The long run grows to 12,000 + 30 × 3,100 = 105,000 tokens; Llama 2 7B holds 4,096.
        post("""
                {"task": {"preset": "long-agentic-run"},
                 "options": [{"label": "small", "model": "llama-2-7b", "hardware": "nvidia-h100-sxm",
                    "transport": "http", "passRate": 0.5, "usdPerMillionInput": 0, "usdPerMillionOutput": 0}]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("options[0].model"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("105000 tokens of context")));
    }

    @Test
    void anOptionNeedsExactlyOneSourceOfSpeed() throws Exception {
        post("""
                {"task": {"preset": "interactive-edit"},
                 "options": [{"label": "nothing", "transport": "http", "passRate": 0.5,
                              "usdPerMillionInput": 0, "usdPerMillionOutput": 0}]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("options[0]"))
                .andExpect(jsonPath("$.errors[0].message").value("give either model and hardware or a stated speed"));
    }

    @Test
    void aPassRateOfZeroIsRefusedOnItsField() throws Exception {
        post("""
                {"task": {"preset": "interactive-edit"},
                 "options": [{"label": "x", "speed": {"outputTokensPerSecond": 100, "firstTokenSeconds": 0.5,
                              "prefillTokensPerSecond": 10000}, "transport": "http", "passRate": 0,
                              "usdPerMillionInput": 0, "usdPerMillionOutput": 0}]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("options[0].passRate"));
    }
}
