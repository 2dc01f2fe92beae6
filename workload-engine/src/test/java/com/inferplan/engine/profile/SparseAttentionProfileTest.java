package com.inferplan.engine.profile;

import static org.assertj.core.api.Assertions.assertThat;

import com.inferplan.catalog.Precision;
import com.inferplan.engine.model.ModelArchitecture;
import com.inferplan.engine.model.ModelCatalog;
import org.junit.jupiter.api.Test;

/** DeepSeek sparse attention against dense MLA, hand-worked for one decode step at 32k context. */
class SparseAttentionProfileTest {

    private static final ModelCatalog CATALOG = ModelCatalog.builtIn();
    private static final ProfileRequest DECODE_32K = ProfileRequest.decode(1, 32_768).withKv(Precision.FP8);

    private static double kvRead(ModelArchitecture a, String operator) {
        return Profiler.profile(a, DECODE_32K).operators().stream().filter(op -> op.name().equals(operator))
                .mapToDouble(op -> op.kvBytesRead() * op.layerCount()).sum();
    }

    @Test
    void denseMlaDecodeReadsEveryCachedLatentOfTheContext() {
        // 32,769 positions × (512 latent + 64 rope) × 1 byte × 61 layers
        assertThat(kvRead(CATALOG.require("deepseek-v3.1"), "attention")).isEqualTo(61.0 * 32_769 * 576);
    }

    @Test
    void sparseDecodeGathersTopKLatentsAndTheIndexerReadsEveryIndexKey() {
        ModelArchitecture v32 = CATALOG.require("deepseek-ai/DeepSeek-V3.2");
        // attention: 2,048 selected × 576 = 1,179,648 bytes per layer; indexer: 32,769 × 128 = 4,194,432;
        // 5,374,080 against dense 18,874,944 per layer: 3.5 times less
        assertThat(kvRead(v32, "attention")).isEqualTo(61.0 * 2_048 * 576);
        assertThat(kvRead(v32, "indexer")).isEqualTo(61.0 * 32_769 * 128);
    }

    @Test
    void sparseDecodeScoresTheWholeContextButAttendsTopKPerHead() {
        ModelArchitecture v32 = CATALOG.require("deepseek-v3.2");
        ExecutionProfile p = Profiler.profile(v32, DECODE_32K);
        double attention = p.operators().stream().filter(op -> op.name().equals("attention"))
                .mapToDouble(op -> op.flops() * op.layerCount()).sum();
        double indexer = p.operators().stream().filter(op -> op.name().equals("indexer"))
                .mapToDouble(op -> op.flops() * op.layerCount()).sum();
        // attention: 128 heads × 2,048 keys × (2·(576 + 512) + 5) per key; indexer: 32,769 keys × 64 heads × (2·128 + 3)
        assertThat(attention).isEqualTo(61.0 * 128 * 2_048 * (2 * (576 + 512) + 5));
        assertThat(indexer).isEqualTo(61.0 * 32_769 * 64 * (2 * 128 + 3));
    }

    @Test
    void theIndexKeyIsCachedBesideTheLatent() {
        // (576 + 128) elements × 1 byte × 61 layers against 576 × 61 for dense MLA
        assertThat(KvCacheLayout.of(CATALOG.require("deepseek-v3.2"), Precision.FP8).bytesPerToken()).isEqualTo(42_944.0);
        assertThat(KvCacheLayout.of(CATALOG.require("deepseek-v3.1"), Precision.FP8).bytesPerToken()).isEqualTo(35_136.0);
    }
}
