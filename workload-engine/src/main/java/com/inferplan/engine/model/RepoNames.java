package com.inferplan.engine.model;

import com.inferplan.catalog.Precision;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repo names that publish a built-in model's architecture under another name (decision 0218): a
 * quantised copy by another organisation ({@code nvidia/DeepSeek-R1-0528-FP4-v2},
 * {@code RedHatAI/Llama-3.3-70B-Instruct-FP8-dynamic}), the publisher's own quantised release
 * ({@code Qwen/Qwen3-235B-A22B-FP8}), an instruct variant or a dated revision of the same weights
 * layout ({@code mistralai/Mixtral-8x7B-Instruct-v0.1}, {@code deepseek-ai/DeepSeek-V3-0324},
 * {@code Qwen/Qwen3-235B-A22B-Instruct-2507}). A name is reduced to its repo basename and these
 * suffixes; the catalog matches the result against the basenames of its own repo ids.
 */
final class RepoNames {

    /**
     * Trailing quantisation tokens (with the "-v2", "-dynamic" or AMD's "-KV", "-Preview" and "_MLPerf_V2"
     * that follow some of them: amd/Llama-3.1-405B-Instruct-FP8-KV, amd/DeepSeek-R1-MXFP4-Preview).
     */
    private static final Pattern QUANTISED = Pattern.compile(
            "(?:[-_.](?:fp8|fp4|nvfp4|mxfp4|int4|int8|awq|gptq|w4a16|w8a8|w4a8|w8a16|bnb|4bit|8bit|quantized|dynamic"
                    + "|block))*?[-_.](fp8|fp4|nvfp4|mxfp4|int4|int8|awq|gptq|w4a16|w8a8|w4a8|w8a16|bnb-4bit|4bit"
                    + "|8bit|quantized\\.w8a8|quantized\\.w4a16)(?:[-_.](?:dynamic|block|kv|preview|mlperf|v\\d+))*$");
    /** A four-digit revision date (MMDD or YYMM) at the end: DeepSeek-V3-0324, Qwen3-...-2507. */
    private static final Pattern REVISION = Pattern.compile("-\\d{4}$");
    /** An unquantised copy's dtype tag (NVIDIA's "-BF16" releases beside their "-FP8" and "-NVFP4" ones). */
    private static final Pattern DTYPE = Pattern.compile("[-_](?:bf16|fp16|fp32)$");
    /** Variant words that leave the architecture unchanged. */
    private static final Pattern VARIANT = Pattern.compile("-(?:instruct|chat|it|hf|base|thinking)(?=-|$)");

    private RepoNames() {
    }

    /** The repo name without its organisation, lower case. */
    static String basename(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        return n.substring(n.lastIndexOf('/') + 1);
    }

    /** The basenames a catalog repo id is found by: its own, and without an unquantised dtype tag. */
    static List<String> indexed(String name) {
        String base = basename(name);
        String untagged = DTYPE.matcher(base).replaceFirst("");
        return untagged.equals(base) ? List.of(base) : List.of(base, untagged);
    }

    /** Basenames to try for {@code name}, the most specific first (the name itself excluded). */
    static List<String> reduced(String name) {
        String base = basename(name);
        Matcher q = QUANTISED.matcher(base);
        String unquantised = DTYPE.matcher(q.find() ? base.substring(0, q.start()) : base).replaceFirst("");
        Set<String> names = new LinkedHashSet<>();
        for (String n : List.of(unquantised, unquantised.replaceFirst("^meta-", ""))) {
            String dated = REVISION.matcher(n).replaceFirst("");
            names.add(n);
            names.add(dated);
            names.add(VARIANT.matcher(n).replaceAll(""));
            names.add(VARIANT.matcher(dated).replaceAll(""));
        }
        names.remove(base);
        names.remove("");
        return List.copyOf(names);
    }

    /** The weight format a quantised repo's name states, e.g. FP8 for "-FP8-dynamic", NVFP4 for NVIDIA's "-FP4". */
    static Optional<Precision> impliedWeights(String name) {
        Matcher q = QUANTISED.matcher(basename(name));
        if (!q.find()) {
            return Optional.empty();
        }
        return Optional.of(switch (q.group(1)) {
            case "fp8" -> Precision.FP8;
            case "fp4", "nvfp4" -> Precision.NVFP4;
            case "mxfp4" -> Precision.MXFP4;
            case "int8", "w8a8", "w8a16", "8bit", "quantized.w8a8" -> Precision.INT8;
            default -> Precision.INT4;
        });
    }
}
