package com.inferplan.backend.pricing;

import com.inferplan.pricing.PricingInputException;
import com.inferplan.pricing.basis.ApiTokenPrice;
import com.inferplan.pricing.basis.CostBasis;
import com.inferplan.pricing.basis.HourlyBasis;
import com.inferplan.pricing.explain.Provenance;
import com.inferplan.pricing.param.Parameter;
import com.inferplan.pricing.uncertainty.CostScenarios;
import com.inferplan.pricing.uncertainty.Distribution;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A cost basis with the spread of its uncertain parameters and the status of its inputs (reported,
 * assumed, ...), by name: what a saved basis stores and what a comparison prices (decision 0601).
 * Inputs without a status were entered by a person. Only hourly bases have parameters to spread.
 */
public record BasisSpec(CostBasis basis, Map<String, Distribution> uncertainty, Map<String, Provenance> provenance) {

    public BasisSpec {
        if (basis == null) {
            throw new PricingInputException("basis", null, "a cost basis is required");
        }
        uncertainty = Map.copyOf(uncertainty == null ? Map.of() : uncertainty);
        provenance = Map.copyOf(provenance == null ? Map.of() : provenance);
        if (!uncertainty.isEmpty()) {
            requireParametersOf(basis, uncertainty);
        }
    }

    public static BasisSpec certain(CostBasis basis) {
        return new BasisSpec(basis, Map.of(), Map.of());
    }

    /** Names of the numeric parameters a distribution may be given for, in the basis's order. */
    private static List<String> parameterNames(CostBasis basis) {
        return basis instanceof HourlyBasis hourly ? hourly.parameters().stream().map(Parameter::name).toList()
                : List.of();
    }

    /**
     * This spec with the statuses of {@code previous} that still hold: a parameter keeps its status
     * while its value is unchanged; labels of derived terms are kept only if nothing changed.
     */
    public BasisSpec withProvenanceCarriedFrom(BasisSpec previous) {
        Map<String, Double> before = parameterValues(previous.basis);
        Map<String, Double> now = parameterValues(basis);
        boolean unchanged = basis.equals(previous.basis);
        Map<String, Provenance> kept = new HashMap<>();
        previous.provenance.forEach((name, status) -> {
            boolean isParameter = now.containsKey(name);
            if (unchanged || isParameter && now.get(name).equals(before.get(name))) {
                kept.put(name, status);
            }
        });
        return new BasisSpec(basis, uncertainty, kept);
    }

    public Map<String, Distribution> sortedUncertainty() {
        return new TreeMap<>(uncertainty);
    }

    private static Map<String, Double> parameterValues(CostBasis basis) {
        return basis instanceof HourlyBasis hourly
                ? hourly.parameters().stream().collect(Collectors.toMap(Parameter::name, Parameter::value))
                : Map.of();
    }

    private static void requireParametersOf(CostBasis basis, Map<String, Distribution> uncertainty) {
        if (basis instanceof ApiTokenPrice) {
            throw new PricingInputException("uncertainty", uncertainty.keySet(),
                    "a per-token API price has no parameters to spread; give ranges only for hourly bases");
        }
        Set<String> known = Set.copyOf(parameterNames(basis));
        for (String name : new TreeMap<>(uncertainty).keySet()) {
            if (!known.contains(name)) {
                throw new PricingInputException(name, name, "is not a parameter of this " + basis.kind()
                        + " basis; parameters: " + known.stream().sorted().collect(Collectors.joining(", ")));
            }
        }
        // Builds the scenario once so a spread that cannot be sampled (e.g. almost all mass below 0) is refused now.
        CostScenarios.usdPerUsedChipHour((HourlyBasis) basis, 1.0, uncertainty);
    }
}
