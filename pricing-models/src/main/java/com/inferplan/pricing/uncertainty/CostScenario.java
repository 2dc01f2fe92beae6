package com.inferplan.pricing.uncertainty;

import com.inferplan.pricing.PricingInputException;
import com.inferplan.pricing.Require;
import com.inferplan.pricing.param.ParameterValues;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * Named uncertain inputs and a pure function from their values to one output (e.g. USD per million
 * output tokens). Monte Carlo and the tornado both run over the same function.
 */
public record CostScenario(String outputName, String outputUnit, List<ScenarioInput> inputs,
                           ToDoubleFunction<ParameterValues> function) {

    public CostScenario {
        Require.text("outputName", outputName);
        Require.text("outputUnit", outputUnit);
        inputs = List.copyOf(inputs);
        Set<String> seen = new HashSet<>();
        for (ScenarioInput input : inputs) {
            if (!seen.add(input.name())) {
                throw new PricingInputException("inputs", input.name(), "input name appears twice");
            }
        }
        if (function == null) {
            throw new IllegalArgumentException("function is required");
        }
    }

    /** The output with every input at its base value. */
    public double baseValue() {
        return evaluate(Map.of());
    }

    /** The output with some inputs replaced and the rest at base. */
    public double evaluate(Map<String, Double> overrides) {
        Map<String, Double> values = new HashMap<>();
        inputs.forEach(i -> values.put(i.name(), i.value().base()));
        overrides.forEach((name, value) -> {
            if (!values.containsKey(name)) {
                throw new PricingInputException(name, value, "not an input of this scenario");
            }
            values.put(name, value);
        });
        return function.applyAsDouble(ParameterValues.ofMap(values));
    }
}
