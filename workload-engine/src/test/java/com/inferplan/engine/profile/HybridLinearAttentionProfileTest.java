package com.inferplan.engine.profile;

import static org.assertj.core.api.Assertions.assertThat;

import com.inferplan.engine.model.ModelArchitecture;
import com.inferplan.engine.model.ModelCatalog;
import org.junit.jupiter.api.Test;

/** Hand-worked Gated DeltaNet operators of Qwen3.5-397B-A17B (BF16 weights, KV and state). */
class HybridLinearAttentionProfileTest {

    private static final ModelArchitecture QWEN35 = ModelCatalog.builtIn().require("qwen3.5-397b-a17b");

    @Test
    void aDecodeTokenOfALinearLayerCostsTheHandWorkedRecurrenceAndMovesItsStateOnce() {
        ExecutionProfile p = Profiler.profile(QWEN35, ProfileRequest.decode(1, 4096));
        Operator rule = op(p, "moe.linear", "linear_attention");
        assertThat(rule.layerCount()).isEqualTo(45);
        // q, k L2 norms (3 + 3 per key element) and q's 1/√dk (1): 2,048 · 7 = 14,336; gates 64 · 10 = 640;
        // state 64 · 128 · 128 · 7 = 7,340,032; values 8,192 · 2 = 16,384 → 7,371,392
        assertThat(rule.flops()).isEqualTo(7_371_392.0);
        // delta state 64 · 128 · 128 · 2 B read and written once
        assertThat(rule.kvBytesRead()).isEqualTo(2_097_152.0);
        assertThat(rule.kvBytesWritten()).isEqualTo(2_097_152.0);
        Operator conv = op(p, "moe.linear", "short_conv");
        // 12,288 channels × (4 taps · 2 + SiLU 4)
        assertThat(conv.flops()).isEqualTo(12_288.0 * 12);
        assertThat(conv.kvBytesRead()).isEqualTo(3 * 12_288 * 2.0);
        assertThat(op(p, "moe.full", "q_proj").flops()).as("query and gate").isEqualTo(2.0 * 4096 * 16_384);
        assertThat(op(p, "moe.full", "attn_gate").flops()).isEqualTo(4.0 * 8192);
    }

    @Test
    void aLinearLayersDecodeCostDoesNotGrowWithTheContext() {
        OperatorGroup shortContext = group(Profiler.profile(QWEN35, ProfileRequest.decode(8, 1_000)), "moe.linear");
        OperatorGroup longContext = group(Profiler.profile(QWEN35, ProfileRequest.decode(8, 200_000)), "moe.linear");
        assertThat(longContext.operators()).isEqualTo(shortContext.operators());
    }

    @Test
    void hybridDecodeReadsFarLessCacheThanTheAllFullAttentionEquivalentAtLongContext() {
        ProfileRequest decode = ProfileRequest.decode(1, 131_072);
        double hybrid = cacheBytes(Profiler.profile(QWEN35, decode));
        double allFull = cacheBytes(Profiler.profile(allFullAttention(QWEN35), decode));
        // all full: 60 layers × 131,073 positions × 2,048 B ≈ 16.1 GB; hybrid: 15 of those layers ≈ 4.0 GB
        // plus 45 × 2 × 2,170,880 B of state ≈ 0.2 GB
        assertThat(allFull).isEqualTo(60 * (131_073 * 2048.0 + 2048));
        assertThat(hybrid).isEqualTo(15 * (131_073 * 2048.0 + 2048) + 45 * 2 * 2_170_880.0);
        assertThat(hybrid).isLessThan(allFull / 3.5);
    }

    private static double cacheBytes(ExecutionProfile p) {
        return p.operators().stream().mapToDouble(o -> (o.kvBytesRead() + o.kvBytesWritten()) * o.layerCount()).sum();
    }

    private static ModelArchitecture allFullAttention(ModelArchitecture a) {
        return new ModelArchitecture(a.id() + "-all-full", a.displayName(), a.family(), a.layers(), a.hidden(),
                a.heads(), a.kvHeads(), a.headDim(), a.intermediate(), a.vocab(), a.tiedEmbeddings(), a.maxContext(),
                a.attentionPattern(), a.attentionSinks(), a.attentionBias(), a.mlpBias(), a.qkNorm(), a.moe(), a.mla(),
                a.nativePrecisions(), a.rope(), null, a.mtpLayers(), a.fullAttention());
    }

    private static OperatorGroup group(ExecutionProfile p, String name) {
        return p.groups().stream().filter(g -> g.name().equals(name)).findFirst().orElseThrow();
    }

    private static Operator op(ExecutionProfile p, String groupName, String name) {
        return group(p, groupName).operators().stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow();
    }
}
