package com.inferplan.engine.model.config;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The modules a {@code quantization_config} keeps unquantised, as its publishers write them:
 * {@code re:} regular expressions matched from the start of the module name (compressed-tensors),
 * globs with {@code *} (modelopt, transformers' mxfp4) and plain names, which cover the module, an
 * enclosing module, or a trailing part of either ({@code "gate"} covers
 * {@code model.layers.3.block_sparse_moe.gate}). Multimodal prefixes ({@code language_model.},
 * {@code model.language_model.}) are dropped so entries match the text model's names.
 */
final class ModuleExemptions {

    private final List<Predicate<String>> matchers = new ArrayList<>();

    ModuleExemptions(List<String> entries) {
        for (String entry : entries) {
            matchers.add(matcher(entry));
        }
    }

    boolean covers(String module) {
        for (Predicate<String> m : matchers) {
            if (m.test(module)) {
                return true;
            }
        }
        return false;
    }

    private static Predicate<String> matcher(String entry) {
        if (entry.startsWith("re:")) {
            Pattern regex = Pattern.compile(entry.substring(3));
            return module -> regex.matcher(module).lookingAt();
        }
        String name = textModelName(entry);
        if (name.contains("*")) {
            Pattern glob = Pattern.compile(Pattern.quote(name).replace("*", "\\E.*\\Q"));
            return module -> anyEnclosing(module, m -> glob.matcher(m).matches());
        }
        return module -> anyEnclosing(module, m -> m.equals(name) || m.endsWith("." + name));
    }

    private static boolean anyEnclosing(String module, Predicate<String> test) {
        for (String m = module; !m.isEmpty(); m = m.contains(".") ? m.substring(0, m.lastIndexOf('.')) : "") {
            if (test.test(m)) {
                return true;
            }
        }
        return false;
    }

    private static String textModelName(String entry) {
        if (entry.startsWith("language_model.model.")) {
            return "model." + entry.substring("language_model.model.".length());
        }
        if (entry.startsWith("model.language_model.")) {
            return "model." + entry.substring("model.language_model.".length());
        }
        return entry.startsWith("language_model.") ? entry.substring("language_model.".length()) : entry;
    }
}
