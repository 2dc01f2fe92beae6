package com.inferplan.pricing.tokens;

import com.inferplan.pricing.basis.ApiTokenPrice;
import com.inferplan.pricing.basis.OnDemand;
import com.inferplan.pricing.basis.Reserved;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BreakEvenTest {

    private static final PhaseThroughput THOUSAND_TOKENS_PER_SECOND = new PhaseThroughput(10_000, 1000);
    private static final WorkloadMix MIX = WorkloadMix.ratio(1);

    @Test
    void fixedFleetBeatsApiAboveFiftySixPercentUtilization() {
        // reserved 1.20 USD/chip-hour: output 1.2 / (3600 · 1000 · u) · 1e6 = 0.3333 / u
        // API output 0.60 → equal at u = 0.3333 / 0.60 = 0.5556
        CostCurve reserved = CostCurve.hourly("reserved", Reserved.atRate(1, 1.20), THOUSAND_TOKENS_PER_SECOND, MIX,
                TokenMetric.OUTPUT);
        CostCurve api = CostCurve.api("api", new ApiTokenPrice(0.10, 0.10, 0.60), MIX, TokenMetric.OUTPUT);

        var result = (BreakEvenResult.Crossing) BreakEven.utilization(reserved, api);

        assertThat(result.utilization()).isCloseTo(0.5556, within(0.0001));
        assertThat(result.usdPerMillionTokens()).isCloseTo(0.60, within(0.0001));
        assertThat(result.cheaperAbove()).isEqualTo("reserved");
        assertThat(result.cheaperBelow()).isEqualTo("api");
    }

    @Test
    void ownedAtHalfTheRentalRateBreaksEvenAtHalfUtilizationAgainstRentingOnlyWhatIsUsed() {
        // fixed 1.20 / u per used hour vs on-demand 2.40 scaled to demand (always fully used): u = 1.2 / 2.4 = 0.5
        CostCurve fixed = CostCurve.hourly("fixed", Reserved.atRate(3, 1.20), THOUSAND_TOKENS_PER_SECOND, MIX,
                TokenMetric.BLENDED);
        CostCurve elastic = CostCurve.hourly("on-demand", new OnDemand(2.40), THOUSAND_TOKENS_PER_SECOND, MIX,
                TokenMetric.BLENDED).atFixedUtilization(1.0);

        var result = (BreakEvenResult.Crossing) BreakEven.utilization(fixed, elastic);

        assertThat(result.utilization()).isCloseTo(0.5, within(1e-6));
        assertThat(result.cheaperAbove()).isEqualTo("fixed");
    }

    @Test
    void twoFixedRatesNeverCross() {
        CostCurve cheap = CostCurve.hourly("cheap", new OnDemand(2), THOUSAND_TOKENS_PER_SECOND, MIX, TokenMetric.OUTPUT);
        CostCurve dear = CostCurve.hourly("dear", new OnDemand(3), THOUSAND_TOKENS_PER_SECOND, MIX, TokenMetric.OUTPUT);

        var result = (BreakEvenResult.NoCrossing) BreakEven.utilization(dear, cheap);

        assertThat(result.alwaysCheaper()).isEqualTo("cheap");
        assertThat(result.alwaysDearer()).isEqualTo("dear");
    }
}
