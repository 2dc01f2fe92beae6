package com.inferplan.backend.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import com.inferplan.backend.scenario.BasisTerms;
import com.inferplan.backend.scenario.CostChoice;
import com.inferplan.catalog.Accelerator;
import com.inferplan.engine.evaluation.Engine;
import com.inferplan.pricing.uncertainty.Distribution;
import java.util.List;
import org.junit.jupiter.api.Test;

class PoolUnitTest {

    private static final Engine ENGINE = Engine.builtIn();

    private static Accelerator chip(String id) {
        return ENGINE.hardware().find(id).orElseThrow();
    }

    private static PortfolioPool pool(String hardware, CostChoice cost, Integer committed, Integer max, Double factor) {
        return new PortfolioPool("p", null, hardware, null, null, cost, committed, null, max, null, List.of(), factor);
    }

    @Test
    void aRentedGpuIsCountedInTheCatalogsNodeAndPricedPerMonthOfItsChips() {
        // 2.00 USD/chip-hour, HGX 8-GPU node: 2 · 8 · 730 = 11,680 USD a unit-month; 5 kW all-in per node.
        BasisTerms terms = new BasisTerms("on-demand", "on-demand", 2.0, 2.0, 2.0, 0.625, 1.3, null, null, 0, List.of());
        PoolUnit unit = PoolUnit.of(pool("nvidia-h100-sxm", CostChoice.onDemand(2.0), null, null, null),
                chip("nvidia-h100-sxm"), terms);
        assertThat(unit.chipsPerUnit()).isEqualTo(8);
        assertThat(unit.unitName()).isEqualTo("HGX 8-GPU node");
        assertThat(unit.usdPerUnitMonth()).isCloseTo(11_680, offset(1e-9));
        assertThat(unit.kwPerUnit()).isCloseTo(5.0, offset(1e-12));
        assertThat(unit.usdPerUnitMonthSpread()).isEqualTo(new Distribution.Fixed(11_680));
        assertThat(unit.paidFloorUnits()).isZero();
    }

    @Test
    void aPriceFactorScalesThePriceAndItsSpread() {
        // 10 USD/chip-hour (P10 8, P90 12) on one CS-3: 7,300 USD a unit-month; at factor 0.5, 3,650 (P10 2,920).
        BasisTerms terms = new BasisTerms("x", "owned", 10.0, 8.0, 12.0, null, 1.2, null, null, 0, List.of());
        PoolUnit unit = PoolUnit.of(pool("cerebras-cs-3", CostChoice.DEFAULT, null, null, 0.5), chip("cerebras-cs-3"),
                terms);
        assertThat(unit.usdPerUnitMonth()).isCloseTo(3_650, offset(1e-9));
        Distribution.LogNormal spread = (Distribution.LogNormal) unit.usdPerUnitMonthSpread();
        assertThat(spread).isEqualTo(Distribution.LogNormal.fromP10P90(2_920, 4_380));
        assertThat(unit.kwPerUnit()).isNull();
    }

    @Test
    void aDealPaysItsTakeOrPayFloorAndDeliversAtMostItsCommittedUnits() {
        // 64 committed CS-3 systems, 80% billed whatever the use: ceil(51.2) = 52 units paid idle or not; a pool
        // allowing 100 units is held to the 64 the deal contracts.
        BasisTerms terms = new BasisTerms("deal", "partner deal", 30.0, 25.0, 36.0, 23.0, 1.3, "CS-3 system", 1, 0.8,
                List.of());
        PortfolioPool deal = pool("cerebras-cs-3", CostChoice.deal("openai-cerebras-2026"), 64, 100, null);
        PoolUnit unit = PoolUnit.of(deal, chip("cerebras-cs-3"), terms);
        assertThat(unit.paidFloorUnits()).isEqualTo(52);
        assertThat(unit.maxUnits(deal)).isEqualTo(64);
        assertThat(unit.unitName()).isEqualTo("CS-3 system");
        assertThat(unit.kwPerUnit()).isEqualTo(23.0);
    }
}
