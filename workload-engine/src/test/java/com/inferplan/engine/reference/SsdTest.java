package com.inferplan.engine.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.inferplan.engine.model.LinearAttentionSpec;
import com.inferplan.engine.model.RecurrentMixer;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Mamba-2's state-space update worked by hand on one head of width 1 with a state of 2. */
class SsdTest {

    @Test
    void eachTokenDecaysTheStateAddsItsInputAlongBAndReadsAlongCPlusTheSkip() {
        LinearAttentionSpec spec = new LinearAttentionSpec(RecurrentMixer.MAMBA2, 1, 1, 2, 1, 4, null,
                List.of(true), List.of(true));
        SplittableRandom random = new SplittableRandom(1);
        // dt_bias = A_log = 0 and dt = 0: step = softplus(0) = ln 2, decay = exp(−ln 2) = 0.5; D = 1
        LayerWeights.MambaWeights w = new LayerWeights.MambaWeights(null, null, null,
                Tensor.vector("dt_bias", 1, 0, 0, random), Tensor.vector("A_log", 1, 0, 0, random),
                Tensor.vector("D", 1, 1, 0, random), null, null);
        // [x | B (2) | C (2)]
        float[][] mixed = {{2, 1, 3, 1, 0}, {-1, 0, 1, 2, 1}};
        float[][] dt = {{0}, {0}};
        float[][][] states = {{new float[2]}};
        StepContext s = new StepContext(new WorkCounter(), null, 1, 2, 0, false);
        float[][] out = new Ssd(spec, w).run(s, mixed, dt, states);
        double ln2 = Math.log(2);
        // token 1: S = (ln2·2)·B = (2 ln2, 6 ln2); y = C·S + D·x = 2 ln2 + 2
        assertThat(out[0][0]).isCloseTo((float) (2 * ln2 + 2), within(1e-5f));
        // token 2: S = 0.5·S + (ln2·−1)·(0, 1) = (ln2, 3 ln2 − ln2) = (ln2, 2 ln2); y = 2·ln2 + 1·2 ln2 − 1
        assertThat(out[1][0]).isCloseTo((float) (4 * ln2 - 1), within(1e-5f));
        assertThat(states[0][0][1]).isCloseTo((float) (2 * ln2), within(1e-5f));
    }
}
