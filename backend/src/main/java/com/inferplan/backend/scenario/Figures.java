package com.inferplan.backend.scenario;

import com.inferplan.backend.scenario.Figure.FigureInput;
import com.inferplan.pricing.explain.CostFlag;
import com.inferplan.pricing.explain.Explained;
import com.inferplan.pricing.explain.FormulaInput;
import java.util.List;

/** Turns the pricing library's explained numbers into explorer figures, keeping every level. */
final class Figures {

    private Figures() {
    }

    static Figure of(Explained explained) {
        List<FigureInput> inputs = explained.inputs().stream().map(Figures::input).toList();
        List<String> notes = explained.flags().stream().map(CostFlag::message).toList();
        return Figure.of(explained.quantity(), explained.value(), explained.unit(), explained.formula(), inputs, false,
                notes);
    }

    private static FigureInput input(FormulaInput input) {
        if (input.derivation() != null) {
            Figure derived = of(input.derivation());
            return new FigureInput(input.name(), input.value(), input.unit(), Origin.of(input.provenance()), derived);
        }
        return FigureInput.of(input.name(), input.value(), input.unit(), Origin.of(input.provenance()));
    }
}
