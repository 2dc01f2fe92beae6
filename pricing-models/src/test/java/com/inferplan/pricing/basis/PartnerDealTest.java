package com.inferplan.pricing.basis;

import com.inferplan.pricing.PricingInputException;
import com.inferplan.pricing.explain.CostFlag;
import com.inferplan.pricing.tokens.TokenCostModel;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class PartnerDealTest {

    private static final HardwareUnit CHIP = HardwareUnit.chip("chip", 1.0);

    /** 100 chips for one year at 8,760,000 USD: 8.76e6 / (100 · 8760) = 10 USD per chip-hour at full use. */
    private static PartnerDeal oneYearDeal(double takeOrPayShare, DealFinancing financing) {
        return new PartnerDeal(8_760_000, CommittedCapacity.units(100, CHIP, 1.2), 1, RampSchedule.flat(1),
                takeOrPayShare, financing, List.of());
    }

    @Test
    void fullyUsedDealCostsContractValueOverAvailableHours() {
        assertThat(oneYearDeal(1.0, DealFinancing.none()).usdPerChipHourPaid(1.0).value()).isCloseTo(10, within(1e-9));
    }

    @Test
    void takeOrPayAtSixtyPercentUseCostsOneOverPointSixOfTheFullyUsedPricePerToken() {
        PartnerDeal deal = oneYearDeal(1.0, DealFinancing.none());
        double fullyUsed = TokenCostModel.usdPerMillionOutputTokens(deal.usdPerChipHourPaid(1.0), 1000, 1.0).value();
        var atSixty = TokenCostModel.usdPerMillionOutputTokens(deal.usdPerChipHourPaid(0.6), 1000, 0.6);

        assertThat(atSixty.value() / fullyUsed).isCloseTo(1 / 0.6, within(1e-9));
        assertThat(atSixty.hasFlag(CostFlag.Kind.TAKE_OR_PAY_BINDING)).isTrue();
        assertThat(atSixty.flags().get(0).message())
                .contains("60% of committed capacity is used but 100% is paid for").contains("1.67x");
    }

    @Test
    void usageAboveTheTakeOrPayFloorIsBilledAsUsed() {
        // floor 50%, use 60%: billed 0.6 of 10 = 6 per available hour = 10 per used hour, no flag
        var paid = oneYearDeal(0.5, DealFinancing.none()).usdPerChipHourPaid(0.6);
        assertThat(paid.value()).isCloseTo(6, within(1e-9));
        assertThat(paid.hasFlag(CostFlag.Kind.TAKE_OR_PAY_BINDING)).isFalse();
    }

    @Test
    void usageBelowTheFloorPaysTheFloor() {
        // floor 50%, use 30%: billed 0.5 · 10 = 5 per available hour = 16.67 per used hour
        var paid = oneYearDeal(0.5, DealFinancing.none()).usdPerChipHourPaid(0.3);
        assertThat(paid.value()).isCloseTo(5, within(1e-9));
        assertThat(paid.hasFlag(CostFlag.Kind.TAKE_OR_PAY_BINDING)).isTrue();
    }

    @Test
    void rampedCapacityHasFewerHoursToSpreadTheValueOver() {
        // 100 chips, ramp 50% then 100%: 100 · 1.5 · 8760 = 1,314,000 hours; 13,140,000 USD → 10 USD/hour
        var deal = new PartnerDeal(13_140_000, CommittedCapacity.units(100, CHIP, 1.2), 2, RampSchedule.of(0.5, 1.0),
                1.0, DealFinancing.none(), List.of());
        assertThat(deal.totalAvailableUnitHours()).isEqualTo(1_314_000);
        assertThat(deal.usdPerChipHourPaid(1.0).value()).isCloseTo(10, within(1e-9));
    }

    @Test
    void volumeDiscountTiersAreMarginal() {
        // 1000 MW: 0-500 at 0%, 500-800 at 10%, 800+ at 20% → (300 · 0.1 + 200 · 0.2) / 1000 = 0.07
        var tiers = List.of(new VolumeDiscountTier(0, 0), new VolumeDiscountTier(500, 0.10),
                new VolumeDiscountTier(800, 0.20));
        var deal = new PartnerDeal(1e9, CommittedCapacity.megawatts(1000, CHIP, 1.2), 1, RampSchedule.flat(1), 1.0,
                DealFinancing.none(), tiers);
        assertThat(deal.volumeDiscountFraction()).isCloseTo(0.07, within(1e-12));
        assertThat(deal.netContractValueUsd()).isCloseTo(0.93e9, within(1.0));
    }

    @Test
    void financedShareAddsAnnuityInterest() {
        // 500,000 financed at 10% over 2 years: payment = 500,000 · 0.1 / (1 − 1.1^−2) = 288,095.24
        // interest = 2 · 288,095.24 − 500,000 = 76,190.48
        var deal = new PartnerDeal(1_000_000, CommittedCapacity.units(100, CHIP, 1.2), 2, RampSchedule.flat(2), 1.0,
                new DealFinancing(0, 0.5, 0.10), List.of());
        assertThat(deal.financingInterestUsd()).isCloseTo(76_190.48, within(0.01));
    }

    @Test
    void prepaidShareIsPaidEvenWhenCapacityIsIdle() {
        // prepaid 40%, floor 0%, use 10%: billed share = 0.4 + 0.6 · 0.1 = 0.46 of 10 = 4.6 per available hour
        var paid = oneYearDeal(0.0, new DealFinancing(0.4, 0, 0)).usdPerChipHourPaid(0.1);
        assertThat(paid.value()).isCloseTo(4.6, within(1e-9));
        assertThat(paid.hasFlag(CostFlag.Kind.TAKE_OR_PAY_BINDING)).isTrue();
    }

    @Test
    void systemsUnitPriceIsSharedByItsChips() {
        var rack = new HardwareUnit("NVL72 rack", 72, 120);
        var deal = new PartnerDeal(72 * 8760 * 100.0, CommittedCapacity.units(72, rack, 1.2), 1, RampSchedule.flat(1),
                1.0, DealFinancing.none(), List.of());
        // 72 racks for a year worth 72 · 8760 · 100 USD → 100 USD per rack-hour = 100 / 72 = 1.389 per chip-hour
        assertThat(deal.usdPerUnitHourPaid(1.0).value()).isCloseTo(100, within(1e-9));
        assertThat(deal.usdPerChipHourPaid(1.0).value()).isCloseTo(100.0 / 72, within(1e-9));
    }

    @Test
    void termOfZeroYearsIsRefused() {
        assertThatThrownBy(() -> new PartnerDeal(1e9, CommittedCapacity.units(100, CHIP, 1.2), 0, RampSchedule.flat(1),
                1.0, DealFinancing.none(), List.of()))
                .isInstanceOf(PricingInputException.class)
                .hasMessage("pricing input 'termYears' = 0 is invalid: term must be at least 1 year");
    }

    @Test
    void rampMustCoverEachYearOfTheTerm() {
        assertThatThrownBy(() -> new PartnerDeal(1e9, CommittedCapacity.units(100, CHIP, 1.2), 3,
                RampSchedule.of(0.5, 1.0), 1.0, DealFinancing.none(), List.of()))
                .isInstanceOf(PricingInputException.class)
                .hasMessageContaining("has 2 years but the term is 3 years");
    }

    @Test
    void prepaidAndFinancedSharesCannotExceedTheContract() {
        assertThatThrownBy(() -> new DealFinancing(0.7, 0.5, 0.05))
                .isInstanceOf(PricingInputException.class)
                .hasMessageContaining("'financedFraction' = 0.5")
                .hasMessageContaining("exceed the whole contract");
    }
}
