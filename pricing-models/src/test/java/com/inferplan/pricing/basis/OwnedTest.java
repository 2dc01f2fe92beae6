package com.inferplan.pricing.basis;

import com.inferplan.pricing.PricingInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class OwnedTest {

    private static final Owned.Power POWER = new Owned.Power(1000.0, 1.2, 0.10, 150);
    private static final Owned.Operations OPERATIONS = new Owned.Operations(0.05, 648.8);

    @Test
    void straightLineOwnershipCostAddsCapitalEnergyFacilityMaintenanceAndStaff() {
        // capital (r = 0): (30,000 − 0.1 · 30,000) / 3 = 9,000
        // energy: 1 kW · 1.2 · 0.10 · 8760 = 1,051.2; facility: 1 kW · 150 · 12 = 1,800
        // maintenance: 0.05 · 30,000 = 1,500; staff 648.8 → 14,000 per year / 8760 = 1.598174 USD/chip-hour
        Owned owned = new Owned(Owned.Purchase.perChip(30_000), new Owned.CapitalRecovery(3, 0.1, 0), POWER,
                OPERATIONS);
        var cost = owned.usdPerChipHourPaid(1.0);
        assertThat(cost.value()).isCloseTo(1.598174, within(1e-6));
        assertThat(cost.input("capitalChargeUsdPerYear").value()).isCloseTo(9000, within(1e-6));
        assertThat(cost.input("energyUsdPerYear").value()).isCloseTo(1051.2, within(1e-6));
        assertThat(cost.input("facilityUsdPerYear").value()).isCloseTo(1800, within(1e-6));
    }

    @Test
    void costOfCapitalTurnsDepreciationIntoAnAnnuityNetOfDiscountedResale() {
        // resale PV = 3,000 / 1.1^3 = 2,253.94; CRF(10%, 3) = 0.1 / (1 − 1.1^−3) = 0.402115
        // capital = (30,000 − 2,253.94) · 0.402115 = 11,157.1
        Owned owned = new Owned(Owned.Purchase.perChip(30_000), new Owned.CapitalRecovery(3, 0.1, 0.10), POWER,
                OPERATIONS);
        assertThat(owned.usdPerChipHourPaid(1.0).input("capitalChargeUsdPerYear").value())
                .isCloseTo(11_157.1, within(0.1));
    }

    @Test
    void systemPriceIsSharedByItsChips() {
        // 2,160,000 USD per 72-chip rack = 30,000 per chip: same as the per-chip case (1.598174)
        Owned owned = new Owned(Owned.Purchase.perSystem(2_160_000, 72), new Owned.CapitalRecovery(3, 0.1, 0),
                POWER, OPERATIONS);
        assertThat(owned.usdPerChipHourPaid(1.0).value()).isCloseTo(1.598174, within(1e-6));
    }

    @Test
    void staffCostPerSystemIsSpreadOverItsChips() {
        assertThat(Owned.Operations.staffPerSystem(0.05, 7200, 72).staffUsdPerChipYear()).isEqualTo(100);
    }

    @Test
    void ownedBasisWithoutPowerSaysPowerIsMissing() {
        assertThatThrownBy(() -> new Owned.Power(null, 1.2, 0.10, 150))
                .isInstanceOf(PricingInputException.class)
                .hasMessage("pricing input 'wattsPerChip' = null is invalid: power per chip is required for an owned"
                        + " basis (include its share of host and network)");
    }

    @Test
    void rebuildingFromItsOwnParametersGivesTheSameBasis() {
        Owned owned = new Owned(Owned.Purchase.perSystem(2_160_000, 72), new Owned.CapitalRecovery(3, 0.1, 0.1),
                POWER, OPERATIONS);
        assertThat(owned.withParameters(com.inferplan.pricing.param.ParameterValues.of(owned.parameters())))
                .isEqualTo(owned);
    }
}
