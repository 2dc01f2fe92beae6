package com.inferplan.pricing.capacity;

import com.inferplan.pricing.PricingInputException;
import com.inferplan.pricing.basis.HardwareUnit;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class CapacityPlannerTest {

    private static final HardwareUnit CS3 = new HardwareUnit("CS-3 system", 1, 23);

    @Test
    void sevenHundredFiftyMegawattsHoldAbout27200CerebrasSystems() {
        // 750e6 W / (23e3 W · 1.2) = 27,174
        var units = CapacityPlanner.unitsForFacilityMegawatts(750, CS3, 1.2);
        assertThat(units.value()).isCloseTo(27_174, within(1.0));
    }

    @Test
    void megawattsAndUnitsConvertBothWays() {
        var mw = CapacityPlanner.facilityMegawattsForUnits(27_173.9, CS3, 1.2);
        assertThat(mw.value()).isCloseTo(750, within(0.01));
    }

    @Test
    void demandInTokensPerDaySizesChipsUnitsAndPower() {
        // chips = 1e12 / (86400 · 1000 · 0.5) = 23,148.1; 8-GPU nodes = ceil(2,893.5) = 2,894
        // MW = 2,894 · 10.2 kW · 1.2 / 1000 = 35.42
        var node = new HardwareUnit("8x H100 node", 8, 10.2);
        var need = CapacityPlanner.forDemand(1e12, 1000, 0.5, node, 1.2);
        assertThat(need.chips().value()).isCloseTo(23_148.1, within(0.1));
        assertThat(need.units()).isEqualTo(2894);
        assertThat(need.facilityMegawatts().value()).isCloseTo(35.42, within(0.01));
    }

    @Test
    void pueBelowOneIsRefused() {
        assertThatThrownBy(() -> CapacityPlanner.unitsForFacilityMegawatts(750, CS3, 0.9))
                .isInstanceOf(PricingInputException.class)
                .hasMessageContaining("'pue' = 0.9")
                .hasMessageContaining("must be at least 1.0");
    }
}
