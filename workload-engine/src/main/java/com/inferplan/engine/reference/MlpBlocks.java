package com.inferplan.engine.reference;

import com.inferplan.engine.model.ModelArchitecture;
import com.inferplan.engine.model.MoeRouting;
import com.inferplan.engine.model.MoeSpec;
import com.inferplan.engine.profile.FlopRules;
import java.util.ArrayList;
import java.util.List;

/** Dense MLP (SwiGLU or squared ReLU) and the mixture-of-experts block with real top-k routing (Gemma 4's beside the dense MLP). */
final class MlpBlocks {

    private final ModelArchitecture a;
    private final boolean clamped;

    MlpBlocks(ModelArchitecture a) {
        this.a = a;
        this.clamped = a.family().clampedSwiGlu();
    }

    /** Dense MLP; {@code prefix} is "" for the layer MLP and "shared_" for DeepSeek's shared experts. */
    float[][] dense(WorkCounter wc, String prefix, LayerWeights.MlpWeights w, float[][] h) {
        if (w.gate() == null) {
            float[][] up = Kernels.linear(wc, prefix + "up_proj", h, w.up(), w.upBias());
            float[][] act = Kernels.relu2(wc, prefix.isEmpty() ? "mlp_act" : prefix + "act", up);
            return Kernels.linear(wc, prefix + "down_proj", act, w.down(), w.downBias());
        }
        float[][] gate = Kernels.linear(wc, prefix + "gate_proj", h, w.gate(), w.gateBias());
        float[][] up = Kernels.linear(wc, prefix + "up_proj", h, w.up(), w.upBias());
        float[][] gateUp = new float[h.length][];
        for (int r = 0; r < h.length; r++) {
            gateUp[r] = concat(gate[r], up[r]);
        }
        float[][] act = Kernels.swiGlu(wc, prefix.isEmpty() ? "mlp_act" : prefix + "act", gateUp, w.width(), clamped);
        return Kernels.linear(wc, prefix + "down_proj", act, w.down(), w.downBias());
    }

    float[][] moe(WorkCounter wc, LayerWeights.MoeWeights w, float[][] h) {
        Selection selection = route(wc, w, h);
        float[][] out = w.latent() == null ? routedExperts(wc, w, h, selection.chosen(), selection.gates())
                : Kernels.linear(wc, "fc2_latent_proj", routedExperts(wc, w,
                        Kernels.linear(wc, "fc1_latent_proj", h, w.latent().down(), null), selection.chosen(),
                        selection.gates()), w.latent().up(), null);
        if (w.shared() == null) {
            return out;
        }
        float[][] shared = dense(wc, "shared_", w.shared(), h);
        if (w.sharedGate() == null) {
            return Kernels.add(wc, "shared_combine", out, shared);
        }
        return gatedCombine(wc, out, shared, Kernels.linear(wc, "shared_gate", h, w.sharedGate(), null));
    }

    /**
     * Gemma 4's MoE layer: the dense MLP on the pre-MLP norm {@code h}, post-normed, plus the routed
     * experts on the residual {@code x} (router through its scaled weightless norm, experts through
     * their own pre-norm), post-normed; the gates carry the router's per-expert scale.
     */
    float[][] moeBesideDense(WorkCounter wc, LayerWeights.MlpWeights denseWeights, LayerWeights.MoeWeights w,
                             float[][] x, float[][] h) {
        LayerWeights.BesideDense b = w.besideDense();
        float[][] dense = Kernels.rmsNorm(wc, "post_mlp_norm_1", dense(wc, "", denseWeights, h), b.postDenseNorm());
        Selection selection = route(wc, w, scaledRouterInput(wc, x, b.routerScale()));
        for (int t = 0; t < x.length; t++) {
            for (int slot = 0; slot < selection.gates()[t].length; slot++) {
                selection.gates()[t][slot] *= b.perExpertScale().data[selection.chosen()[t][slot]];
            }
        }
        wc.flops("router", (long) x.length * a.moe().topK());
        wc.weights("router", b.perExpertScale());
        float[][] experts = routedExperts(wc, w, Kernels.rmsNorm(wc, "expert_norm", x, b.expertNorm()),
                selection.chosen(), selection.gates());
        return Kernels.add(wc, "moe_combine", dense, Kernels.rmsNorm(wc, "post_expert_norm", experts, b.postExpertNorm()));
    }

    /** Gemma4TextRouter's input: weightless RMSNorm, times the learned scale and hidden^-1/2. */
    private float[][] scaledRouterInput(WorkCounter wc, float[][] x, Tensor scale) {
        float root = (float) (1 / Math.sqrt(a.hidden()));
        float[][] y = new float[x.length][];
        for (int t = 0; t < x.length; t++) {
            y[t] = x[t].clone();
            Kernels.normalizeUnweighted(wc, "router_norm", y[t], 0, a.hidden());
            for (int i = 0; i < y[t].length; i++) {
                y[t][i] *= scale.data[i] * root;
            }
        }
        long elements = (long) x.length * a.hidden();
        wc.flops("router_norm", (FlopRules.SCALED_ROUTER_NORM_PER_ELEMENT - FlopRules.L2_NORM_PER_ELEMENT) * elements);
        wc.weights("router_norm", scale);
        return y;
    }

