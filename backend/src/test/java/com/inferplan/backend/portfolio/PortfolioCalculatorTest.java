package com.inferplan.backend.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.inferplan.backend.portfolio.PortfolioAnswer.PoolAnswer;
import com.inferplan.backend.portfolio.PortfolioAnswer.TierAnswer;
import com.inferplan.backend.support.InvalidInputException;
import com.inferplan.engine.serving.RunControl;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The whole portfolio path on built-in data: engine capacities, pool prices, the optimiser, the answer. */
class PortfolioCalculatorTest {

    private static final PortfolioCalculator CALCULATOR = PortfolioCalculator.builtIn();
    private static final Portfolio EXAMPLE = PortfolioExample.codexSpark();

    private static PortfolioAnswer answer(Portfolio p) {
        return CALCULATOR.answer(p, RunControl.NONE);
    }

    private static PoolAnswer pool(PortfolioAnswer a, String id) {
        return a.pools().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    private static TierAnswer tier(PortfolioAnswer a, String id) {
        return a.tiers().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void onlyTheWaferScalePoolServesTheTwoMillisecondCodingTier() {
        // At 2 ms TPOT (500 tokens/s per user) every GPU, TPU and Trainium pool decodes slower than the limit even
        // alone (the cells say so); the CS-3 pool is the only one that can serve the tier.
        PortfolioAnswer a = answer(EXAMPLE);
        assertThat(a.feasible()).isTrue();
        TierAnswer coding = tier(a, "interactive-coding");
        assertThat(coding.servedBy()).containsExactly("cs3-deal");
        assertThat(coding.sloMet()).isTrue();
        assertThat(coding.tpotP99Ms()).isLessThan(2.0);
        assertThat(a.capacities()).filteredOn(c -> c.tier().equals("interactive-coding") && !c.pool().equals("cs3-deal"))
                .allSatisfy(c -> assertThat(c.reason()).contains("no number of replicas meets the TPOT limit"));
    }

    @Test
    void committedDealUnitsArePaidWhetherUsedOrNot() {
        // 64 committed CS-3 systems under a 100% take-or-pay deal: the pool costs 64 unit-months even if the plan
        // uses fewer, so the cheapest plan fills them before buying anything else.
        PortfolioAnswer a = answer(EXAMPLE);
        PoolAnswer cs3 = pool(a, "cs3-deal");
        assertThat(cs3.usdPerMonth()).isCloseTo(64 * cs3.usdPerUnitMonth(), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(cs3.units() + cs3.idleCommittedUnits()).isCloseTo(64, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aVendorSpendCapMovesWorkOffTheCappedVendor() {
        PortfolioAnswer free = answer(EXAMPLE);
        PortfolioAnswer capped = answer(EXAMPLE.withConstraints(PortfolioConstraints.NONE.withMaxVendorSpendShare(0.6)));
        assertThat(free.vendorShares().get("Cerebras")).isEqualTo(1.0);
        assertThat(capped.feasible()).isTrue();
        assertThat(capped.vendorShares().get("Cerebras")).isLessThanOrEqualTo(0.6 + 1e-9);
        assertThat(capped.pools().stream().filter(p -> !p.vendor().equals("Cerebras")).mapToInt(PoolAnswer::units).sum())
                .isPositive();
        assertThat(capped.totalUsdPerMonth()).isGreaterThan(free.totalUsdPerMonth());
        assertThat(capped.bindingConstraints()).anySatisfy(b -> assertThat(b.usdPerMonth()).isPositive());
    }

    @Test
    void aTierNoPoolCanServeMakesThePortfolioInfeasibleAndSaysWhich() {
        // Only TPU and Trainium pools, and the 2 ms coding tier: neither decodes that fast.
        Portfolio p = EXAMPLE.withPools(EXAMPLE.pools().stream()
                .filter(x -> List.of("tpu-v6e", "trn2").contains(x.id())).toList());
        PortfolioAnswer a = answer(p);
        assertThat(a.feasible()).isFalse();
        assertThat(a.infeasibility()).anySatisfy(r -> assertThat(r).contains("interactive-coding"));
        assertThat(a.spread()).isNull();
        assertThat(a.megawatts()).isNull();
    }

    @Test
    void poolsUnavailableByThePlanMonthAreLeftOutWithANote() {
        List<PortfolioPool> pools = EXAMPLE.pools().stream()
                .map(x -> x.id().equals("b200") ? new PortfolioPool(x.id(), x.name(), x.hardware(), null, null,
                        x.cost(), null, null, null, "2031-01", List.of(), null) : x).toList();
        PortfolioAnswer a = answer(new Portfolio(EXAMPLE.tiers(), pools, null, "2027-06"));
        assertThat(a.pools()).extracting(PoolAnswer::id).doesNotContain("b200");
        assertThat(a.notes()).anySatisfy(n -> assertThat(n).contains("b200").contains("2031-01"));
    }

    @Test
    void aSpecWithUnknownIdsIsRefusedWithEveryFieldNamed() {
        PortfolioPool unknown = new PortfolioPool("x", null, "no-such-chip", null, null, null, 3, null, null, "2027-13",
                List.of("nope"), null);
        Portfolio bad = EXAMPLE.withPools(List.of(unknown));
        assertThatThrownBy(() -> answer(bad)).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.problems()).extracting(pr -> pr.field()).contains("pools[0].hardware",
                        "pools[0].committedUnits", "pools[0].availableFrom", "pools[0].serves[0]"));
    }
}
