package com.inferplan.engine.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.inferplan.catalog.Accelerator;
import com.inferplan.catalog.Figure;
import com.inferplan.catalog.MemoryTier;
import com.inferplan.catalog.MemoryTierKind;
import org.junit.jupiter.api.Test;

class PerformanceModelsTest {

    private static final Engine ENGINE = Engine.builtIn();

    private static double tpotSeconds(Accelerator hw) {
        return ENGINE.evaluate(EvaluationRequest.singleStream(ENGINE.models().require("llama-3.1-8b"), hw, 1, 1000, 200))
                .tpotSeconds();
    }

    /** The chip as a user would save it after editing its HBM bandwidth: same id, new figures. */
    private static Accelerator withHbmBandwidthScaled(Accelerator hw, double factor) {
        var tiers = hw.memoryTiers().stream().map(t -> t.kind() != MemoryTierKind.HBM ? t
                : new MemoryTier(t.kind(), t.name(), t.capacityBytes(), scaled(t.bandwidthBytesPerSecond(), factor)))
                .toList();
        return new Accelerator(hw.id(), hw.vendor(), hw.name(), hw.year(), hw.kind(), hw.form(),
                hw.denseFlopsPerSecond(), hw.sparseFlopsPerSecond(), tiers, hw.scaleUp(), hw.scaleOutBytesPerSecond(),
                hw.chipPowerWatts(), hw.systemPowerPerChipWatts(), hw.units(), hw.userDefined(), hw.notes());
    }

    private static Figure scaled(Figure f, double factor) {
        return new Figure(f.value() * factor, f.unit(), f.source(), f.status(), f.derivation(), f.note());
    }

    @Test
    void aChipEditedUnderTheSameIdGetsNewStepTimesNotTheCachedOnes() {
        Accelerator h100 = ENGINE.hardware().require("nvidia-h100-sxm");
        double before = tpotSeconds(h100);
        double afterEdit = tpotSeconds(withHbmBandwidthScaled(h100, 0.5));
        // single-stream decode of an 8B model is bound by weight reads: half the bandwidth, close to twice the time
        assertThat(afterEdit).isGreaterThan(1.6 * before);
        assertThat(tpotSeconds(h100)).isEqualTo(before);
    }

    @Test
    void aCopyWithEqualFiguresPredictsTheSameAsTheOriginal() {
        Accelerator h100 = ENGINE.hardware().require("nvidia-h100-sxm");
        assertThat(tpotSeconds(withHbmBandwidthScaled(h100, 1.0))).isEqualTo(tpotSeconds(h100));
    }
}
