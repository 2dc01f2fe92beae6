package com.inferplan.engine.model.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.inferplan.catalog.Precision;
import com.inferplan.engine.model.LinearAttentionSpec;
import com.inferplan.engine.model.ModelFamily;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Qwen3-Next / Qwen3.5's Gated DeltaNet fields: which layers are linear ({@code layer_types},
 * else every layer but each {@code full_attention_interval}-th, 4 by the transformers default),
 * the {@code linear_*} head counts and widths, {@code mamba_ssm_dtype} for the state. The gated
 * attention output ({@code attn_output_gate}) is what these families are modelled with.
 */
final class LinearAttentionReader {

    static final String LINEAR = "linear_attention";
    private static final int DEFAULT_FULL_INTERVAL = 4;

    private LinearAttentionReader() {
    }

    /** Null for families without linear attention. */
    static LinearAttentionSpec read(ConfigFields f, ModelFamily family, int layers) {
        if (!family.hybridLinearAttention()) {
            return null;
        }
        if (!f.optionalBoolean("attn_output_gate", true)) {
            f.reject("attn_output_gate", "false", "only the gated attention output of " + family.modelType() + " is modelled");
        }
        int keyHeads = f.requiredPositiveInt("linear_num_key_heads");
        int valueHeads = f.requiredPositiveInt("linear_num_value_heads");
        int keyHeadDim = f.requiredPositiveInt("linear_key_head_dim");
        int valueHeadDim = f.requiredPositiveInt("linear_value_head_dim");
        int convKernel = f.requiredPositiveInt("linear_conv_kernel_dim");
        Precision state = f.has("mamba_ssm_dtype") ? PrecisionReader.dtype(f, "mamba_ssm_dtype") : null;
        List<Boolean> linear = layerFlags(f, layers);
        if (keyHeads > 0 && valueHeads % keyHeads != 0) {
            f.reject("linear_num_value_heads", String.valueOf(valueHeads), "must be a multiple of linear_num_key_heads " + keyHeads);
            return null;
        }
        if (keyHeads == 0 || valueHeads == 0 || keyHeadDim == 0 || valueHeadDim == 0 || convKernel == 0 || linear == null) {
            return null;
        }
        return LinearAttentionSpec.gatedDeltaNet(keyHeads, valueHeads, keyHeadDim, valueHeadDim, convKernel, state, linear);
    }

    private static List<Boolean> layerFlags(ConfigFields f, int layers) {
        JsonNode types = f.node("layer_types");
        List<Boolean> linear = new ArrayList<>(Math.max(layers, 0));
        if (types != null && !types.isNull()) {
            // AttentionPatternReader reports a malformed list; here only its linear entries matter
            if (!types.isArray() || types.size() != layers) {
                return null;
            }
            types.forEach(type -> linear.add(LINEAR.equals(type.asText())));
            return linear;
        }
        int interval = f.optionalPositiveInt("full_attention_interval", DEFAULT_FULL_INTERVAL);
        if (interval == 0) {
            return null;
        }
        for (int layer = 0; layer < layers; layer++) {
            linear.add((layer + 1) % interval != 0);
        }
        return linear;
    }
}
