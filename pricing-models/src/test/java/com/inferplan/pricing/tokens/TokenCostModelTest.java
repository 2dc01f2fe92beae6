package com.inferplan.pricing.tokens;

import com.inferplan.pricing.PricingInputException;
import com.inferplan.pricing.basis.ApiTokenPrice;
import com.inferplan.pricing.basis.CommittedCapacity;
import com.inferplan.pricing.basis.DealFinancing;
import com.inferplan.pricing.basis.HardwareUnit;
import com.inferplan.pricing.basis.OnDemand;
import com.inferplan.pricing.basis.Owned;
import com.inferplan.pricing.basis.PartnerDeal;
import com.inferplan.pricing.basis.RampSchedule;
import com.inferplan.pricing.basis.Reserved;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class TokenCostModelTest {

    private static final OnDemand TWO_DOLLARS = new OnDemand(2.00);

    @Test
    void chipAtTwoDollarsAndThousandTokensPerSecondCostsFiftySixCentsPerMillionAtFullUse() {
        // 2 / (3600 · 1000) · 1e6 = 0.5556
        var cost = TokenCostModel.usdPerMillionOutputTokens(TWO_DOLLARS.usdPerChipHourPaid(1.0), 1000, 1.0);
        assertThat(cost.value()).isCloseTo(0.5556, within(0.0001));
        assertThat(cost.formula()).contains("usdPerChipHour / (3600 · outputTokensPerSecond · utilization) · 1e6");
        assertThat(cost.input("outputTokensPerSecond").value()).isEqualTo(1000);
    }

    @Test
    void halvingUtilizationDoublesCostPerToken() {
        // 2 / (3600 · 1000 · 0.5) · 1e6 = 1.1111
        var cost = TokenCostModel.usdPerMillionOutputTokens(TWO_DOLLARS.usdPerChipHourPaid(0.5), 1000, 0.5);
        assertThat(cost.value()).isCloseTo(1.1111, within(0.0001));
    }

    @Test
    void phaseThroughputChargesInputAtPrefillSpeedAndOutputAtDecodeSpeed() {
        // input: 2 / (3600 · 10000) · 1e6 = 0.05556; output: 2 / (3600 · 1000) · 1e6 = 0.5556
        // blended 3:1 = (3 · 0.05556 + 0.5556) / 4 = 0.18056
        var cost = TokenCostModel.of(TWO_DOLLARS, new PhaseThroughput(10_000, 1000), WorkloadMix.ratio(3), 1.0);
        assertThat(cost.usdPerMillionInputTokens().value()).isCloseTo(0.05556, within(0.00001));
        assertThat(cost.usdPerMillionOutputTokens().value()).isCloseTo(0.55556, within(0.00001));
        assertThat(cost.usdPerMillionBlendedTokens().value()).isCloseTo(0.18056, within(0.00001));
    }

    @Test
    void endToEndThroughputSplitsChipTimeByPrefillShare() {
        // chip-seconds per request = 200 / 1000 = 0.2; USD per request = 2 / 0.5 · 0.2 / 3600 = 2.2222e-4
        // prefill share = 0.2 / (0.2 + 0.8) = 0.2
        // input  = 2.2222e-4 · 0.2 / 1000 · 1e6 = 0.044444
        // output = 2.2222e-4 · 0.8 / 200 · 1e6 = 0.888889
        // blended = 2.2222e-4 / 1200 · 1e6 = 0.185185
        var cost = TokenCostModel.of(TWO_DOLLARS, new EndToEndThroughput(1000, 0.2, 0.8),
                new WorkloadMix(1000, 200, 0), 0.5);
        assertThat(cost.usdPerMillionInputTokens().value()).isCloseTo(0.044444, within(0.000001));
        assertThat(cost.usdPerMillionOutputTokens().value()).isCloseTo(0.888889, within(0.000001));
        assertThat(cost.usdPerMillionBlendedTokens().value()).isCloseTo(0.185185, within(0.000001));
    }

    @Test
    void splitRecoversTheWholeChipCostOfARequest() {
        var mix = new WorkloadMix(1000, 200, 0);
        var cost = TokenCostModel.of(TWO_DOLLARS, new EndToEndThroughput(1000, 0.2, 0.8), mix, 0.5);
        double billed = (mix.inputTokensPerRequest() * cost.usdPerMillionInputTokens().value()
                + mix.outputTokensPerRequest() * cost.usdPerMillionOutputTokens().value()) / 1e6;
        assertThat(billed).isCloseTo(2.2222e-4, within(1e-8));
    }

    @Test
    void unexplainedFiguresEqualTheExplainedOnesForEveryHourlyBasis() {
        var unit = HardwareUnit.chip("chip", 1.0);
        var bases = List.of(TWO_DOLLARS, Reserved.discountedFromOnDemand(1, 2.7, 0.3),
                new Owned(Owned.Purchase.perSystem(2_160_000, 72),
                        new Owned.CapitalRecovery(3, 0.3, 0.1),
                        new Owned.Power(1667.0, 1.2, 0.09, 200),
                        new Owned.Operations(0.04, 400)),
                new PartnerDeal(5e6, CommittedCapacity.units(100, unit, 1.2),
                        2, RampSchedule.of(0.5, 1.0), 0.8,
                        new DealFinancing(0.1, 0.2, 0.06), List.of()));
        var throughput = new EndToEndThroughput(900, 0.3, 1.7);
        var mix = new WorkloadMix(2000, 500, 0);
        for (var basis : bases) {
            var explained = TokenCostModel.of(basis, throughput, mix, 0.55);
            for (TokenMetric metric : TokenMetric.values()) {
                assertThat(TokenCostModel.usdPerMillionTokens(basis, throughput, mix, 0.55, metric))
                        .as(basis.kind() + " " + metric).isEqualTo(explained.value(metric));
            }
        }
    }

    @Test
    void apiPriceChargesCachedInputAtTheCachedRate() {
        // Groq gpt-oss-120b: input 0.15, cached 0.075, output 0.60; half the input cached:
        // input = 0.15 · 0.5 + 0.075 · 0.5 = 0.1125; blended 3:1 = (3 · 0.1125 + 0.6) / 4 = 0.234375
        var cost = TokenCostModel.of(new ApiTokenPrice(0.15, 0.075, 0.60), new WorkloadMix(3, 1, 0.5));
        assertThat(cost.usdPerMillionInputTokens().value()).isCloseTo(0.1125, within(1e-9));
        assertThat(cost.usdPerMillionOutputTokens().value()).isEqualTo(0.60);
        assertThat(cost.usdPerMillionBlendedTokens().value()).isCloseTo(0.234375, within(1e-9));
    }

    @Test
    void utilizationOfZeroIsRefusedWithItsRange() {
        assertThatThrownBy(() -> TokenCostModel.usdPerMillionOutputTokens(TWO_DOLLARS.usdPerChipHourPaid(1), 1000, 0))
                .isInstanceOf(PricingInputException.class)
                .hasMessage("pricing input 'utilization' = 0.0 is invalid: utilization must be in (0, 1]");
    }

    @Test
    void utilizationAboveOneIsRefused() {
        assertThatThrownBy(() -> TWO_DOLLARS.usdPerChipHourPaid(1.2))
                .isInstanceOf(PricingInputException.class)
                .hasMessageContaining("'utilization' = 1.2")
                .hasMessageContaining("utilization must be in (0, 1]");
    }

    @Test
    void zeroThroughputIsRefusedRatherThanGivingInfinity() {
        assertThatThrownBy(() -> new PhaseThroughput(1000, 0))
                .isInstanceOf(PricingInputException.class)
                .hasMessageContaining("'outputTokensPerSecond' = 0.0")
                .hasMessageContaining("must be greater than zero");
    }
}
