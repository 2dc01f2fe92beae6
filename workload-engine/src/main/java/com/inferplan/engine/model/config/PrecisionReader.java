package com.inferplan.engine.model.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.inferplan.catalog.Precision;
import com.inferplan.engine.model.WeightPrecisions;

/**
 * Native storage precision: {@code torch_dtype} (or newer {@code dtype}) for unquantised tensors,
 * BF16 when absent; {@code quantization_config.quant_method} for the quantised groups.
 */
final class PrecisionReader {

    private PrecisionReader() {
    }

    static WeightPrecisions read(ConfigFields f) {
        Precision base = dtype(f, f.has("torch_dtype") ? "torch_dtype" : "dtype");
        WeightPrecisions uniform = WeightPrecisions.uniform(base);
        JsonNode quantization = f.node("quantization_config");
        if (quantization == null || quantization.isNull()) {
            return uniform;
        }
        String method = quantization.path("quant_method").asText("");
        return switch (method) {
            // modules_to_not_convert keeps attention, router, embedding and head in the base dtype
            case "mxfp4" -> new WeightPrecisions(base, base, Precision.MXFP4, base, base, base, base);
            // DeepSeek ships every linear layer but router, embedding and head as 128x128-block FP8
            case "fp8" -> new WeightPrecisions(Precision.FP8, Precision.FP8, Precision.FP8, base, base, base, base);
            default -> {
                f.reject("quantization_config.quant_method", quantization.path("quant_method").toString(),
                        "unsupported; supported: mxfp4, fp8");
                yield uniform;
            }
        };
    }

    static Precision dtype(ConfigFields f, String field) {
        String text = f.optionalText(field, "bfloat16");
        return switch (text) {
            case "bfloat16" -> Precision.BF16;
            case "float16" -> Precision.FP16;
            case "float32" -> Precision.FP32;
            default -> {
                f.reject(field, '"' + text + '"', "unsupported dtype; expected bfloat16, float16 or float32");
                yield Precision.BF16;
            }
        };
    }
}
