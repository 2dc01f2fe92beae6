package com.inferplan.engine.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.inferplan.engine.model.LinearAttentionSpec;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The gated delta rule worked by hand on one head of width 1. */
class DeltaRuleTest {

    @Test
    void eachTokenDecaysTheStateWritesItsCorrectedValueAndReadsItBack() {
        LinearAttentionSpec spec = LinearAttentionSpec.gatedDeltaNet(1, 1, 1, 1, 2, null, List.of(true));
        SplittableRandom random = new SplittableRandom(1);
        // dt_bias = A_log = 0 and a = b = 0: β = sigmoid(0) = 0.5, decay = exp(−exp(0) · softplus(0)) = 0.5
        LayerWeights.LinearWeights w = new LayerWeights.LinearWeights(null, null, null, null,
                Tensor.vector("dt_bias", 1, 0, 0, random), Tensor.vector("A_log", 1, 0, 0, random), null, null);
        float[][] mixed = {{2, 3, 5}, {-1, 4, 1}};
        float[][] ba = {{0, 0}, {0, 0}};
        float[][][] states = {{new float[1]}};
        StepContext s = new StepContext(new WorkCounter(), null, 1, 2, 0, false);
        float[][] out = new DeltaRule(spec, w).run(s, mixed, ba, states);
        // token 1: q, k L2-normalised to 1; S = 0.5·0 + 1 · 0.5·(5 − 0) = 2.5; o = 1 · 2.5
        assertThat(out[0][0]).isCloseTo(2.5f, within(1e-5f));
        // token 2: q → −1, k → 1; S = 0.5·2.5 = 1.25, δ = 0.5·(1 − 1.25) = −0.125, S = 1.125; o = −1.125
        assertThat(out[1][0]).isCloseTo(-1.125f, within(1e-5f));
        assertThat(states[0][0][0]).isCloseTo(1.125f, within(1e-5f));
    }
}
