package com.inferplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CostCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true,
                StandardCharsets.UTF_8)).run(args);
    }

    private JsonNode json() throws Exception {
        return new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void twoDollarsAnHourAtAThousandTokensPerSecondFullyUsedIsFiftyFiveCentsPerMillion() throws Exception {
        int code = run("cost", "--usd-per-chip-hour", "2.00", "--tokens-per-second", "1000", "--utilization", "1",
                "--format", "json");
        assertThat(code).isZero();
        JsonNode cost = json();
        // 2 / (3600 · 1000 · 1.0) · 1e6 = 0.5556 USD per million output tokens
        assertThat(cost.get("usdPerMillionOutputTokens").asDouble()).isCloseTo(0.5556, within(0.0001));
        assertThat(cost.get("formula").asText()).startsWith("usdPerMillionOutputTokens =");
        assertThat(cost.at("/usdPerChipHour/value").asDouble()).isEqualTo(2.0);
        assertThat(cost.at("/serving/utilization").asDouble()).isEqualTo(1.0);
        assertThat(cost.get("inputs")).isNotEmpty();
    }

    @Test
    void halfUtilizationDoublesTheCostPerToken() throws Exception {
        run("cost", "--usd-per-chip-hour", "2", "--tokens-per-second", "1000", "--utilization", "0.5");
        // 2 / (3600 · 1000 · 0.5) · 1e6 = 1.1111
        assertThat(json().get("usdPerMillionOutputTokens").asDouble()).isCloseTo(1.1111, within(0.0001));
    }

    @Test
    void prefillRateSplitsTheRequestBetweenInputAndOutputTokens() throws Exception {
        run("cost", "--usd-per-chip-hour", "2", "--tokens-per-second", "1000", "--input-tokens-per-second", "10000",
                "--utilization", "1", "--input-output-ratio", "3");
        JsonNode cost = json();
        // per request of 3 input + 1 output tokens: chip-seconds 3/10,000 + 1/1,000 = 0.0013;
        // input 2/3600 · 0.0003 / 3 · 1e6 = 0.05556; output 2/3600 · 0.001 · 1e6 = 0.5556;
        // blended 2/3600 · 0.0013 / 4 · 1e6 = 0.18056
        assertThat(cost.get("usdPerMillionInputTokens").asDouble()).isCloseTo(0.05556, within(0.00001));
        assertThat(cost.get("usdPerMillionOutputTokens").asDouble()).isCloseTo(0.5556, within(0.0001));
        assertThat(cost.get("usdPerMillionBlendedTokens").asDouble()).isCloseTo(0.18056, within(0.00001));
    }

    @Test
    void hardwareDefaultBasisCarriesItsSpreadAndLabelsTheRangeMidpointAsDerived() throws Exception {
        assertThat(run("cost", "--hardware", "nvidia-h100-sxm", "--tokens-per-second", "1000", "--utilization", "1"))
                .isZero();
        JsonNode cost = json();
        assertThat(cost.at("/percentiles/p10").asDouble()).isLessThan(cost.at("/percentiles/p90").asDouble());
        assertThat(cost.at("/usdPerChipHour/inputs/0/provenance").asText()).isEqualTo("DERIVED");
        assertThat(cost.get("tornado").get("bars").get(0).get("input").asText()).isEqualTo("usdPerChipHour");
    }

    @Test
    void utilizationAboveOneIsRefusedNamingTheFlagValueAndRule() {
        int code = run("cost", "--usd-per-chip-hour", "2", "--tokens-per-second", "1000", "--utilization", "1.5");
        assertThat(code).isEqualTo(2);
        assertThat(errors()).contains("--utilization '1.5'").contains("(0, 1]");
        assertThat(out.size()).isZero();
    }

    @Test
    void negativePriceIsRefusedNamingTheFlag() {
        assertThat(run("cost", "--usd-per-chip-hour", "-2", "--tokens-per-second", "1000", "--utilization", "1"))
                .isEqualTo(2);
        assertThat(errors()).contains("--usd-per-chip-hour '-2.0'").contains("must not be negative");
    }

    @Test
    void cerebrasDealAtSixtyPercentShowsRatesCashFlowsAndTheBindingTakeOrPay() throws Exception {
        assertThat(run("cost", "--deal", "openai-cerebras-2026", "--utilization", "0.6")).isZero();
        JsonNode deal = json();
        // 15e9 USD over 27,174 systems (750 MW · 1000 / (23 kW · 1.2)) and 1.8 capacity-years of 8,760 h = 35.01
        assertThat(deal.get("usdPerChipHour").asDouble()).isCloseTo(35.01, within(0.01));
        // derived: 15e9 / (750 MW · 1.8 years) = 11.11 M USD per MW-year
        assertThat(deal.get("usdPerMegawattYear").asDouble()).isCloseTo(11.11e6, within(0.01e6));
        assertThat(deal.get("usdPerMegawattYearLabel").asText()).isEqualTo("derived");
        assertThat(deal.get("cashFlows")).hasSize(4);
        assertThat(deal.get("takeOrPayNote").asText()).contains("60% of committed capacity is used");
        assertThat(deal.get("comparisonNote").asText()).startsWith("No NPV");
    }

    @Test
    void dealOnHardwareWithAnOnDemandPriceHasAnNpvAtTheDefaultDiscountRate() throws Exception {
        assertThat(run("cost", "--deal", "anthropic-aws-rainier")).isZero();
        JsonNode deal = json();
        assertThat(deal.at("/npvVersusOnDemand/discountRateAnnual").asDouble()).isEqualTo(0.10);
        assertThat(deal.at("/npvVersusOnDemand/npvSavingsUsd").isNumber()).isTrue();
    }

    @Test
    void unknownDealIsRefusedListingTheKnownOnes() {
        assertThat(run("cost", "--deal", "no-such-deal")).isEqualTo(2);
        assertThat(errors()).contains("--deal 'no-such-deal'").contains("openai-cerebras-2026");
    }

    @Test
    void dealsListsEveryTemplateId() throws Exception {
        assertThat(run("cost", "--deals")).isZero();
        JsonNode list = json();
        assertThat(list).hasSize(6);
        assertThat(list.findValuesAsText("id")).contains("openai-cerebras-2026", "anthropic-google-tpu");
    }
}
