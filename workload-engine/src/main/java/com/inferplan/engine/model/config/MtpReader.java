package com.inferplan.engine.model.config;

/**
 * Multi-token-prediction layers: {@code num_nextn_predict_layers} (DeepSeek V3/R1, Kimi, GLM),
 * {@code mtp_num_hidden_layers} (Qwen3-Next, Qwen3.5), or MiniMax M2.x's {@code num_mtp_modules}
 * modules of {@code mtp_transformer_layers} decoder layers each (absent: 1), unless {@code use_mtp}
 * is false; absent means none.
 */
final class MtpReader {

    private static final String MINIMAX_MODULES = "num_mtp_modules";

    private MtpReader() {
    }

    static int read(ConfigFields f) {
        if (f.has("num_nextn_predict_layers")) {
            return f.optionalNonNegativeInt("num_nextn_predict_layers", 0);
        }
        if (f.has(MINIMAX_MODULES)) {
            return miniMax(f);
        }
        return f.optionalNonNegativeInt("mtp_num_hidden_layers", 0);
    }

    private static int miniMax(ConfigFields f) {
        int modules = f.optionalNonNegativeInt(MINIMAX_MODULES, 0);
        int layersPerModule = f.optionalNonNegativeInt("mtp_transformer_layers", 1);
        return f.optionalBoolean("use_mtp", true) ? modules * layersPerModule : 0;
    }
}
