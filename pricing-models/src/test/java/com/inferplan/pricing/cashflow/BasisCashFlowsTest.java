package com.inferplan.pricing.cashflow;

import com.inferplan.pricing.basis.OnDemand;
import com.inferplan.pricing.basis.Owned;
import com.inferplan.pricing.finance.CashFlowPeriod;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BasisCashFlowsTest {

    /** 30,000 USD chip, 3-year life, 10% resale; running 1,051.2 + 1,800 + 1,500 + 648.8 = 5,000 per year. */
    private static Owned chip(double costOfCapital) {
        return new Owned(Owned.Purchase.perChip(30_000), new Owned.CapitalRecovery(3, 0.1, costOfCapital),
                new Owned.Power(1000.0, 1.2, 0.10, 150), new Owned.Operations(0.05, 648.8));
    }

    @Test
    void ownedFlowsArePurchaseRunningCostsAndResale() {
        // 30,000 at year 0; 5,000 in years 1-3; resale 3,000 back in year 3 → total 42,000 = 3 · 14,000
        var flows = BasisCashFlows.owned(chip(0), 1, CashFlowPeriod.YEAR);
        assertThat(flows.totalsByPeriod().get(0)).isCloseTo(30_000, within(1e-9));
        assertThat(flows.totalsByPeriod().get(1)).isCloseTo(5_000, within(1e-9));
        assertThat(flows.totalsByPeriod().get(3)).isCloseTo(2_000, within(1e-9));
        assertThat(flows.totalPaid()).isCloseTo(42_000, within(1e-6));
    }

    @Test
    void presentValueOfOwnedFlowsEqualsTheLevelizedHourlyCostDiscountedAtTheCostOfCapital() {
        // PV at 10% = 30,000 + 5,000 · 2.486852 − 3,000 / 1.331 = 40,180.32
        // levelized: (11,157.1 + 5,000) per year over 3 years at 10% → 16,157.1 · 2.486852 = 40,180.3
        Owned owned = chip(0.10);
        double pvFlows = BasisCashFlows.owned(owned, 1, CashFlowPeriod.YEAR).presentValue(0.10);
        double pvLevelized = BasisCashFlows.rented(new OnDemand(owned.usdPerChipHour(1.0)), 1, 3,
                CashFlowPeriod.YEAR).presentValue(0.10);
        assertThat(pvFlows).isCloseTo(40_180.32, within(0.01));
        assertThat(pvLevelized).isCloseTo(pvFlows, within(0.01));
    }

    @Test
    void monthlyRentSpreadsTheYearlyBill() {
        // 2 USD · 10 chips · 8760 h / 12 = 14,600 per month for 24 months
        var flows = BasisCashFlows.rented(new OnDemand(2.0), 10, 2, CashFlowPeriod.MONTH);
        assertThat(flows.flows()).hasSize(24).allSatisfy(f -> assertThat(f.usdPaid()).isCloseTo(14_600, within(1e-9)));
    }
}
