package com.inferplan.backend.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.inferplan.backend.pricing.CostBasisService;
import com.inferplan.backend.pricing.CostEstimate;
import com.inferplan.backend.pricing.ServingInputs;
import com.inferplan.backend.scenario.CostFigures.ServingPoint;
import com.inferplan.pricing.tokens.WorkloadMix;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * One basis, model, hardware and workload give one USD per million tokens in the explorer, the deals
 * view's service and the REST cost API (decision 0705): the explorer's answer carries the serving point it
 * priced, and that point priced through the other two paths gives the same figures.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SameCostEverywhereTest {

    private static final String DEAL = "anthropic-microsoft-nvidia";

    @Autowired
    MockMvc mvc;
    @Autowired
    ScenarioService scenarios;
    @Autowired
    CostBasisService bases;

    @Test
    void theDealsServiceAndTheCostApiPriceTheExplorersServingPointToTheSameDollarsPerMillion() throws Exception {
        Scenario scenario = PublishedExample.scenario().withModel("llama-3.3-70b").withCandidates(List.of(
                Candidate.of("nvidia-gb200", CostChoice.deal(DEAL)), Candidate.of("nvidia-h100-sxm", CostChoice.DEFAULT)))
                .withWorkload(WorkloadPreset.INTERACTIVE_CODING.workload(null));
        CostFigures explorer = scenarios.results(scenario).candidates().get(0).cost();
        ServingPoint point = explorer.serving();

        ServingInputs serving = new ServingInputs(point.outputTokensPerSecond(), point.inputTokensPerSecond(),
                point.utilization(), new WorkloadMix(point.inputTokens(), point.outputTokens(), 0));
        CostEstimate deals = bases.estimate(bases.resolve("deal:" + DEAL), serving);

        String body = String.format(Locale.ROOT, "{\"basisRef\":\"deal:%s\",\"tokensPerSecond\":%.17g,"
                        + "\"inputTokensPerSecond\":%.17g,\"utilization\":%.17g,\"inputOutputRatio\":%.17g}", DEAL,
                point.outputTokensPerSecond(), point.inputTokensPerSecond(), point.utilization(),
                (double) point.inputTokens() / point.outputTokens());
        JsonNode rest = new ObjectMapper().readTree(mvc.perform(post("/api/v1/costs")
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        double output = explorer.usdPerMillionOutputTokens().value();
        double blended = explorer.usdPerMillionBlendedTokens().value();
        assertThat(deals.usdPerMillionOutputTokens()).isCloseTo(output, within(1e-9 * output));
        assertThat(deals.cost().usdPerMillionBlendedTokens().value()).isCloseTo(blended, within(1e-9 * blended));
        assertThat(rest.get("usdPerMillionOutputTokens").asDouble()).isCloseTo(output, within(1e-9 * output));
        assertThat(rest.get("usdPerMillionBlendedTokens").asDouble()).isCloseTo(blended, within(1e-9 * blended));
        // input tokens pay their prefill share of chip time, so they are never free
        assertThat(rest.get("usdPerMillionInputTokens").asDouble()).isGreaterThan(0);
        assertThat(point.prefillShare()).isBetween(0.0, 1.0);
    }
}
