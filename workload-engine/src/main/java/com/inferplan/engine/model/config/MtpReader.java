package com.inferplan.engine.model.config;

/**
 * Multi-token-prediction layers: {@code num_nextn_predict_layers} (DeepSeek V3/R1, Kimi, GLM) or
 * {@code mtp_num_hidden_layers} (Qwen3-Next, Qwen3.5); absent means none.
 */
final class MtpReader {

    private MtpReader() {
    }

    static int read(ConfigFields f) {
        String field = f.has("num_nextn_predict_layers") ? "num_nextn_predict_layers" : "mtp_num_hidden_layers";
        return f.optionalNonNegativeInt(field, 0);
    }
}
