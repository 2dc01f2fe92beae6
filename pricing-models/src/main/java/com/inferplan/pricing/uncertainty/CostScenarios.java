package com.inferplan.pricing.uncertainty;

import com.inferplan.pricing.PricingInputException;
import com.inferplan.pricing.basis.HourlyBasis;
import com.inferplan.pricing.param.Bounds;
import com.inferplan.pricing.param.Parameter;
import com.inferplan.pricing.tokens.ChipThroughput;
import com.inferplan.pricing.tokens.TokenCostModel;
import com.inferplan.pricing.tokens.TokenMetric;
import com.inferplan.pricing.tokens.WorkloadMix;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Scenarios built from an hourly basis: every numeric parameter of the basis (and of the throughput,
 * mix and utilization) becomes a named input, uncertain where a distribution is given, and the
 * scenario function is the same model used for single results, so the two cannot drift apart.
 */
public final class CostScenarios {

    private CostScenarios() {
    }

    /** USD per million input, output or blended tokens. */
    public static CostScenario tokenCost(HourlyBasis basis, ChipThroughput throughput, WorkloadMix mix,
                                         double utilization, TokenMetric metric,
                                         Map<String, Distribution> uncertainty) {
        List<Parameter> parameters = new ArrayList<>(basis.parameters());
        parameters.addAll(throughput.parameters());
        parameters.add(new Parameter("inputTokensPerRequest", mix.inputTokensPerRequest(), "tokens", Bounds.positive()));
        parameters.add(new Parameter("outputTokensPerRequest", mix.outputTokensPerRequest(), "tokens",
                Bounds.positive()));
        parameters.add(utilizationParameter(utilization));
        return new CostScenario("usdPerMillion" + label(metric) + "Tokens", "USD/M tokens",
                inputs(parameters, uncertainty),
                values -> TokenCostModel.usdPerMillionTokens(basis.withParameters(values),
                        throughput.withParameters(values),
                        new WorkloadMix(values.get("inputTokensPerRequest"), values.get("outputTokensPerRequest"),
                                mix.cachedInputFraction()),
                        values.get("utilization"), metric));
    }

    /** USD per used chip-hour (paid rate / utilization), e.g. a deal's rate under a disputed contract value. */
    public static CostScenario usdPerUsedChipHour(HourlyBasis basis, double utilization,
                                                  Map<String, Distribution> uncertainty) {
        List<Parameter> parameters = new ArrayList<>(basis.parameters());
        parameters.add(utilizationParameter(utilization));
        return new CostScenario("usdPerUsedChipHour", "USD/chip-hour", inputs(parameters, uncertainty), values -> {
            double u = values.get("utilization");
            return basis.withParameters(values).usdPerChipHour(u) / u;
        });
    }

    private static Parameter utilizationParameter(double utilization) {
        return new Parameter("utilization", utilization, "fraction", Bounds.utilization());
    }

    private static List<ScenarioInput> inputs(List<Parameter> parameters, Map<String, Distribution> uncertainty) {
        TreeSet<String> known = new TreeSet<>();
        parameters.forEach(p -> known.add(p.name()));
        for (String name : uncertainty.keySet()) {
            if (!known.contains(name)) {
                throw new PricingInputException("uncertainty", name, "no such input; known inputs: " + known);
            }
        }
        return parameters.stream().map(p -> new ScenarioInput(p.name(), p.unit(),
                new UncertainValue(p.value(), uncertainty.getOrDefault(p.name(), new Distribution.Fixed(p.value()))),
                p.bounds())).toList();
    }

    private static String label(TokenMetric metric) {
        return switch (metric) {
            case INPUT -> "Input";
            case OUTPUT -> "Output";
            case BLENDED -> "Blended";
        };
    }
}
