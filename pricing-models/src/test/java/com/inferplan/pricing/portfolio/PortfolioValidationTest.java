package com.inferplan.pricing.portfolio;

import com.inferplan.pricing.PricingInputException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.inferplan.pricing.portfolio.Fixtures.pool;
import static com.inferplan.pricing.portfolio.Fixtures.serves;
import static com.inferplan.pricing.portfolio.Fixtures.tier;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PortfolioValidationTest {

    private static final List<Tier> TIERS = List.of(tier("chat", 100));
    private static final List<Pool> POOLS = List.of(pool("gpu", "nvidia", 100), pool("tpu", "google", 120));
    private static final List<Capacity> PAIRS = List.of(serves("gpu", "chat", 1, 100));

    private static void refused(PortfolioProblem problem, String field) {
        assertThatThrownBy(() -> PortfolioValidation.check(problem)).isInstanceOf(PricingInputException.class)
                .extracting(e -> ((PricingInputException) e).field()).isEqualTo(field);
    }

    @Test
    void duplicateIdsAreRefusedAtTheirPosition() {
        refused(new PortfolioProblem(List.of(tier("chat", 1), tier("chat", 2)), POOLS, PAIRS, null), "tiers[1].id");
        refused(new PortfolioProblem(TIERS, List.of(pool("gpu", "a", 1), pool("gpu", "b", 1)), PAIRS, null), "pools[1].id");
        refused(new PortfolioProblem(TIERS, POOLS, List.of(PAIRS.get(0), PAIRS.get(0)), null), "capacities[1]");
    }

    @Test
    void capacitiesMustNameKnownPoolsAndTiers() {
        refused(new PortfolioProblem(TIERS, POOLS, List.of(serves("cs3", "chat", 1, 100)), null), "capacities[0].pool");
        refused(new PortfolioProblem(TIERS, POOLS, List.of(serves("gpu", "code", 1, 100)), null), "capacities[0].tier");
        refused(new PortfolioProblem(TIERS, POOLS, List.of(serves("gpu", "chat", 0, 100)), null),
                "capacities[0].unitsPerReplica");
    }

    @Test
    void poolFiguresOutsideTheirRangeAreRefused() {
        refused(new PortfolioProblem(TIERS, List.of(POOLS.get(0), pool("tpu", "google", -5)), PAIRS, null),
                "pools[1].usdPerUnitMonth");
        refused(new PortfolioProblem(TIERS, List.of(POOLS.get(0).withMinUnits(3).withMaxUnits(2)), PAIRS, null),
                "pools[0].maxUnits");
    }

    @Test
    void sharesOutsideZeroToOneAndEmptyListsAreRefused() {
        refused(new PortfolioProblem(TIERS, POOLS, PAIRS, Constraints.none().withMaxVendorSpendShare(0.0)),
                "constraints.maxVendorSpendShare");
        refused(new PortfolioProblem(TIERS, POOLS, PAIRS, Constraints.none().withMaxVendorUnitShare(1.5)),
                "constraints.maxVendorUnitShare");
        refused(new PortfolioProblem(List.of(), POOLS, PAIRS, null), "tiers");
        refused(new PortfolioProblem(List.of(tier("chat", 0)), POOLS, PAIRS, null), "tiers[0].peakTokensPerSecond");
    }
}
