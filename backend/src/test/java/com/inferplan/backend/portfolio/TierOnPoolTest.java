package com.inferplan.backend.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TierOnPoolTest {

    @Test
    void smallReplicasShareAUnitWithoutStraddlingIt() {
        // 8-chip node: 1-chip replicas, 8 per node; 3-chip replicas, 2 per node (2 chips idle); 8 chips, one node.
        assertThat(TierOnPool.unitsPerReplica(1, 8)).isEqualTo(0.125);
        assertThat(TierOnPool.unitsPerReplica(3, 8)).isEqualTo(0.5);
        assertThat(TierOnPool.unitsPerReplica(8, 8)).isEqualTo(1.0);
    }

    @Test
    void aReplicaWiderThanAUnitTakesWholeUnits() {
        // 16 chips on 8-chip nodes: 2 nodes; 9 chips still need 2 nodes; 36 CS-3s of one chip each: 36 systems.
        assertThat(TierOnPool.unitsPerReplica(16, 8)).isEqualTo(2.0);
        assertThat(TierOnPool.unitsPerReplica(9, 8)).isEqualTo(2.0);
        assertThat(TierOnPool.unitsPerReplica(36, 1)).isEqualTo(36.0);
    }

    @Test
    void aUnitsPriceOverWhatItServesInAMonthRanksPoolsPerMillionTokens() {
        // 0.25 unit per replica at 1,000 tokens/s: a unit serves 4,000 tokens/s, 4,000 · 730 · 3,600 = 10.512e9
        // tokens a month; at 21,024 USD a unit-month that is 21,024 / 10,512 = 2.0 USD per million tokens.
        TierOnPool cell = new TierOnPool("p", "t", true, null, 2, "TP2", 0.25, 1_000, 100.0, 10.0, "met");
        assertThat(cell.unitUsdPerMillionTokens(21_024)).isCloseTo(2.0, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(TierOnPool.notServed("p", "t", "does not fit").unitUsdPerMillionTokens(21_024)).isNull();
    }
}
