package com.inferplan.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.inferplan.catalog.Precision;
import java.util.Collections;
import org.junit.jupiter.api.Test;

class ModelArchitectureTest {

    @Test
    void identicalLayersAreGroupedByWindowAndMlpKind() {
        assertThat(ModelCatalog.builtIn().require("deepseek-v3").layerGroups()).containsExactly(
                new LayerGroup(0, 3, AttentionWindow.FULL, false), new LayerGroup(3, 58, AttentionWindow.FULL, true));
        assertThat(ModelCatalog.builtIn().require("gpt-oss-120b").layerGroups()).containsExactly(
                new LayerGroup(0, 18, AttentionWindow.sliding(128), true), new LayerGroup(1, 18, AttentionWindow.FULL, true));
    }

    @Test
    void headsMustBeDivisibleByKvHeads() {
        assertThatThrownBy(() -> dense(32, 5)).hasMessageContaining("heads 32 not divisible by kvHeads 5");
    }

    @Test
    void attentionPatternMustCoverEveryLayer() {
        assertThatThrownBy(() -> new ModelArchitecture("x", "x", ModelFamily.LLAMA, 4, 64, 4, 4, 16, 128, 100, false, 512,
                Collections.nCopies(3, AttentionWindow.FULL), false, AttentionBias.NONE, false, false, null, null,
                WeightPrecisions.uniform(Precision.BF16), RopeSpec.unscaled(10_000)))
                .hasMessageContaining("attention pattern has 3 entries for 4 layers");
    }

    @Test
    void slidingWindowAttendsItsLastTokensIncludingItself() {
        AttentionWindow window = AttentionWindow.sliding(4);
        assertThat(window.firstAttended(2)).isZero();
        assertThat(window.firstAttended(10)).isEqualTo(7);   // 7, 8, 9, 10
        assertThat(window.retainedPositions(100)).isEqualTo(4);
        assertThat(AttentionWindow.FULL.retainedPositions(100)).isEqualTo(100);
    }

    private static ModelArchitecture dense(int heads, int kvHeads) {
        return new ModelArchitecture("x", "x", ModelFamily.LLAMA, 2, 64, heads, kvHeads, 2, 128, 100, false, 512,
                Collections.nCopies(2, AttentionWindow.FULL), false, AttentionBias.NONE, false, false, null, null,
                WeightPrecisions.uniform(Precision.BF16), RopeSpec.unscaled(10_000));
    }
}
