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
    void fp8KvHalvesTheCache() {
        KvCacheLayout kv = KvCacheLayout.of(ModelCatalog.builtIn().require("llama-3.1-70b"), Precision.FP8);
        // 2 · 8 · 128 · 1 B × 80 layers
        assertThat(kv.bytesPerToken()).isEqualTo(163_840.0);
    }
}
