package com.inferplan.pricing.explain;

import com.inferplan.pricing.PricingInputException;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A computed number with the formula that produced it, its named inputs and flags, so that a user
 * can "open the formula" and see which inputs are estimates.
 */
public record Explained(String quantity, double value, String unit, String formula, List<FormulaInput> inputs,
                        List<CostFlag> flags) {

    public Explained {
        if (!Double.isFinite(value)) {
            // A non-finite result means inputs slipped past validation; refuse rather than pass NaN on.
            throw new PricingInputException(quantity, value, "computation did not give a finite number");
        }
        inputs = List.copyOf(inputs);
        flags = List.copyOf(flags);
    }

    public static Explained of(String quantity, double value, String unit, String formula,
                               List<FormulaInput> inputs) {
        return new Explained(quantity, value, unit, formula, inputs, List.of());
    }

    public Explained withFlag(CostFlag flag) {
        List<CostFlag> more = new ArrayList<>(flags);
        more.add(flag);
        return new Explained(quantity, value, unit, formula, inputs, more);
    }

    /** Names of inputs, at any depth, whose provenance marks them as estimates or assumptions. */
    public Set<String> estimatedInputs() {
        Set<String> names = new LinkedHashSet<>();
        for (FormulaInput input : inputs) {
            if (input.derivation() != null) {
                names.addAll(input.derivation().estimatedInputs());
            } else if (input.provenance().isEstimate()) {
                names.add(input.name());
            }
        }
        return names;
    }

    /**
     * Relabels plain inputs by name at every depth, e.g. with the reported/assumed status of a deal
     * template's parameters. Inputs not named in the map keep their provenance.
     */
    public Explained withProvenance(Map<String, Provenance> byInputName) {
        List<FormulaInput> relabelled = new ArrayList<>(inputs.size());
        for (FormulaInput input : inputs) {
            FormulaInput next = input;
            if (input.derivation() != null) {
                next = input.withDerivation(input.derivation().withProvenance(byInputName));
            } else if (byInputName.containsKey(input.name())) {
                next = input.withProvenance(byInputName.get(input.name()));
            }
            relabelled.add(next);
        }
        return new Explained(quantity, value, unit, formula, relabelled, flags);
    }

    /** The input with this name at the top level; useful to show a single term of a formula. */
    public FormulaInput input(String name) {
        return inputs.stream().filter(i -> i.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(quantity + " has no input named " + name));
    }

    public boolean hasFlag(CostFlag.Kind kind) {
        return flags.stream().anyMatch(f -> f.kind() == kind);
    }
}
