package com.inferplan.backend.evaluation;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThan;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class EvaluationApiTest {

    @Autowired
    MockMvc mvc;

    private org.springframework.test.web.servlet.ResultActions evaluate(String body) throws Exception {
        return mvc.perform(post("/api/v1/evaluations").contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void compactModelOnOneCs3StreamsOverAThousandTokensPerSecond() throws Exception {
        // Published record: Cerebras serves llama-3.1-8b at ~1,800 tok/s for a single stream (Aug 2024).
        evaluate("{\"model\":\"llama-3.1-8b\",\"hardware\":\"cerebras-cs-3\",\"inputTokens\":1000,\"outputTokens\":1000}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fits").value(true))
                .andExpect(jsonPath("$.outputTokensPerSecondPerUser").value(greaterThan(1000.0)));
    }

    @Test
    void eightBillionOnOneH100IsMemoryBoundAtBatchOne() throws Exception {
        evaluate("{\"model\":\"llama-3.1-8b\",\"hardware\":\"nvidia-h100-sxm\",\"chips\":1,\"weights\":\"bf16\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outputTokensPerSecondPerUser").value(allOf(greaterThan(100.0), lessThan(300.0))))
                .andExpect(jsonPath("$.decodeBottleneck").value("memory"));
    }

    @Test
    void aQuantisedRepoIdEvaluatesItsBaseArchitectureInTheFormatItsNameStates() throws Exception {
        evaluate("{\"model\":\"nvidia/Llama-3.3-70B-Instruct-FP8\",\"hardware\":\"nvidia-h100-sxm\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.deployment.model").value("llama-3.3-70b"))
                .andExpect(jsonPath("$.deployment.weightPrecision").value("fp8"));
        evaluate("{\"model\":\"nvidia/Llama-3.3-70B-Instruct-FP8\",\"hardware\":\"nvidia-h100-sxm\",\"weights\":\"bf16\"}")
                .andExpect(jsonPath("$.deployment.weightPrecision").value("bf16"));
    }

    @Test
    void modelThatDoesNotFitIsAnAnswerWithTheReasonAndNoNumbers() throws Exception {
        evaluate("{\"model\":\"llama-3.1-405b\",\"hardware\":\"nvidia-h100-sxm\",\"chips\":1}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fits").value(false))
                .andExpect(jsonPath("$.reason").isNotEmpty())
                .andExpect(jsonPath("$.tpotMs").doesNotExist());
    }

    @Test
    void invalidInputIsAProblemNamingTheField() throws Exception {
        evaluate("{\"model\":\"llama-3.1-8b\",\"hardware\":\"nvidia-h100-sxm\",\"chips\":0}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("chips"));
        evaluate("{\"model\":\"llama-3.1-8b\",\"hardware\":\"nvidia-h100-sxm\",\"weights\":\"fp3\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("weights"));
    }

    @Test
    void aHuggingFaceRepoIdEvaluatesTheSameModel() throws Exception {
        evaluate("{\"model\":\"META-LLAMA/Llama-3.1-8B\",\"hardware\":\"nvidia-h100-sxm\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fits").value(true));
    }

    @Test
    void anUnknownModelIsAFieldProblemListingNearMatches() throws Exception {
        evaluate("{\"model\":\"meta-llama/Llama-3.1-9B\",\"hardware\":\"nvidia-h100-sxm\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("model"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("meta-llama/Llama-3.1-8B")));
    }

    @Test
    void promptPlusOutputPastTheContextIsAProblemNamingTheOutputField() throws Exception {
        evaluate("{\"model\":\"llama-2-7b\",\"hardware\":\"nvidia-h100-sxm\",\"inputTokens\":3097,\"outputTokens\":1000}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("outputTokens"))
                .andExpect(jsonPath("$.errors[0].rejectedValue").value("4097"))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "prompt + output = 4,097 tokens exceeds this model's 4,096-token context; "
                                + "the longest outputTokens that fits is 999"));
    }

    @Test
    void unknownHardwareIsA404() throws Exception {
        evaluate("{\"model\":\"llama-3.1-8b\",\"hardware\":\"no-such-chip\"}").andExpect(status().isNotFound());
    }

    @Test
    void unreadableBodyIsOurProblemDetail() throws Exception {
        evaluate("{\"model\": ")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Invalid input"))
                .andExpect(jsonPath("$.errors[0].field").value("body"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith("is not valid JSON (line 1")));
    }

    private static String disaggregated(String hardware, String pools) {
        return "{\"model\":\"llama-3.1-8b\",\"hardware\":\"" + hardware + "\",\"chips\":1,\"concurrency\":16,"
                + "\"inputTokens\":4096,\"outputTokens\":256,\"disaggregated\":" + pools + "}";
    }

    @Test
    void aDisaggregatedDeploymentIsOneAnswerOverTheChipsOfBothPools() throws Exception {
        // 2 one-chip prefill workers and 2 one-chip decode workers: 4 chips in all
        evaluate(disaggregated("nvidia-h100-sxm",
                "{\"prefillHardware\":\"nvidia-h100-sxm\",\"prefillChips\":1,\"prefillWorkers\":2,\"decodeWorkers\":2}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fits").value(true))
                .andExpect(jsonPath("$.ttftMs").value(greaterThan(0.0)))
                .andExpect(jsonPath("$.disaggregated.chips").value(4))
                .andExpect(jsonPath("$.disaggregated.prefillWorkers").value(2));
    }

    /** One prefill and one decode worker, each of the fewest chips that hold the model. */
    private void fitsWithDecodeOn(String decodeHardware, String prefillHardware) throws Exception {
        evaluate(disaggregated(decodeHardware,
                "{\"prefillHardware\":\"" + prefillHardware + "\",\"prefillWorkers\":1,\"decodeWorkers\":1}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fits").value(true))
                .andExpect(jsonPath("$.deployment.hardware").value(decodeHardware));
    }

    @Test
    void thePrefillPoolMayRunOnOtherSilicon() throws Exception {
        fitsWithDecodeOn("nvidia-h100-sxm", "nvidia-b200");
        // GPU prefill feeding wafer-scale decode: the same loop, the KV sent over the scale-out network
        fitsWithDecodeOn("cerebras-cs-3", "nvidia-h100-sxm");
    }

    @Test
    void aBadPoolIsAProblemNamingItsField() throws Exception {
        evaluate(disaggregated("nvidia-h100-sxm", "{\"prefillHardware\":\"nvidia-h100-sxm\",\"prefillWorkers\":1,\"decodeWorkers\":0}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("decodeWorkers"));
        evaluate(disaggregated("nvidia-h100-sxm", "{\"prefillHardware\":\"no-such-chip\",\"prefillWorkers\":1,\"decodeWorkers\":1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("prefillHardware"));
        evaluate("{\"model\":\"llama-3.1-8b\",\"hardware\":\"nvidia-h100-sxm\",\"load\":\"static\",\"concurrency\":4,"
                + "\"disaggregated\":{\"prefillHardware\":\"nvidia-h100-sxm\",\"prefillWorkers\":1,\"decodeWorkers\":1}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("load"));
    }
}
