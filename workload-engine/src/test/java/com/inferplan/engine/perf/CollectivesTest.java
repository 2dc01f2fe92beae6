package com.inferplan.engine.perf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.inferplan.catalog.HardwareCatalog;
import org.junit.jupiter.api.Test;

class CollectivesTest {

    @Test
    void ringAllReduceChargesTwiceTheShareOfBytesOneLatencyPerPeerAndOneCallCost() {
        // 2·7/8·16e6 B / 450e9 B/s = 62.22 µs; + 7 × 1 µs + 20 µs call = 89.22 µs
        assertThat(Collectives.allReduce(8, 16e6, 450e9, 1e-6, 20e-6)).isCloseTo(89.222e-6, within(1e-9));
    }

    @Test
    void allToAllSendsEachPeerItsShareOnce() {
        // 7/8·8e6 B / 450e9 B/s = 15.56 µs; + 7 × 1 µs + 20 µs = 42.56 µs
        assertThat(Collectives.allToAll(8, 8e6, 450e9, 1e-6, 20e-6)).isCloseTo(42.556e-6, within(1e-9));
    }

    @Test
    void singleRankNeedsNoCollective() {
        assertThat(Collectives.allReduce(1, 16e6, 450e9, 1e-6, 20e-6)).isZero();
        assertThat(Collectives.allToAll(1, 16e6, 450e9, 1e-6, 20e-6)).isZero();
    }

    @Test
    void nvlinkFiveCollectiveCallCostsLessThanHoppersWhereTheStackStatesNone() {
        // family figures (docs/decisions/0538): Hopper 20 µs, Blackwell 15 µs; vLLM V1 states its own 15 µs
        EfficiencyTable table = EfficiencyTable.builtIn();
        HardwareCatalog catalog = HardwareCatalog.builtIn();
        assertThat(table.resolve(catalog.require("nvidia-h200-sxm"), "trtllm", "2025-09-01").overheads()
                .collectiveCallSeconds()).isEqualTo(20e-6);
        assertThat(table.resolve(catalog.require("nvidia-b200"), "trtllm", "2025-09-01").overheads()
                .collectiveCallSeconds()).isEqualTo(15e-6);
        assertThat(table.resolve(catalog.require("nvidia-gb200"), "sglang", "2025-09-01").overheads()
                .collectiveCallSeconds()).isEqualTo(15e-6);
        assertThat(table.resolve(catalog.require("nvidia-h100-sxm"), "vllm", "2025-09-01").overheads()
                .collectiveCallSeconds()).isEqualTo(15e-6);
    }

    @Test
    void speculativeDecodingYieldsTheGeometricExpectationOfAcceptedTokens() {
        // (1 − 0.75^5) / (1 − 0.75) = (1 − 0.2373) / 0.25 = 3.0508
        assertThat(new SpeculativeDecoding(4, 0.75, 0.1).tokensPerTargetStep()).isCloseTo(3.0508, within(1e-4));
    }

    @Test
    void stackGenerationFollowsTheRowDate() {
        assertThat(EfficiencyTable.normalizeDate("2024-08-27")).isEqualTo("2024-08-27");
        assertThat(EfficiencyTable.normalizeDate("2025")).isEqualTo("2025-12-31");
        assertThat(EfficiencyTable.normalizeDate("2026 (uncertain)")).isEqualTo("2026-12-31");
    }
}
