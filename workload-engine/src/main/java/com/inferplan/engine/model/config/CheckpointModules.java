package com.inferplan.engine.model.config;

import com.inferplan.engine.model.ModelArchitecture;
import com.inferplan.engine.model.ModelFamily;
import com.inferplan.engine.model.TensorGroup;
import com.inferplan.engine.model.WeightInventory;
import com.inferplan.engine.model.WeightTensor;

/**
 * The checkpoint's module names for every weight of the inventory, layer by layer, in the text
 * model's Hugging Face naming ({@code model.layers.3.self_attn.q_a_proj}), so a quantisation
 * config's exemption list can be applied to them. Routed experts are named by expert 0: lists
 * exempt all experts of a layer or none.
 */
final class CheckpointModules {

    private CheckpointModules() {
    }

    /** Share of the group's elements whose modules the exemptions cover (0 when the group is empty). */
    static double coveredShare(ModelArchitecture a, TensorGroup group, ModuleExemptions exemptions) {
        double covered = 0;
        double total = 0;
        for (WeightTensor t : WeightInventory.of(a)) {
            if (t.group() != group) {
                continue;
            }
            long perLayer = Math.multiplyExact(t.elementsPerCopy(), t.copies());
            for (int layer = 0; layer < a.layers(); layer++) {
                if (inLayer(a, group, layer)) {
                    total += perLayer;
                    covered += exemptions.covers(name(a.family(), t, layer)) ? perLayer : 0;
                }
            }
        }
        return total == 0 ? 0 : covered / total;
    }

    private static boolean inLayer(ModelArchitecture a, TensorGroup group, int layer) {
        return switch (group) {
            case EMBEDDING, LM_HEAD -> layer == 0;
            case DENSE_MLP -> a.hasDenseMlp(layer);
            case ROUTED_EXPERTS, SHARED_EXPERTS, ROUTER -> a.isMoeLayer(layer);
            case ATTENTION, VECTORS -> true;
        };
    }

    static String name(ModelFamily family, WeightTensor t, int layer) {
        String prefix = "model.layers." + layer + ".";
        return switch (t.group()) {
            case EMBEDDING -> "model.embed_tokens";
            case LM_HEAD -> "lm_head";
            case ATTENTION -> prefix + "self_attn." + t.name();
            case DENSE_MLP, VECTORS -> prefix + t.name();
            case SHARED_EXPERTS -> prefix + "mlp." + t.name();
            case ROUTER -> prefix + moeBlock(family) + (family == ModelFamily.GPT_OSS || family == ModelFamily.GEMMA4
                    ? "router" : "gate");
            case ROUTED_EXPERTS -> prefix + moeBlock(family) + expertName(family, t.name());
        };
    }

    private static String moeBlock(ModelFamily family) {
        return switch (family) {
            case MIXTRAL, MINIMAX_M2 -> "block_sparse_moe.";
            case LLAMA4 -> "feed_forward.";
            // Gemma 4's router and experts sit beside the dense mlp, directly in the layer
            case GEMMA4 -> "";
            default -> "mlp.";
        };
    }

    /** gpt-oss stores each layer's experts as one module; the others one module per expert and projection. */
    private static String expertName(ModelFamily family, String tensor) {
        boolean down = tensor.endsWith("down_proj");
        return switch (family) {
            case GPT_OSS, LLAMA4, GEMMA4 -> tensor;
            case MIXTRAL, MINIMAX_M2 -> "experts.0." + (down ? "w2" : "w1");
            default -> "experts.0." + (down ? "down_proj" : "gate_proj");
        };
    }
}
