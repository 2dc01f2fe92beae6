package com.inferplan.engine.model;

import com.inferplan.catalog.Precision;
import java.util.Objects;

/**
 * Storage precision per tensor group. Native values come from the checkpoint: {@code torch_dtype}
 * for unquantised tensors and {@code quantization_config} for quantised ones (gpt-oss: experts
 * MXFP4; DeepSeek-V3: every linear layer except router, embedding and head in block-scaled FP8).
 * {@code sharedExperts} may differ from the routed {@code experts} (Kimi K2.5 keeps its shared expert
 * BF16 beside INT4 routed experts); absent (null) it is the routed experts' precision.
 * {@code int4Packing}: the checkpoint's INT4 group layout, which sets the bytes of every INT4 group
 * ({@link #bytesPerElement}); absent, INT4 has the generic figure of {@link Precision#INT4}.
 */
public record WeightPrecisions(
        Precision attention,
        Precision denseMlp,
        Precision experts,
        Precision router,
        Precision embedding,
        Precision lmHead,
        Precision vectors,
        Precision sharedExperts,
        Int4Packing int4Packing) {

    public WeightPrecisions(Precision attention, Precision denseMlp, Precision experts, Precision router,
                            Precision embedding, Precision lmHead, Precision vectors) {
        this(attention, denseMlp, experts, router, embedding, lmHead, vectors, experts, null);
    }

    public WeightPrecisions {
        sharedExperts = sharedExperts == null ? experts : sharedExperts;
        Objects.requireNonNull(attention, "attention");
        Objects.requireNonNull(denseMlp, "denseMlp");
        Objects.requireNonNull(experts, "experts");
        Objects.requireNonNull(router, "router");
        Objects.requireNonNull(embedding, "embedding");
        Objects.requireNonNull(lmHead, "lmHead");
        Objects.requireNonNull(vectors, "vectors");
    }

    public static WeightPrecisions uniform(Precision precision) {
        return new WeightPrecisions(precision, precision, precision, precision, precision, precision, precision);
    }

    /**
     * The chosen precision applied to the large GEMM weights (attention, dense MLP, routed and
     * shared experts); router, embedding, head and vectors keep their native precision because
     * serving stacks leave them unquantised.
     */
    public WeightPrecisions withMatrixWeights(Precision precision) {
        Objects.requireNonNull(precision, "precision");
        // the checkpoint's INT4 layout only describes its own INT4 weights
        return new WeightPrecisions(precision, precision, precision, router, embedding, lmHead, vectors, precision,
                precision == Precision.INT4 ? int4Packing : null);
    }

    /**
     * The precisions a serving stack loads this checkpoint at: a 32-bit checkpoint (Gemma 2 27B's
     * {@code torch_dtype: float32}) is served at 16 bits, as vLLM's {@code --dtype auto} does ("FP16 precision
     * for FP32 and FP16 models, and BF16 precision for BF16 models", vLLM engine arguments); BF16 and FP16 share
     * one peak on every chip here. Other formats are kept.
     */
    public WeightPrecisions served() {
        return new WeightPrecisions(sixteen(attention), sixteen(denseMlp), sixteen(experts), sixteen(router),
                sixteen(embedding), sixteen(lmHead), sixteen(vectors), sixteen(sharedExperts), int4Packing);
    }

    private static Precision sixteen(Precision p) {
        return p == Precision.FP32 || p == Precision.TF32 ? Precision.BF16 : p;
    }

    /** Stored bytes per weight of the group, INT4 at the checkpoint's own packing where it states one. */
    public double bytesPerElement(TensorGroup group) {
        Precision p = of(group);
        return p == Precision.INT4 && int4Packing != null ? int4Packing.bitsPerElement() / 8 : p.bytesPerElement();
    }

    public Precision of(TensorGroup group) {
        return switch (group) {
            case ATTENTION -> attention;
            case DENSE_MLP -> denseMlp;
            case ROUTED_EXPERTS -> experts;
            case SHARED_EXPERTS -> sharedExperts;
            case ROUTER -> router;
            case EMBEDDING -> embedding;
            case LM_HEAD -> lmHead;
            case VECTORS -> vectors;
        };
    }
}
