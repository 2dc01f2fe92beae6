package com.inferplan.engine.profile;

import static org.assertj.core.api.Assertions.assertThat;

import com.inferplan.catalog.Precision;
import com.inferplan.engine.model.ModelCatalog;
import org.junit.jupiter.api.Test;

class KvCacheLayoutTest {

    @Test
    void gptOssSlidingLayersKeepOnlyTheirWindow() {
        KvCacheLayout kv = KvCacheLayout.of(ModelCatalog.builtIn().require("gpt-oss-20b"), Precision.BF16);
        // 2 · 8 heads · 64 · 2 bytes = 2048 B per position per layer
        assertThat(kv.bytesPerTokenPerLayer()).isEqualTo(2048.0);
        // 12 sliding layers keep 128 positions, 12 full layers keep 10,000
        assertThat(kv.bytesForSequence(10_000)).isEqualTo((12 * 128 + 12 * 10_000) * 2048.0);
    }

    @Test
    void gemma4FullLayersCacheTheirOwnKeysAndValuesBesideTheSlidingLayersWindow() {
        KvCacheLayout kv = KvCacheLayout.of(ModelCatalog.builtIn().require("gemma-4-31b"), Precision.BF16);
        // 50 sliding layers: 2 · 16 heads · 256 · 2 B = 16,384 B; 10 full layers: keys doubling as
        // values are still cached twice (normalised apart): 2 · 4 heads · 512 · 2 B = 8,192 B
        assertThat(kv.bytesPerToken()).isEqualTo(50 * 16_384.0 + 10 * 8_192.0);
        // 10,000 tokens: the sliding layers keep their 1,024-token window
        assertThat(kv.bytesForSequence(10_000)).isEqualTo(50 * 1_024 * 16_384.0 + 10 * 10_000 * 8_192.0);
    }

    @Test
    void fp8KvHalvesTheCache() {
        KvCacheLayout kv = KvCacheLayout.of(ModelCatalog.builtIn().require("llama-3.1-70b"), Precision.FP8);
        // 2 · 8 · 128 · 1 B × 80 layers
        assertThat(kv.bytesPerToken()).isEqualTo(163_840.0);
    }

    @Test
    void qwen35LinearLayersKeepAConstantStatePerSequenceBesideTheFullLayersKv() {
        KvCacheLayout kv = KvCacheLayout.of(ModelCatalog.builtIn().require("qwen3.5-397b-a17b"), Precision.BF16);
        // 15 full layers: 2 · 2 KV heads · 256 · 2 B = 2,048 B per position each → 30,720 B per token
        assertThat(kv.bytesPerToken()).isEqualTo(30_720.0);
        // 45 linear layers, per sequence: conv state (4 − 1) taps · (2 · 16·128 + 64·128) channels · 2 B = 73,728 B
        // plus delta state 64 value heads · 128 · 128 · 2 B = 2,097,152 B → 2,170,880 B × 45 = 97,689,600 B
        assertThat(kv.stateBytesPerSequence()).isEqualTo(97_689_600.0);
        assertThat(kv.bytesForSequence(1_000)).isEqualTo(1_000 * 30_720.0 + 97_689_600.0);
        assertThat(kv.bytesForSequence(100_000) - kv.bytesForSequence(1_000))
                .as("only the full layers grow with the sequence").isEqualTo(99_000 * 30_720.0);
    }

    @Test
    void nemotron3NanoCachesSixAttentionLayersAndAFixedMambaStatePerSequence() {
        KvCacheLayout kv = KvCacheLayout.of(ModelCatalog.builtIn().require("nemotron-3-nano-30b-a3b"), Precision.BF16);
        // 6 attention layers: 2 · 2 KV heads · 128 · 2 B = 1,024 B per position each → 6,144 B per token
        assertThat(kv.bytesPerToken()).isEqualTo(6_144.0);
        // 23 Mamba-2 layers, per sequence: conv (4 − 1) · (4,096 x + 2 · 8 · 128 B and C) · 2 B = 36,864 B plus the
        // SSM state 64 heads · 64 · 128 · 2 B = 1,048,576 B → 1,085,440 B × 23 = 24,965,120 B
        assertThat(kv.stateBytesPerSequence()).isEqualTo(24_965_120.0);
    }

    @Test
    void theStateOfAFloat32StateModelIsCountedAtFourBytesWhateverTheKvPrecision() {
        KvCacheLayout kv = KvCacheLayout.of(ModelCatalog.builtIn().require("qwen3.5-27b"), Precision.FP8);
        // 48 linear layers: conv 3 · (2 · 2,048 + 6,144) channels · 1 B (FP8 KV) = 30,720 B;
        // delta 48 heads · 128 · 128 · 4 B (mamba_ssm_dtype float32) = 3,145,728 B → 3,176,448 B × 48
        assertThat(kv.stateBytesPerSequence()).isEqualTo(48 * 3_176_448.0);
        // 16 full layers: 2 · 4 · 256 · 1 B
        assertThat(kv.bytesPerToken()).isEqualTo(16 * 2_048.0);
    }
}
