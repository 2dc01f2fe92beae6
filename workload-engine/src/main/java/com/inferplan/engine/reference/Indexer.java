package com.inferplan.engine.reference;

import com.inferplan.engine.model.ModelArchitecture;
import com.inferplan.engine.model.SparseIndexer;
import com.inferplan.engine.profile.FlopRules;
import java.util.Comparator;
import java.util.stream.LongStream;

/**
 * DeepSeek sparse attention's lightning indexer for one layer: caches each token's index key and
 * picks, per query, the top-k earlier tokens by Σ_h w_h · ReLU(q_h · k_j) (ties to the earlier
 * token). With no more than k tokens to choose from, all are kept.
 */
final class Indexer {

    /** Per head and scored token beyond the dot product: the ReLU and the weighted sum's multiply-add. */
    private static final int SCORE_PER_HEAD_EXTRA = 3;

    private final ModelArchitecture a;
    private final SparseIndexer x;
    private final LayerWeights.IndexerWeights w;
    private final int layer;

    Indexer(ModelArchitecture a, LayerWeights.IndexerWeights w, int layer) {
        this.a = a;
        this.x = a.mla().indexer();
        this.w = w;
        this.layer = layer;
    }

    /** The positions each token attends, ascending. {@code queryInput}: the compressed query (or h). */
    long[][] select(StepContext s, float[][] h, float[][] queryInput) {
        WorkCounter wc = s.counter();
        float[][] q = Kernels.linear(wc, "indexer_q", queryInput, w.wqB(), null);
        float[][] k = Kernels.linear(wc, "indexer_k", h, w.wk(), null);
        float[][] headWeights = Kernels.linear(wc, "indexer_weights", h, w.headWeights(), null);
        int rope = a.mla().qkRopeHeadDim();
        for (int t = 0; t < h.length; t++) {
            Kernels.normalize(wc, "indexer_k_norm", k[t], 0, w.kNorm());
            for (int i = 0; i < x.headDim(); i++) {
                k[t][i] += w.kNormBias().data[i];
            }
            wc.flops("indexer_k_norm", (long) FlopRules.BIAS_PER_ELEMENT * x.headDim());
            wc.weights("indexer_k_norm", w.kNormBias());
            for (int head = 0; head < x.heads(); head++) {
                Kernels.rope(wc, "indexer_rope", q[t], head * x.headDim(), rope, s.positionOf(t), a.rope().theta());
            }
            Kernels.rope(wc, "indexer_rope", k[t], 0, rope, s.positionOf(t), a.rope().theta());
            s.cache().appendIndexKey(layer, s.sequenceOf(t), k[t]);
        }
        long[][] selected = new long[h.length][];
        ReadRange read = new ReadRange(s.batch());
        long pairs = 0;
        for (int t = 0; t < h.length; t++) {
            long position = s.positionOf(t);
            read.read(s.sequenceOf(t), 0, position);
            selected[t] = topK(s, q[t], headWeights[t], s.sequenceOf(t), position);
            pairs += position + 1;
        }
        wc.flops("indexer", pairs * x.heads() * ((long) FlopRules.PER_MULTIPLY_ADD * x.headDim() + SCORE_PER_HEAD_EXTRA));
        wc.activations("indexer", (long) h.length * x.heads() * (x.headDim() + 1), 0);
        wc.kv("indexer", read.positions() * x.headDim(), (long) h.length * x.headDim());
        return selected;
    }

    private long[] topK(StepContext s, float[] q, float[] headWeights, int sequence, long position) {
        double[] scores = new double[Math.toIntExact(position + 1)];
        for (int j = 0; j <= position; j++) {
            float[] key = s.cache().indexKey(layer, sequence, j);
            double score = 0;
            for (int head = 0; head < x.heads(); head++) {
                score += headWeights[head] * Math.max(0, Kernels.dot(q, head * x.headDim(), key, 0, x.headDim()));
            }
            scores[j] = score;
        }
        return LongStream.rangeClosed(0, position).boxed()
                .sorted(Comparator.<Long>comparingDouble(j -> -scores[Math.toIntExact(j)]).thenComparing(j -> j))
                .limit(x.topK()).mapToLong(Long::longValue).sorted().toArray();
    }
}
