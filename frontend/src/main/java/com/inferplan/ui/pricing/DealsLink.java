package com.inferplan.ui.pricing;

import com.inferplan.backend.pricing.ServingInputs;
import com.inferplan.pricing.PricingInputException;
import com.vaadin.flow.router.QueryParameters;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The deals view's state as a link: {@code compare=REF,REF&focus=REF&tps=&in=&u=&ratio=}. A value
 * that cannot be used falls back to the default inputs and is reported, never half-applied.
 */
record DealsLink(ServingInputs serving, Optional<EngineChoice> engine, List<String> compared, Optional<String> focus,
                 Optional<String> problem) {

    static DealsLink parse(QueryParameters query) {
        Map<String, List<String>> params = query.getParameters();
        List<String> compared = first(params, "compare").map(v -> Arrays.stream(v.split(","))
                .filter(s -> !s.isBlank()).toList()).orElse(List.of());
        ServingInputs defaults = ServingBar.DEFAULT;
        Optional<EngineChoice> engine = EngineChoice.parse(first(params, "model"), first(params, "workload"));
        try {
            ServingInputs serving = new ServingInputs(
                    number(params, "tps").orElse(defaults.tokensPerSecond()), number(params, "in").orElse(null),
                    number(params, "u").orElse(defaults.utilization()),
                    ServingInputs.mixOfRatio(number(params, "ratio").orElse(ServingInputs.DEFAULT_INPUT_OUTPUT_RATIO)));
            return new DealsLink(serving, engine, compared, first(params, "focus"), Optional.empty());
        } catch (PricingInputException e) {
            return new DealsLink(defaults, engine, compared, first(params, "focus"), Optional.of(e.getMessage()));
        }
    }

    String toQuery() {
        Map<String, String> params = new LinkedHashMap<>();
        if (!compared.isEmpty()) {
            params.put("compare", String.join(",", compared));
        }
        focus.ifPresent(f -> params.put("focus", f));
        engine.ifPresent(e -> {
            params.put("model", e.model());
            params.put("workload", e.workloadParameter());
        });
        params.put("tps", plain(serving.tokensPerSecond()));
        if (serving.inputTokensPerSecond() != null) {
            params.put("in", plain(serving.inputTokensPerSecond()));
        }
        params.put("u", plain(serving.utilization()));
        params.put("ratio", plain(serving.mix().inputTokensPerRequest() / serving.mix().outputTokensPerRequest()));
        return "?" + QueryParameters.simple(params).getQueryString();
    }

    private static Optional<Double> number(Map<String, List<String>> params, String key) {
        return first(params, key).map(text -> {
            try {
                return Double.parseDouble(text);
            } catch (NumberFormatException e) {
                throw new PricingInputException(key, text, "is not a number");
            }
        });
    }

    private static Optional<String> first(Map<String, List<String>> params, String key) {
        List<String> values = params.get(key);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
