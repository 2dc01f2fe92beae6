package com.inferplan.backend.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;

@SpringBootTest
@AutoConfigureMockMvc
class CostApiTest {

    @Autowired
    MockMvc mvc;

    /** JSON numbers may come back as BigDecimal; compare them as doubles. */
    private static ResultMatcher near(String path, double expected, double tolerance) {
        return jsonPath(path, closeTo(expected, tolerance), Double.class);
    }

    private ResultActions cost(String body) throws Exception {
        return mvc.perform(post("/api/v1/costs").contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void twoDollarsAnHourAtAThousandTokensPerSecondFullyUsedCostsFiftyFiveCentsPerMillionOutputTokens()
            throws Exception {
        // 2.00 / (3600 · 1000 · 1.0) · 1e6 = 0.5556
        cost("{\"usdPerChipHour\":2.00,\"tokensPerSecond\":1000,\"utilization\":1.0}")
                .andExpect(status().isOk())
                .andExpect(near("$.usdPerMillionOutputTokens", 0.5556, 0.0001))
                .andExpect(jsonPath("$.formula").value(startsWith("usdPerMillionOutputTokens =")))
                .andExpect(jsonPath("$.inputs[0].name").value("usdPerRequest"))
                .andExpect(jsonPath("$.usdPerChipHour.value").value(2.0))
                .andExpect(jsonPath("$.basis.type").value("on-demand"));
    }

    @Test
    void atHalfUtilizationEachTokenCostsTwiceAsMuch() throws Exception {
        // 2.00 / (3600 · 1000 · 0.5) · 1e6 = 1.1111
        cost("{\"usdPerChipHour\":2.00,\"tokensPerSecond\":1000,\"utilization\":0.5}")
                .andExpect(status().isOk())
                .andExpect(near("$.usdPerMillionOutputTokens", 1.1111, 0.0001));
    }

    @Test
    void inputTokensPayTheirPrefillShareAndBlendedFollowsTheMix() throws Exception {
        // request of 3 input + 1 output: chip-seconds 3/10,000 + 1/1,000 = 0.0013 at 2/3600 USD per chip-second;
        // input 0.0003 · 2/3600 / 3 · 1e6 = 0.05556; blended 0.0013 · 2/3600 / 4 · 1e6 = 0.18056
        cost("{\"basis\":{\"type\":\"on-demand\",\"usdPerChipHour\":2},\"tokensPerSecond\":1000,"
                + "\"inputTokensPerSecond\":10000,\"utilization\":1,\"inputOutputRatio\":3}")
                .andExpect(status().isOk())
                .andExpect(near("$.usdPerMillionInputTokens", 0.05556, 0.00001))
                .andExpect(near("$.usdPerMillionOutputTokens", 0.5556, 0.0001))
                .andExpect(near("$.usdPerMillionBlendedTokens", 0.18056, 0.00001));
    }

    @Test
    void uniformPriceRangeGivesPercentilesOfOutputCost() throws Exception {
        // price uniform 1–3 USD/h at 1000 tok/s: P10/P50/P90 = 1.2, 2.0, 2.8 / 3.6 = 0.3333, 0.5556, 0.7778
        cost("{\"usdPerChipHour\":2,\"uncertainty\":{\"usdPerChipHour\":{\"type\":\"uniform\",\"min\":1,\"max\":3}},"
                + "\"tokensPerSecond\":1000,\"utilization\":1}")
                .andExpect(status().isOk())
                .andExpect(near("$.percentiles.p10", 0.3333, 0.005))
                .andExpect(near("$.percentiles.p50", 0.5556, 0.005))
                .andExpect(near("$.percentiles.p90", 0.7778, 0.005))
                .andExpect(jsonPath("$.tornado.bars[0].input").value("usdPerChipHour"));
    }

    @Test
    void dealTemplateByRefIsPricedWithItsReportedAndAssumedLabelsAndSeededSpread() throws Exception {
        String body = cost("{\"basisRef\":\"deal:openai-cerebras-2026\",\"tokensPerSecond\":2000,"
                + "\"utilization\":0.6}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.flags[0].kind").value("TAKE_OR_PAY_BINDING"))
                .andExpect(jsonPath("$.usdPerChipHour.inputs[0].derivation.inputs[5].name").value("takeOrPayShare"))
                .andExpect(jsonPath("$.usdPerChipHour.inputs[0].derivation.inputs[5].provenance").value("ASSUMED"))
                .andExpect(jsonPath("$.percentiles.draws").value(10_000))
                .andExpect(jsonPath("$.percentiles.seed").value(20_260_101))
                .andReturn().getResponse().getContentAsString();
        JsonNode spread = new ObjectMapper().readTree(body).get("percentiles");
        // contract value uniform 10–20 B USD around the 15 B base: the spread straddles the base figure
        double base = new ObjectMapper().readTree(body).get("usdPerMillionOutputTokens").asDouble();
        assertThat(spread.get("p10").asDouble()).isLessThan(base);
        assertThat(spread.get("p90").asDouble()).isGreaterThan(base);
    }

    @Test
    void utilizationAboveOneIsA400NamingUtilization() throws Exception {
        cost("{\"usdPerChipHour\":2.00,\"tokensPerSecond\":1000,\"utilization\":1.5}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:inferplan:problem:invalid-input"))
                .andExpect(jsonPath("$.errors[0].field").value("utilization"))
                .andExpect(jsonPath("$.errors[0].rejectedValue").value("1.5"))
                .andExpect(jsonPath("$.errors[0].message").value("utilization must be in (0, 1]"));
    }

    @Test
    void negativePriceInABasisDocumentNamesTheBasisField() throws Exception {
        cost("{\"basis\":{\"type\":\"reserved\",\"termYears\":1,\"listUsdPerChipHour\":-1,\"discountFraction\":0},"
                + "\"tokensPerSecond\":1000,\"utilization\":1}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("basis.listUsdPerChipHour"))
                .andExpect(jsonPath("$.errors[0].message").value("must not be negative"));
    }

    @Test
    void missingServingInputsAreAllNamedAtOnce() throws Exception {
        cost("{\"usdPerChipHour\":2}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("tokensPerSecond"))
                .andExpect(jsonPath("$.errors[1].field").value("utilization"));
    }

    @Test
    void misspeltFieldOrTextForANumberIsRefusedOnThatField() throws Exception {
        cost("{\"usdPerChipHour\":2,\"tokensPerSecond\":1000,\"utilisation\":1}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("utilisation"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("utilization")));
        cost("{\"usdPerChipHour\":\"two\",\"tokensPerSecond\":1000,\"utilization\":1}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("usdPerChipHour"))
                .andExpect(jsonPath("$.errors[0].message").value("must be a number"));
    }

    @Test
    void unknownBasisRefIsA404() throws Exception {
        cost("{\"basisRef\":\"deal:no-such-deal\",\"tokensPerSecond\":1000,\"utilization\":1}")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(containsString("no-such-deal")));
    }
}
