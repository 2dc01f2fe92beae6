package com.inferplan.engine.reference;

import com.inferplan.engine.model.ModelArchitecture;
import com.inferplan.engine.profile.FlopRules;
import java.util.Arrays;
import java.util.Objects;

/**
 * Runs the real forward pass of a {@link ModelArchitecture} in plain Java float32 with seeded random
 * weights: prefill chunks of P tokens per sequence, then decode steps against a KV cache. Every
 * kernel counts the FLOPs and the elements it touches, so the analytic profile can be checked
 * against what actually ran. Meant for small versions of each family (width and depth reduced).
 */
public final class ReferenceExecutor {

    private final ModelArchitecture arch;
    private final ReferenceWeights weights;
    private final MlpBlocks mlps;
    private KvCache cache;
    private LinearState linearState;
    private int batch;
    private long context;

    public ReferenceExecutor(ModelArchitecture arch, long seed) {
        this.arch = Objects.requireNonNull(arch, "arch");
        this.weights = new ReferenceWeights(arch, seed);
        this.mlps = new MlpBlocks(arch);
    }

    public ModelArchitecture architecture() {
        return arch;
    }

    /** Drops every sequence and its cache; the weights stay. */
    public void reset() {
        cache = null;
        linearState = null;
        batch = 0;
        context = 0;
    }

    /** Tokens already cached per sequence. */
    public long context() {
        return context;
    }

    /**
     * Adds {@code tokens[b].length} tokens (equal for every sequence) to each of the batch's
     * sequences. The first call fixes the batch; later calls continue it (chunked prefill).
     */
    public StepResult prefill(int[][] tokens) {
        if (tokens.length == 0 || tokens[0].length == 0) {
            throw new IllegalArgumentException("prefill needs at least one sequence with at least one token");
        }
        if (cache == null) {
            batch = tokens.length;
            cache = new KvCache(arch.layers(), batch);
            linearState = arch.linearAttention() == null ? null
                    : new LinearState(arch.layers(), batch, arch.linearAttention());
        }
        return step(tokens, false);
    }

    /** One new token per sequence. */
    public StepResult decode(int[] tokens) {
        if (cache == null) {
            throw new IllegalStateException("decode needs a prefill first");
        }
        int[][] rows = new int[tokens.length][];
        for (int b = 0; b < tokens.length; b++) {
            rows[b] = new int[] {tokens[b]};
        }
        return step(rows, true);
    }

    private StepResult step(int[][] tokens, boolean decode) {
        validate(tokens);
        long start = System.nanoTime();
        int newTokens = tokens[0].length;
        StepContext s = new StepContext(new WorkCounter(), cache, batch, newTokens, context, decode);
        float[][] x = embed(s.counter(), tokens);
        for (int layer = 0; layer < arch.layers(); layer++) {
            x = layer(s, layer, x);
        }
        float[][] last = new float[batch][];
        for (int b = 0; b < batch; b++) {
            last[b] = x[b * newTokens + newTokens - 1];
        }
        float[][] normed = Kernels.rmsNorm(s.counter(), "final_norm", last, weights.finalNorm);
        float[][] logits = Kernels.linear(s.counter(), "lm_head", normed, weights.lmHead, null);
        int[] next = sample(s.counter(), logits);
        context += newTokens;
        return new StepResult(next, logits, s.counter().finish(), System.nanoTime() - start);
    }

    private float[][] layer(StepContext s, int index, float[][] x) {
        LayerWeights w = weights.layers[index];
        WorkCounter wc = s.counter();
        float[][] h = Kernels.rmsNorm(wc, "attn_norm", x, w.attentionNorm());
        float[][] attention = mix(s, w.mixer(), index, h);
        if (w.postAttentionNorm() != null) {
            attention = Kernels.rmsNorm(wc, "post_attn_norm", attention, w.postAttentionNorm());
        }
        x = Kernels.add(wc, "attn_residual", x, attention);
        if (w.mlpNorm() == null) {
            return x;
        }
        h = Kernels.rmsNorm(wc, "mlp_norm", x, w.mlpNorm());
        float[][] mlp = mlp(wc, w, x, h);
        if (w.postMlpNorm() != null) {
            mlp = Kernels.rmsNorm(wc, "post_mlp_norm", mlp, w.postMlpNorm());
        }
        return Kernels.add(wc, "mlp_residual", x, mlp);
    }

    private float[][] mix(StepContext s, LayerWeights.Mixer m, int index, float[][] h) {
        if (m.mamba() != null) {
            return new Mamba2(arch, m.mamba(), linearState, index).run(s, h);
        }
        if (m.linear() != null) {
            return new GatedDeltaNet(arch, m.linear(), linearState, index).run(s, h);
        }
        if (m.mla() != null) {
            return new MlaAttention(arch, m.mla(), arch.attentionPattern().get(index), index).run(s, h);
        }
        return new GqaAttention(arch, m.gqa(), arch.attentionPattern().get(index), index).run(s, h);
    }

    /** The layer's MLP output from its normed input {@code h}; Gemma 4's experts read the residual {@code x}. */
    private float[][] mlp(WorkCounter wc, LayerWeights w, float[][] x, float[][] h) {
        if (w.moe() == null) {
            return mlps.dense(wc, "", w.dense(), h);
        }
        return w.dense() != null ? mlps.moeBesideDense(wc, w.dense(), w.moe(), x, h) : mlps.moe(wc, w.moe(), h);
    }

    private float[][] embed(WorkCounter wc, int[][] tokens) {
        int d = arch.hidden();
        float[][] x = new float[batch * tokens[0].length][];
        int t = 0;
        for (int[] sequence : tokens) {
            for (int token : sequence) {
                x[t++] = Arrays.copyOfRange(weights.embedding.data, token * d, (token + 1) * d);
            }
        }
        wc.gatheredWeights("embedding", (long) x.length * d);
        wc.activations("embedding", 0, (long) x.length * d);
        return x;
    }

    private static int[] sample(WorkCounter wc, float[][] logits) {
        int[] next = new int[logits.length];
        for (int b = 0; b < logits.length; b++) {
            for (int v = 1; v < logits[b].length; v++) {
                if (logits[b][v] > logits[b][next[b]]) {
                    next[b] = v;
                }
            }
        }
        long compared = (long) logits.length * logits[0].length;
        wc.flops("sampling", FlopRules.SAMPLING_PER_LOGIT * compared);
        wc.activations("sampling", compared, logits.length);
        return next;
    }

    private void validate(int[][] tokens) {
        if (tokens.length != batch) {
            throw new IllegalArgumentException("step has " + tokens.length + " sequences; the batch has " + batch);
        }
        for (int[] sequence : tokens) {
            if (sequence.length != tokens[0].length) {
                throw new IllegalArgumentException("every sequence must add the same number of tokens");
            }
            for (int token : sequence) {
                if (token < 0 || token >= arch.vocab()) {
                    throw new IllegalArgumentException("token " + token + " outside vocabulary of " + arch.vocab());
                }
            }
        }
        if (context + tokens[0].length > arch.maxContext()) {
            throw new IllegalArgumentException("step would exceed the maximum context " + arch.maxContext());
        }
    }
}