    /** The chosen experts and their gate weights per token. */
    private record Selection(int[][] chosen, float[][] gates) {
    }

    private Selection route(WorkCounter wc, LayerWeights.MoeWeights w, float[][] h) {
        MoeSpec moe = a.moe();
        int tokens = h.length;
        boolean biasOnLogits = moe.routing() == MoeRouting.TOP_K_THEN_SOFTMAX;
        float[][] logits = Kernels.linear(wc, "router", h, w.router(), biasOnLogits ? w.routerBias() : null);
        if (!biasOnLogits && w.routerBias() != null) {
            // DeepSeek adds its score-correction bias to every expert score when selecting
            wc.flops("router", (long) FlopRules.BIAS_PER_ELEMENT * tokens * moe.experts());
            wc.weights("router", w.routerBias());
        }
        int[][] chosen = new int[tokens][moe.topK()];
        float[][] gates = new float[tokens][moe.topK()];
        for (int t = 0; t < tokens; t++) {
            Routing.select(moe, logits[t], biasOnLogits ? null : w.routerBias(), chosen[t], gates[t]);
        }
        wc.flops("router", (long) tokens * (FlopRules.ROUTER_PER_LOGIT * moe.experts() + FlopRules.ROUTER_PER_SELECTED * moe.topK()));
        return new Selection(chosen, gates);
    }

    /** out + sigmoid(gate) · shared, per token (Qwen3-Next / Qwen3.5 shared expert gate). */
    private static float[][] gatedCombine(WorkCounter wc, float[][] out, float[][] shared, float[][] gate) {
        for (int t = 0; t < out.length; t++) {
            float scale = (float) (1 / (1 + Math.exp(-gate[t][0])));
            for (int i = 0; i < out[t].length; i++) {
                out[t][i] += scale * shared[t][i];
            }
        }
        long elements = (long) out.length * out[0].length;
        wc.flops("shared_combine", FlopRules.SIGMOID * out.length + FlopRules.COMBINE_PER_ELEMENT * elements);
        wc.activations("shared_combine", 2 * elements + out.length, elements);
        return out;
    }

    private float[][] routedExperts(WorkCounter wc, LayerWeights.MoeWeights w, float[][] h, int[][] chosen, float[][] gates) {
        int d = h[0].length;
        float[][] out = new float[h.length][d];
        int distinct = 0;
        long combined = 0;
        for (int e = 0; e < w.experts().length; e++) {
            List<int[]> assigned = assignments(chosen, e);
            if (assigned.isEmpty()) {
                continue;
            }
            distinct++;
            LayerWeights.MlpWeights expert = w.experts()[e];
            float[][] x = new float[assigned.size()][];
            for (int i = 0; i < x.length; i++) {
                x[i] = h[assigned.get(i)[0]];
            }
            float[][] act = expert.gate() == null
                    ? Kernels.relu2(wc, "expert_act", Kernels.linear(wc, "expert_up", x, expert.up(), expert.upBias()))
                    : Kernels.swiGlu(wc, "expert_act", Kernels.gateUp(wc, "expert_gate_up", x, expert.gate(), expert.up(),
                            expert.gateBias(), expert.upBias()), expert.width(), clamped);
            float[][] y = Kernels.linear(wc, "expert_down", act, expert.down(), expert.downBias());
            for (int i = 0; i < y.length; i++) {
                int token = assigned.get(i)[0];
                float gate = gates[token][assigned.get(i)[1]];
                for (int c = 0; c < d; c++) {
                    out[token][c] += gate * y[i][c];
                }
            }
            combined += y.length;
        }
        wc.flops("expert_combine", FlopRules.COMBINE_PER_ELEMENT * combined * d);
        wc.activations("expert_combine", combined * d, (long) h.length * d);
        wc.moeLayer(distinct);
        return out;
    }

    /** (token, slot) pairs routed to {@code expert}. */
    private static List<int[]> assignments(int[][] chosen, int expert) {
        List<int[]> assigned = new ArrayList<>();
        for (int t = 0; t < chosen.length; t++) {
            for (int slot = 0; slot < chosen[t].length; slot++) {
                if (chosen[t][slot] == expert) {
                    assigned.add(new int[] {t, slot});
                }
            }
        }
        return assigned;
    }

    private static float[] concat(float[] a, float[] b) {
        float[] y = new float[a.length + b.length];
        System.arraycopy(a, 0, y, 0, a.length);
        System.arraycopy(b, 0, y, a.length, b.length);
        return y;
    }
}
