package com.inferplan.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhysicsRulesTest {

    private static List<String> problems(AcceleratorFixture chip) {
        return CatalogValidator.validateUserEntry(chip.build()).stream().map(CatalogError::message).toList();
    }

    @Test
    void aMillionTflopsAtFiftyWattsIsRefusedWithItsFlopsPerWatt() {
        // Issue 15's probe: 10¹⁸ FLOP/s at 50 W = 2 × 10¹⁶ FLOP/s per W, 400 times the bound of 5 × 10¹³.
        AcceleratorFixture chip = new AcceleratorFixture();
        chip.dense.put(Precision.BF16, AcceleratorFixture.vendor(1e18, Units.FLOP_PER_SECOND));
        chip.dense.put(Precision.FP8, AcceleratorFixture.vendor(2e18, Units.FLOP_PER_SECOND));
        chip.sparse.clear();
        AcceleratorFixture.Power.set(chip, 50);
        assertThat(problems(chip)).anyMatch(m -> m.contains("4.00e+16 FLOP/s per watt") && m.contains("no silicon exceeds"));
    }

    @Test
    void bandwidthEnteredInTheWrongUnitIsRefusedAsBytesPerFlop() {
        // 3 PB/s of HBM (TB typed as PB) against 1 PFLOP/s bf16: 3 bytes per FLOP is fine, 3,000 is not.
        AcceleratorFixture chip = new AcceleratorFixture();
        chip.tiers.set(0, AcceleratorFixture.hbm(AcceleratorFixture.vendor(3e18, Units.BYTES_PER_SECOND)));
        assertThat(problems(chip)).anyMatch(m -> m.contains("3.00e+03 bytes per bf16 FLOP"));
    }

    @Test
    void aRealChipsFiguresPass() {
        // The fixture: 1 PFLOP/s bf16 and 3 TB/s at 700 W, an H100-class part.
        assertThat(problems(new AcceleratorFixture())).isEmpty();
    }
}
