package com.inferplan.ui.pricing;

import com.inferplan.backend.pricing.PricedBasis;
import com.inferplan.backend.pricing.ServingInputs;
import com.inferplan.backend.scenario.ChipServing;
import java.util.Map;

/**
 * The serving inputs each basis is priced at: with an engine choice, a basis for a chip takes that chip's
 * engine-predicted tokens/s (prefill and output) and the workload's mix at the page's utilization; a
 * basis without hardware (a per-token price), a chip the engine cannot place the model on, or no engine
 * choice at all take the typed figures.
 */
final class BasisServing {

    static final String TYPED = "typed on the page";

    private final ServingInputs typed;
    private final Map<String, ChipServing> byHardware;

    BasisServing(ServingInputs typed, Map<String, ChipServing> byHardware) {
        this.typed = typed;
        this.byHardware = Map.copyOf(byHardware);
    }

    static BasisServing typed(ServingInputs typed) {
        return new BasisServing(typed, Map.of());
    }

    ServingInputs of(PricedBasis basis) {
        ChipServing engine = engine(basis);
        return engine != null && engine.derived() ? engine.at(typed.utilization()) : typed;
    }

    /** Where the basis's tokens/s come from, for the grid and the CSV. */
    String from(PricedBasis basis) {
        ChipServing engine = engine(basis);
        if (engine == null) {
            return byHardware.isEmpty() || basis.hardwareId() != null ? TYPED : TYPED + " (no hardware)";
        }
        return engine.describe();
    }

    ServingInputs typed() {
        return typed;
    }

    private ChipServing engine(PricedBasis basis) {
        return basis.hardwareId() == null ? null : byHardware.get(basis.hardwareId());
    }
}
