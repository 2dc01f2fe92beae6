package com.inferplan.pricing.param;

import com.inferplan.pricing.PricingInputException;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Values by parameter name, e.g. one Monte Carlo draw; used to rebuild a basis with other numbers. */
@FunctionalInterface
public interface ParameterValues {

    double get(String name);

    /** The base values of these parameters. */
    static ParameterValues of(List<Parameter> parameters) {
        Map<String, Double> byName = new HashMap<>();
        parameters.forEach(p -> byName.put(p.name(), p.value()));
        return ofMap(byName);
    }

    static ParameterValues ofMap(Map<String, Double> byName) {
        return name -> {
            Double value = byName.get(name);
            if (value == null) {
                throw new PricingInputException(name, null, "no value given for this parameter");
            }
            return value;
        };
    }
}
