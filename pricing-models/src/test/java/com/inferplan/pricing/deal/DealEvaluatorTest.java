package com.inferplan.pricing.deal;

import com.inferplan.pricing.basis.CommittedCapacity;
import com.inferplan.pricing.basis.DealFinancing;
import com.inferplan.pricing.basis.HardwareUnit;
import com.inferplan.pricing.basis.OnDemand;
import com.inferplan.pricing.basis.PartnerDeal;
import com.inferplan.pricing.basis.RampSchedule;
import com.inferplan.pricing.explain.CostFlag;
import com.inferplan.pricing.finance.CashFlowPeriod;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DealEvaluatorTest {

    private static final HardwareUnit CHIP = HardwareUnit.chip("chip", 1.0);

    /** 100 chips for 2 years at 1 USD per chip-hour: 100 · 8760 · 2 = 1,752,000 USD. */
    private static PartnerDeal twoYearDeal(DealFinancing financing) {
        return new PartnerDeal(1_752_000, CommittedCapacity.units(100, CHIP, 1.2), 2, RampSchedule.flat(2), 1.0,
                financing, List.of());
    }

    @Test
    void npvAgainstOnDemandDiscountsYearlySavings() {
        // deal 876,000 per year; on demand 100 · 8760 · 1.50 = 1,314,000 per year; saving 438,000 per year
        // NPV at 10% = 438,000 / 1.1 + 438,000 / 1.21 = 398,181.82 + 361,983.47 = 760,165.29
        var e = DealEvaluator.evaluate(twoYearDeal(DealFinancing.none()), 1.0, CashFlowPeriod.YEAR,
                new OnDemand(1.50), 0.10);
        assertThat(e.npvVersusOnDemand().npvSavingsUsd().value()).isCloseTo(760_165.29, within(0.01));
    }

    @Test
    void takeOrPayDealLosesToOnDemandAtHalfUse() {
        // deal still 876,000 per year; on demand only rents the used half: 657,000 per year
        // NPV = −219,000 · (1 / 1.1 + 1 / 1.21) = −219,000 · 1.735537 = −380,082.64
        var e = DealEvaluator.evaluate(twoYearDeal(DealFinancing.none()), 0.5, CashFlowPeriod.YEAR,
                new OnDemand(1.50), 0.10);
        assertThat(e.npvVersusOnDemand().npvSavingsUsd().value()).isCloseTo(-380_082.64, within(0.01));
        assertThat(e.takeOrPayNotes()).hasSize(1);
        assertThat(e.usdPerUsedChipHour().value()).isCloseTo(2.0, within(1e-9));
    }

    @Test
    void monthlyCashFlowsPutThePrepaymentAtSigningAndSpreadUsage() {
        // prepaid 25% of 1,752,000 = 438,000 at month 0; usage 0.75 · 876,000 / 12 = 54,750 in months 1-24
        var flows = DealCashFlows.ofDeal(twoYearDeal(new DealFinancing(0.25, 0, 0)), 1.0, CashFlowPeriod.MONTH);
        var totals = flows.totalsByPeriod();
        assertThat(totals.get(0)).isCloseTo(438_000, within(1e-6));
        assertThat(totals.get(1)).isCloseTo(54_750, within(1e-6));
        assertThat(totals.get(24)).isCloseTo(54_750, within(1e-6));
        assertThat(totals).hasSize(25);
        assertThat(flows.totalPaid()).isCloseTo(1_752_000, within(1e-3));
    }

    @Test
    void yearlyFinancingRepaymentsCarryTheInterest() {
        // 50% of 1,752,000 = 876,000 financed at 10% over 2 years: 876,000 · 0.1 / (1 − 1.1^−2) = 504,742.86
        var flows = DealCashFlows.ofDeal(twoYearDeal(new DealFinancing(0, 0.5, 0.10)), 1.0, CashFlowPeriod.YEAR);
        assertThat(flows.flows()).filteredOn(f -> f.item().equals(DealCashFlows.FINANCING))
                .allSatisfy(f -> assertThat(f.usdPaid()).isCloseTo(504_742.86, within(0.01)));
    }

    @Test
    void impliedPricePerMegawattYearMatchesTheReportedDerivationAndIsLabelledDerived() {
        // deals.csv: 10B USD / 750 MW over ~3 years ≈ 4.44M USD per MW-year (flat capacity)
        var deal = new PartnerDeal(10e9, CommittedCapacity.megawatts(750, new HardwareUnit("CS-3", 1, 23), 1.2), 3,
                RampSchedule.flat(3), 1.0, DealFinancing.none(), List.of());
        var perMwYear = DealEvaluator.usdPerMegawattYear(deal);
        assertThat(perMwYear.value()).isCloseTo(4.444e6, within(1e3));
        assertThat(perMwYear.hasFlag(CostFlag.Kind.DERIVED_VALUE)).isTrue();
    }
}
