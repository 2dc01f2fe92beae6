package com.inferplan.backend.serving;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
class SimulationApiTest {

    private static final String LIGHT_LOAD = """
            {"deployment": {"model": "llama-3.1-8b", "hardware": "nvidia-h100-sxm"},
             "workload": {"ratePerSecond": 2, "requests": 300, "inputMeanTokens": 500, "outputMeanTokens": 100,
                          "inputSigma": 0.5, "outputSigma": 0.5, "seed": 4},
             "slo": {"ttftMs": 1000, "tpotMs": 50, "attainmentPercent": 90},
             "transport": "websocket"}""";

    @Autowired
    MockMvc mvc;

    private ResultActions post(String body) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post("/api/v1/simulations")
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void aLightLoadCompletesEveryRequestWithPercentilesAndTheDeploymentUsed() throws Exception {
        post(LIGHT_LOAD)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.completed").value(300))
                .andExpect(jsonPath("$.ttftMs.p99").isNumber())
                .andExpect(jsonPath("$.tpotMs.p50").isNumber())
                .andExpect(jsonPath("$.throughputTokensPerSecond").isNumber())
                .andExpect(jsonPath("$.goodput.sloTtftMs").value(1000.0))
                .andExpect(jsonPath("$.deployment.model").value("llama-3.1-8b"))
                .andExpect(jsonPath("$.deployment.replicas").value(1))
                .andExpect(jsonPath("$.transport.name").value("WebSocket (persistent)"))
                // An open WebSocket adds RTT 50 + round trip 20 + pre-inference 100 = 170 ms to every first token.
                .andExpect(jsonPath("$.ttftMs.p50").value(greaterThanOrEqualTo(170.0)));
    }

    @Test
    void theSearchAnswersTheHighestRateMeetingTheSlo() throws Exception {
        post(LIGHT_LOAD.replace("\"transport\": \"websocket\"}", "\"transport\": \"websocket\", \"findMaxRate\": true}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.maxRate.outcome").value("FOUND"))
                .andExpect(jsonPath("$.maxRate.ratePerSecond").isNumber())
                .andExpect(jsonPath("$.goodput.attained").value(true));
    }

    @Test
    void moreThanTwoMillionRequestsIsRefusedOnTheField() throws Exception {
        post(LIGHT_LOAD.replace("\"requests\": 300", "\"requests\": 2000001"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("workload.requests"))
                .andExpect(jsonPath("$.errors[0].rejectedValue").value("2000001"))
                .andExpect(jsonPath("$.errors[0].message").value("must be less than or equal to 2000000"));
    }

    @Test
    void aDeploymentThatDoesNotFitIsRefusedWithThePlannersReason() throws Exception {
        // 141 GB of bf16 weights against one 80 GB H100.
        post(LIGHT_LOAD.replace("\"model\": \"llama-3.1-8b\", \"hardware\": \"nvidia-h100-sxm\"",
                "\"model\": \"llama-3.1-70b\", \"hardware\": \"nvidia-h100-sxm\", \"chips\": 1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("deployment"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("does not fit")))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("of 80.00 GB")));
    }

    @Test
    void everyMissingFieldIsListed() throws Exception {
        post("""
                {"deployment": {"model": "llama-3.1-8b"}, "workload": {"requests": 10}}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("deployment.hardware")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("workload.ratePerSecond")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("workload.inputMeanTokens")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("workload.outputMeanTokens")));
    }

    @Test
    void anUnknownModelIsNamed() throws Exception {
        post(LIGHT_LOAD.replace("llama-3.1-8b", "no-such-model"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("deployment.model"))
                .andExpect(jsonPath("$.errors[0].rejectedValue").value("no-such-model"));
    }

    @Test
    void lengthsBeyondTheModelsContextAreRefused() throws Exception {
        // Llama 2 7B has a 4,096-token window; 4,000 + 500 tokens do not fit it.
        post(LIGHT_LOAD.replace("llama-3.1-8b", "llama-2-7b").replace("\"inputMeanTokens\": 500", "\"inputMeanTokens\": 4000")
                .replace("\"outputMeanTokens\": 100", "\"outputMeanTokens\": 500"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("workload.outputMeanTokens"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString(
                        "prompt + output = 4,500 tokens exceeds this model's 4,096-token context")));
    }
}
