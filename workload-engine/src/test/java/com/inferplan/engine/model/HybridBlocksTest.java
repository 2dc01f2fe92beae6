package com.inferplan.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Nemotron-H block stacks read as layers: each mixer block takes the MLP block after it. */
class HybridBlocksTest {

    @Test
    void aMixerFollowedByAnotherMixerIsALayerWithoutAnMlp() {
        HybridBlocks blocks = HybridBlocks.parse("M-M*-MM-");
        assertThat(blocks.layers()).isEqualTo(5);
        assertThat(blocks.mambaLayers()).containsExactly(true, true, false, true, true);
        assertThat(blocks.mlpLayers()).containsExactly(true, false, true, false, true);
        assertThat(blocks.routesExperts()).isFalse();
    }

    @Test
    void theNemotron3NanoStackHasTwentyNineLayersTwentyThreeOfThemRouting() {
        HybridBlocks blocks = HybridBlocks.parse("MEMEM*EMEMEM*EMEMEM*EMEMEM*EMEMEM*EMEMEMEM*EMEMEMEME");
        assertThat(blocks.blocks()).isEqualTo(52);
        assertThat(blocks.layers()).isEqualTo(29);
        assertThat(blocks.mambaLayers().stream().filter(Boolean::booleanValue)).hasSize(23);
        assertThat(blocks.mlpLayers().stream().filter(Boolean::booleanValue)).hasSize(23);
        assertThat(blocks.routesExperts()).isTrue();
    }

    @Test
    void anMlpBlockWithoutAMixerBeforeItIsRefusedWithItsPosition() {
        // Nemotron-H 47B's stack has runs of MLP blocks ("M---MM"): no layer reading exists for them
        assertThatThrownBy(() -> HybridBlocks.parse("M--M"))
                .hasMessage("block 2 ('-') is an MLP without a mixer block before it");
        assertThatThrownBy(() -> HybridBlocks.parse("-M")).hasMessageContaining("block 0");
    }

    @Test
    void denseAndMoeBlocksInOneStackAndUnknownSymbolsAreRefused() {
        assertThatThrownBy(() -> HybridBlocks.parse("M-ME")).hasMessageContaining("mixes dense (-) and MoE (E)");
        assertThatThrownBy(() -> HybridBlocks.parse("M-X")).hasMessageContaining("block 2 is 'X'");
    }
}
