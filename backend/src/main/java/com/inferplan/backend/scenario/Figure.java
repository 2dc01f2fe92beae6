package com.inferplan.backend.scenario;

import java.util.List;

/**
 * A number with how it was obtained: the formula as text, its named inputs (each possibly derived by
 * its own figure, so an explanation opens level by level) and notes. {@code estimate} is true when the
 * figure or any input below it is an estimate, assumption or model prediction.
 */
public record Figure(String name, double value, String unit, String formula, List<FigureInput> inputs,
                     boolean estimate, List<String> notes) {

    public Figure {
        if (!Double.isFinite(value)) {
            throw new IllegalStateException(name + " is not a finite number; its inputs escaped validation");
        }
        inputs = List.copyOf(inputs);
        notes = List.copyOf(notes);
    }

    /** A figure whose estimate flag follows its inputs (and {@code modelled} for engine predictions). */
    public static Figure of(String name, double value, String unit, String formula, List<FigureInput> inputs,
                            boolean modelled, List<String> notes) {
        boolean estimate = modelled || inputs.stream().anyMatch(FigureInput::estimate);
        return new Figure(name, value, unit, formula, inputs, estimate, notes);
    }

    /** One named input of a formula. */
    public record FigureInput(String name, double value, String unit, Origin origin, Figure derivation) {

        public static FigureInput of(String name, double value, String unit, Origin origin) {
            return new FigureInput(name, value, unit, origin, null);
        }

        public static FigureInput derived(Figure figure) {
            return new FigureInput(figure.name(), figure.value(), figure.unit(),
                    figure.estimate() ? Origin.MODEL : Origin.DERIVED, figure);
        }

        public boolean estimate() {
            return origin.isEstimate() || (derivation != null && derivation.estimate());
        }
    }
}
