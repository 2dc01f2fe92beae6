package com.inferplan.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AttentionWindowTest {

    private static final AttentionWindow CHUNKS_OF_4 = AttentionWindow.chunked(4);

    @Test
    void aChunkedLayerAttendsFromTheStartOfItsOwnChunk() {
        assertThat(CHUNKS_OF_4.firstAttended(0)).isZero();
        assertThat(CHUNKS_OF_4.firstAttended(3)).isZero();
        assertThat(CHUNKS_OF_4.firstAttended(4)).isEqualTo(4);
        assertThat(CHUNKS_OF_4.firstAttended(9)).isEqualTo(8);
    }

    @Test
    void aSlidingLayerOfTheSameSizeReachesFurtherBackAtAChunkStart() {
        assertThat(AttentionWindow.sliding(4).firstAttended(4)).isEqualTo(1);
        assertThat(CHUNKS_OF_4.firstAttended(4)).isEqualTo(4);
    }

    @Test
    void aChunkedLayerKeepsAtMostOneChunkCached() {
        assertThat(CHUNKS_OF_4.retainedPositions(3)).isEqualTo(3);
        assertThat(CHUNKS_OF_4.retainedPositions(1_000)).isEqualTo(4);
        assertThat(CHUNKS_OF_4.label()).isEqualTo("chunked4");
    }

    @Test
    void aChunkedLayerNeedsAPositiveChunk() {
        assertThatThrownBy(() -> AttentionWindow.chunked(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AttentionWindow(0, true)).isInstanceOf(IllegalArgumentException.class);
    }
}
