package com.inferplan.pricing.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.inferplan.pricing.basis.OnDemand;
import com.inferplan.pricing.catalog.PricingCatalog;
import com.inferplan.pricing.finance.CashFlowPeriod;
import com.inferplan.pricing.tokens.PhaseThroughput;
import com.inferplan.pricing.tokens.TokenCostModel;
import com.inferplan.pricing.tokens.WorkloadMix;
import com.inferplan.pricing.uncertainty.CostScenarios;
import com.inferplan.pricing.uncertainty.MonteCarlo;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CostJsonTest {

    private final CostJson json = new CostJson();

    @Test
    void tokenCostRendersHeadlineFigureFormulaAndInputs() throws Exception {
        var cost = TokenCostModel.of(new OnDemand(2.0), new PhaseThroughput(10_000, 1000), WorkloadMix.ratio(3), 1.0);
        JsonNode node = new ObjectMapper().readTree(json.write(json.tokenCost(cost)));
        // 2 / (3600 · 1000) · 1e6 = 0.5556
        assertThat(node.get("usdPerMillionOutputTokens").asDouble()).isCloseTo(0.5556, within(0.0001));
        assertThat(node.get("formula").asText()).startsWith("usdPerMillionOutputTokens = usdPerRequest");
        assertThat(node.get("inputs").get(0).get("name").asText()).isEqualTo("usdPerRequest");
        assertThat(node.at("/inputs/0/derivation/inputs/0/derivation/formula").asText())
                .contains("on-demand rate");
    }

    @Test
    void dealEvaluationRendersRatesDerivedMegawattYearCashFlowsAndTakeOrPayNote() throws Exception {
        var result = PricingCatalog.builtIn().evaluateDeal("openai-cerebras-2026", 0.6, CashFlowPeriod.YEAR, 0.08);
        JsonNode node = new ObjectMapper().readTree(json.write(json.dealEvaluation(result)));
        assertThat(node.get("dealId").asText()).isEqualTo("openai-cerebras-2026");
        assertThat(node.get("unit").asText()).isEqualTo("CS-3 system");
        assertThat(node.get("usdPerMegawattYearLabel").asText()).isEqualTo("derived");
        assertThat(node.get("cashFlows")).hasSize(4);
        assertThat(node.at("/cashFlows/1/year").asInt()).isEqualTo(1);
        assertThat(node.get("takeOrPayNote").asText()).contains("60% of committed capacity is used");
        assertThat(node.at("/parameters/takeOrPayShare/status").asText()).isEqualTo("ASSUMED");
        assertThat(node.at("/uncertainty/contractValueUsd/type").asText()).isEqualTo("uniform");
        // at full use of 27,174 systems over 1.8 capacity-years: 15e9 / (27,174 · 1.8 · 8760) = 35.01 USD/system-hour;
        // at 60% use take-or-pay still bills all of it, so per used system-hour 35.01 / 0.6 = 58.35
        assertThat(node.get("usdPerUnitHour").asDouble()).isCloseTo(35.01, within(0.01));
        assertThat(node.get("usdPerUsedChipHour").asDouble()).isCloseTo(58.35, within(0.01));
    }

    @Test
    void monteCarloResultRendersPercentilesAndHistogram() {
        var deal = PricingCatalog.builtIn().deal("openai-cerebras-2026");
        var scenario = CostScenarios.usdPerUsedChipHour(deal.deal(), 1.0, deal.uncertainty());
        JsonNode node = json.monteCarlo(MonteCarlo.run(scenario, 2000, 11, 10));
        assertThat(node.get("p10").asDouble()).isLessThan(node.get("p90").asDouble());
        assertThat(node.get("histogram").get("bins")).hasSize(10);
        assertThat(node.get("seed").asLong()).isEqualTo(11);
    }
}
