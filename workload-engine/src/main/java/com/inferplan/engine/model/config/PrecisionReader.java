package com.inferplan.engine.model.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.inferplan.catalog.Precision;
import com.inferplan.engine.model.Int4Packing;
import com.inferplan.engine.model.ModelFamily;
import com.inferplan.engine.model.TensorGroup;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Native storage precision: {@code torch_dtype} (or newer {@code dtype}) for unquantised tensors,
 * BF16 when absent; {@code quantization_config} for the quantised ones: its method says which
 * groups it quantises and to what, its {@code ignore} / {@code modules_to_not_convert} /
 * {@code ignored_layers} / {@code exclude_modules} list which modules stay in the base dtype.
 */
final class PrecisionReader {

    private static final String FIELD = "quantization_config";
    private static final List<String> EXEMPTION_LISTS =
            List.of("ignore", "modules_to_not_convert", "ignored_layers", "exclude_modules");
    /** DeepSeek-V3's FP8 checkpoint names no list and keeps router and head in BF16. */
    private static final List<String> FP8_WITHOUT_LIST = List.of("lm_head", "gate", "router");

    private PrecisionReader() {
    }

    static QuantizationPlan read(ConfigFields f, ModelFamily family) {
        Precision base = dtype(f, f.has("torch_dtype") ? "torch_dtype" : "dtype");
        JsonNode q = f.node(FIELD);
        if (q == null || q.isNull()) {
            return QuantizationPlan.none(base);
        }
        List<String> listed = exemptions(f, q);
        String method = q.path("quant_method").asText("");
        return switch (method) {
            // transformers' mxfp4 replaces only the experts; attention, router, embedding, head stay
            case "mxfp4" -> plan(base, Precision.MXFP4, EnumSet.of(TensorGroup.ROUTED_EXPERTS), listed, null);
            case "fp8" -> plan(base, Precision.FP8, linear(family), listed.isEmpty() ? FP8_WITHOUT_LIST : listed, null);
            case "compressed-tensors" -> plan(base, CompressedTensors.precision(f, q), linear(family), listed,
                    CompressedTensors.int4Packing(f, q, base));
            case "modelopt" -> plan(base, modelopt(f, q), linear(family), listed, null);
            default -> {
                f.reject(FIELD + ".quant_method", q.path("quant_method").toString(),
                        "unsupported; supported: mxfp4, fp8, compressed-tensors, modelopt");
                yield QuantizationPlan.none(base);
            }
        };
    }

    private static QuantizationPlan plan(Precision base, Precision quantized, Set<TensorGroup> targets,
                                         List<String> exempt, Int4Packing packing) {
        return new QuantizationPlan(base, quantized, targets, new ModuleExemptions(exempt), packing);
    }

    /** Every nn.Linear: DeepSeek's and GLM's routers are bare parameters, not Linears, so never quantised. */
    private static Set<TensorGroup> linear(ModelFamily family) {
        Set<TensorGroup> groups = EnumSet.of(TensorGroup.ATTENTION, TensorGroup.DENSE_MLP, TensorGroup.ROUTED_EXPERTS,
                TensorGroup.SHARED_EXPERTS, TensorGroup.LM_HEAD, TensorGroup.ROUTER);
        if (family.deepSeekStyle() || family == ModelFamily.GLM4_MOE) {
            groups.remove(TensorGroup.ROUTER);
        }
        return groups;
    }

    private static Precision modelopt(ConfigFields f, JsonNode q) {
        String algo = q.path("quant_algo").asText("");
        return switch (algo) {
            case "NVFP4" -> Precision.NVFP4;
            case "FP8" -> Precision.FP8;
            default -> {
                f.reject(FIELD + ".quant_algo", q.path("quant_algo").toString(), "unsupported; supported: NVFP4, FP8");
                yield Precision.NVFP4;
            }
        };
    }

    private static List<String> exemptions(ConfigFields f, JsonNode q) {
        List<String> entries = new ArrayList<>();
        for (String list : EXEMPTION_LISTS) {
            JsonNode node = q.path(list);
            if (node.isMissingNode() || node.isNull()) {
                continue;
            }
            if (!node.isArray()) {
                f.reject(FIELD + "." + list, node.toString(), "must be a list of module names");
                continue;
            }
            for (JsonNode entry : node) {
                if (isModuleName(entry)) {
                    entries.add(entry.asText());
                } else {
                    f.reject(FIELD + "." + list, entry.toString(), "not a module name or a valid re: pattern");
                }
            }
        }
        return entries;
    }

    private static boolean isModuleName(JsonNode entry) {
        if (!entry.isTextual()) {
            return false;
        }
        try {
            if (entry.asText().startsWith("re:")) {
                Pattern.compile(entry.asText().substring(3));
            }
            return true;
        } catch (PatternSyntaxException e) {
            return false;
        }
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
