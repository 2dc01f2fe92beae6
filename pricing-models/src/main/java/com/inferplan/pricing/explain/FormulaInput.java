package com.inferplan.pricing.explain;

import com.inferplan.pricing.Require;

/**
 * One named input of a formula. When the input is itself computed, {@code derivation} holds how,
 * so the UI can open formulas level by level; it is null for plain inputs.
 */
public record FormulaInput(String name, double value, String unit, Provenance provenance, Explained derivation) {

    public FormulaInput {
        Require.text("name", name);
        Require.finite(name, value);
        Require.text("unit", unit);
        if (provenance == null) {
            throw new IllegalArgumentException("provenance of '" + name + "' is required");
        }
    }

    public static FormulaInput of(String name, double value, String unit) {
        return new FormulaInput(name, value, unit, Provenance.INPUT, null);
    }

    /** An input computed by another formula; it counts as derived. */
    public static FormulaInput derived(Explained derivation) {
        return new FormulaInput(derivation.quantity(), derivation.value(), derivation.unit(), Provenance.DERIVED,
                derivation);
    }

    FormulaInput withProvenance(Provenance newProvenance) {
        return new FormulaInput(name, value, unit, newProvenance, derivation);
    }

    FormulaInput withDerivation(Explained newDerivation) {
        return new FormulaInput(name, value, unit, provenance, newDerivation);
    }
}
