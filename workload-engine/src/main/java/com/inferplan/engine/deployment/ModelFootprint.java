package com.inferplan.engine.deployment;

import com.inferplan.catalog.Precision;
import com.inferplan.engine.model.ModelArchitecture;
import com.inferplan.engine.model.MtpModule;
import com.inferplan.engine.model.TensorGroup;
import com.inferplan.engine.model.WeightInventory;
import com.inferplan.engine.model.WeightPrecisions;
import com.inferplan.engine.model.WeightTensor;
import com.inferplan.engine.profile.KvCacheLayout;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A model's storage at chosen precisions: weight bytes (and the attention projections' share, which
 * attention-data-parallel layouts replicate on every rank), KV bytes per token and per sequence,
 * and how far the KV cache can be split across tensor-parallel ranks.
 */
public record ModelFootprint(ModelArchitecture model, WeightPrecisions weightPrecisions, Precision weightPrecision,
                             Precision kvPrecision, double weightBytes, double attentionWeightBytes,
                             KvCacheLayout kv) {

    /** Weight bytes per model instance and requested precision; the entry keeps its model to verify a hit. */
    private static final Map<String, WeightBytes> WEIGHT_BYTES = new ConcurrentHashMap<>();

    private record WeightBytes(ModelArchitecture model, double total, double attention) {
    }

    /**
     * Null weights = native precisions as a stack serves them ({@link WeightPrecisions#served}); null KV =
     * {@code lowBitKv} where the weights are below 8 bits and the stack quantizes its KV cache (TensorRT-LLM's NVFP4 checkpoints carry an FP8 KV
     * cache), else 16-bit, or the weight precision where the weights are 8-bit (the
     * measurements-format convention). With {@code mtpDraftResident} the model's multi-token-prediction
     * layers are held too, as a stack that drafts with them loads them: their decoder blocks at the
     * model's precisions, their projection (eh_proj, a plain 16-bit linear in SGLang's deepseek_nextn.py
     * and vLLM's deepseek_mtp.py) and norms at 16 bits, and one more layer's KV per token (the draft
     * layer caches its own keys and values).
     */
    public static ModelFootprint of(ModelArchitecture model, Precision weights, Precision kv, Precision lowBitKv,
                                    boolean mtpDraftResident) {
        WeightPrecisions precisions = weights == null
                ? model.nativePrecisions().served()
                : model.nativePrecisions().served().withMatrixWeights(weights);
        Precision main = model.isMoe() ? precisions.experts() : precisions.denseMlp();
        Precision kvPrecision = kv != null ? kv : defaultKv(main, lowBitKv);
        // identity, not the architecture's deep hash: a model is evaluated many times per second
        boolean mtp = mtpDraftResident && model.mtpLayers() > 0;
        ModelArchitecture held = mtp ? MtpModule.withDecoderBlocks(model) : model;
        String key = model.id() + '@' + System.identityHashCode(model) + '|' + weights + (mtp ? "|mtp" : "");
        WeightBytes bytes = WEIGHT_BYTES.get(key);
        if (bytes == null || bytes.model() != model) {
            bytes = weightBytes(model, held, precisions);
            WEIGHT_BYTES.put(key, bytes);
        }
        return new ModelFootprint(model, precisions, main, kvPrecision, bytes.total(), bytes.attention(),
                KvCacheLayout.of(held, kvPrecision));
    }

    static Precision defaultKv(Precision weights, Precision lowBitKv) {
        if (weights == Precision.FP8 || weights == Precision.INT8) {
            return weights;
        }
        return lowBitKv != null && weights.bytesPerElement() < 1 ? lowBitKv : Precision.BF16;
    }

    /** Total weight bytes and the attention projections' bytes of the layers {@code held} for {@code model}. */
    private static WeightBytes weightBytes(ModelArchitecture model, ModelArchitecture held,
                                           WeightPrecisions precisions) {
        double attention = 0;
        for (WeightTensor t : WeightInventory.of(held)) {
            if (t.group() == TensorGroup.ATTENTION) {
                attention += t.totalElements() * precisions.bytesPerElement(t.group());
            }
        }
        double projections = held == model ? 0
                : MtpModule.projectionParameters(model) * Precision.BF16.bytesPerElement();
        return new WeightBytes(model, WeightInventory.bytes(held, precisions) + projections, attention);
    }

    public double kvBytesPerToken() {
        return kv.bytesPerToken();
    }

    public double kvBytesForSequence(long tokens) {
        return kv.bytesForSequence(tokens);
    }


    /**
     * Ranks the KV cache divides over under tensor parallelism: grouped-query KV heads split up to
     * their count and are replicated beyond it; MLA's latent is shared by all heads, so every rank
     * keeps it whole. Under attention data parallelism every rank keeps whole-head KV for its own
     * sequences, so the cache divides over all ranks.
     */
    public int kvShards(Parallelism p) {
        if (p.attentionDataParallel()) {
            return p.tp();
        }
        return model.usesMla() ? 1 : Math.min(p.tp(), model.kvHeads());
    }
}
