package com.inferplan.engine.deployment;

import com.inferplan.catalog.Precision;
import com.inferplan.engine.model.ModelArchitecture;
import com.inferplan.engine.model.WeightInventory;
import com.inferplan.engine.model.WeightPrecisions;
import com.inferplan.engine.profile.KvCacheLayout;

/**
 * A model's storage at chosen precisions: weight bytes, KV bytes per token and per sequence, and
 * how far the KV cache can be split across tensor-parallel ranks.
 */
public record ModelFootprint(ModelArchitecture model, WeightPrecisions weightPrecisions, Precision weightPrecision,
                             Precision kvPrecision, double weightBytes, KvCacheLayout kv) {

    private static final java.util.Map<String, Double> WEIGHT_BYTES = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Null weights = native precisions; null KV = 16-bit, or the weight precision where the
     * weights are 8-bit (the measurements-format convention).
     */
    public static ModelFootprint of(ModelArchitecture model, Precision weights, Precision kv) {
        WeightPrecisions precisions = weights == null
                ? model.nativePrecisions()
                : model.nativePrecisions().withMatrixWeights(weights);
        Precision main = model.isMoe() ? precisions.experts() : precisions.denseMlp();
        Precision kvPrecision = kv != null ? kv : defaultKv(main);
        String key = model.id() + '|' + model.hashCode() + '|' + precisions;
        double weightBytes = WEIGHT_BYTES.computeIfAbsent(key, k -> WeightInventory.bytes(model, precisions));
        return new ModelFootprint(model, precisions, main, kvPrecision, weightBytes, KvCacheLayout.of(model, kvPrecision));
    }

    static Precision defaultKv(Precision weights) {
        return weights == Precision.FP8 || weights == Precision.INT8 ? weights : Precision.BF16;
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
     * keeps it whole.
     */
    public int kvShards(int tp) {
        return model.usesMla() ? 1 : Math.min(tp, model.kvHeads());
    }
}
