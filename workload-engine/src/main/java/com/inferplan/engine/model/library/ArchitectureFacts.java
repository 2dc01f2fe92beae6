package com.inferplan.engine.model.library;

import com.inferplan.catalog.Precision;
import com.inferplan.engine.model.AttentionBias;
import com.inferplan.engine.model.AttentionWindow;
import com.inferplan.engine.model.FullAttentionShape;
import com.inferplan.engine.model.HybridBlocks;
import com.inferplan.engine.model.LinearAttentionSpec;
import com.inferplan.engine.model.MlaSpec;
import com.inferplan.engine.model.ModelArchitecture;
import com.inferplan.engine.model.ModelFamily;
import com.inferplan.engine.model.MoeSpec;
import com.inferplan.engine.model.RopeSpec;
import com.inferplan.engine.model.WeightPrecisions;
import java.util.Collections;
import java.util.List;

/**
 * A built-in model's architecture in InferPlan's own terms (the fields of
 * {@link ModelArchitecture}). Flags left out are false, {@code attentionBias} NONE, every layer
 * full attention unless {@code layerPattern} says otherwise, and weights BF16 unless
 * {@code precisions} says otherwise, no multi-token-prediction layers unless {@code mtpLayers};
 * everything else is required. {@code linearAttention} gives the Gated DeltaNet widths; its layers
 * are the {@code "linear"} entries of {@code layerPattern}. {@code fullAttention} (absent: none)
 * gives the full layers' own KV heads and head width (Gemma 4). {@code hybridBlocks} (Nemotron-H)
 * is the checkpoint's {@code hybrid_override_pattern}; it replaces {@code layerPattern}, its mixer
 * blocks are the {@code layers}, and {@code linearAttention} then gives the Mamba-2 widths.
 */
public record ArchitectureFacts(
        int layers,
        int hidden,
        int heads,
        int kvHeads,
        int headDim,
        int intermediate,
        int vocab,
        int maxContext,
        Boolean tiedEmbeddings,
        AttentionBias attentionBias,
        Boolean mlpBias,
        Boolean qkNorm,
        Boolean attentionSinks,
        LayerPattern layerPattern,
        MoeSpec moe,
        MlaSpec mla,
        WeightPrecisions precisions,
        RopeSpec rope,
        LinearAttentionSpec linearAttention,
        Integer mtpLayers,
        FullAttentionShape fullAttention,
        String hybridBlocks) {

    ModelArchitecture toArchitecture(String id, String displayName, ModelFamily family) {
        List<AttentionWindow> windows = layerPattern == null
                ? Collections.nCopies(layers, AttentionWindow.FULL) : layerPattern.windows(layers);
        return new ModelArchitecture(id, displayName, family, layers, hidden, heads, kvHeads, headDim, intermediate,
                vocab, on(tiedEmbeddings), maxContext, windows, on(attentionSinks),
                attentionBias == null ? AttentionBias.NONE : attentionBias, on(mlpBias), on(qkNorm), moe, mla,
                precisions == null ? WeightPrecisions.uniform(Precision.BF16) : precisions, required(rope),
                linearLayers(), mtpLayers == null ? 0 : mtpLayers, fullAttention);
    }

    private LinearAttentionSpec linearLayers() {
        if (hybridBlocks != null) {
            return blockLayers();
        }
        if (linearAttention == null) {
            return null;
        }
        if (layerPattern == null || !layerPattern.repeat().contains("linear")) {
            throw new IllegalArgumentException("linearAttention needs \"linear\" entries in layerPattern.repeat");
        }
        return linearAttention.withLayers(layerPattern.linearLayers(layers));
    }

    private LinearAttentionSpec blockLayers() {
        HybridBlocks blocks = HybridBlocks.parse(hybridBlocks);
        if (layerPattern != null || linearAttention == null || !linearAttention.isMamba()) {
            throw new IllegalArgumentException("hybridBlocks needs linearAttention with mixer MAMBA2 and no layerPattern");
        }
        if (blocks.layers() != layers) {
            throw new IllegalArgumentException("hybridBlocks has " + blocks.layers() + " mixer blocks; layers is " + layers);
        }
        if (blocks.routesExperts() != (moe != null)) {
            throw new IllegalArgumentException("hybridBlocks has " + (blocks.routesExperts() ? "" : "no ")
                    + "MoE blocks; moe must be " + (blocks.routesExperts() ? "given" : "absent"));
        }
        return linearAttention.withLayers(blocks.mambaLayers(), blocks.mlpLayers());
    }

    private static boolean on(Boolean flag) {
        return Boolean.TRUE.equals(flag);
    }

    private static RopeSpec required(RopeSpec rope) {
        if (rope == null) {
            throw new IllegalArgumentException("rope is required");
        }
        return rope;
    }
}
