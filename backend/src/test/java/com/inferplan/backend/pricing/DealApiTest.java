package com.inferplan.backend.pricing;

import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;

@SpringBootTest
@AutoConfigureMockMvc
class DealApiTest {

    @Autowired
    MockMvc mvc;

    /** JSON numbers may come back as BigDecimal; compare them as doubles. */
    private static ResultMatcher near(String path, double expected, double tolerance) {
        return jsonPath(path, closeTo(expected, tolerance), Double.class);
    }

    @Test
    void templatesListTheirSourcesAndTheStatusOfEveryParameter() throws Exception {
        mvc.perform(get("/api/v1/deals"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(6)))
                .andExpect(jsonPath("$[0].id").value("openai-cerebras-2026"))
                .andExpect(jsonPath("$[0].ref").value("deal:openai-cerebras-2026"))
                .andExpect(jsonPath("$[0].sources[0].title").isNotEmpty())
                .andExpect(jsonPath("$[0].parameters.contractValueUsd.status").value("DERIVED"))
                .andExpect(jsonPath("$[0].uncertainty.contractValueUsd.type").value("uniform"))
                .andExpect(jsonPath("$[0].basis.type").value("partner-deal"));
    }

    @Test
    void cerebrasDealAtSixtyPercentUseHasBindingTakeOrPayAndDerivedMegawattYearRate() throws Exception {
        // 15e9 USD / (27,174 systems · 1.8 capacity-years · 8,760 h) = 35.01 USD per system-hour;
        // paid whatever the use, so per used hour 35.01 / 0.6 = 58.35; per MW-year 15e9 / (750 · 1.8) = 11.11 M
        mvc.perform(get("/api/v1/deals/openai-cerebras-2026").param("utilization", "0.6"))
                .andExpect(status().isOk())
                .andExpect(near("$.usdPerChipHour", 35.01, 0.01))
                .andExpect(near("$.usdPerUsedChipHour", 58.35, 0.01))
                .andExpect(near("$.usdPerMegawattYear", 11.11e6, 0.01e6))
                .andExpect(jsonPath("$.usdPerMegawattYearLabel").value("derived"))
                .andExpect(jsonPath("$.cashFlows", hasSize(4)))
                .andExpect(jsonPath("$.takeOrPayNote").value(containsString("60% of committed capacity is used")))
                .andExpect(jsonPath("$.comparisonNote").value(startsWith("No NPV")));
    }

    @Test
    void dealOnHardwareWithAnOnDemandPriceIsComparedByNpvAtTheGivenRate() throws Exception {
        mvc.perform(get("/api/v1/deals/anthropic-aws-rainier").param("discountRate", "0.08"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.npvVersusOnDemand.discountRateAnnual").value(0.08))
                .andExpect(jsonPath("$.npvVersusOnDemand.explained.formula").value(startsWith("npvSavingsUsd =")));
    }

    @Test
    void utilizationOutsideTheUnitIntervalIsA400NamingUtilization() throws Exception {
        mvc.perform(get("/api/v1/deals/openai-cerebras-2026").param("utilization", "1.5"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("utilization"));
        mvc.perform(get("/api/v1/deals/openai-cerebras-2026").param("utilization", "lots"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("utilization"))
                .andExpect(jsonPath("$.errors[0].message").value("must be a finite number"));
    }

    @Test
    void unknownDealIsA404ListingTheKnownOnes() throws Exception {
        mvc.perform(get("/api/v1/deals/no-such-deal"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(containsString("openai-cerebras-2026")));
    }
}
