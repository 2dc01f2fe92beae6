package com.inferplan.pricing.portfolio;

import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.Optimisation;

import java.util.Optional;

/** ojAlgo's branch and bound on the cost program, told to look only for plans cheaper than one in hand. */
final class FleetSearch {

    private FleetSearch() {
    }

    /**
     * The cost program with a cut-off row (cost <= {@code usdCutoff}), so branch and bound prunes
     * every node that cannot beat a plan already in hand: a plan when one is found (optimal when
     * proven), none with {@code timedOut} false when none is that cheap (a proof), or true when the
     * clock stopped the search first.
     */
    static Search below(Fleet fleet, double usdCutoff, long timeLimitMillis) {
        FleetModel m = FleetModel.build(fleet, Goal.MIN_COST, timeLimitMillis);
        Expression cutoff = m.model.addExpression("cutoff").upper((usdCutoff - FleetRows.fixedUsd(fleet, -1)) / m.usdScale);
        for (int p = 0; p < fleet.pools(); p++) {
            FleetRows.add(cutoff, m.overage[p], fleet.pool(p).overageRate() / m.usdScale);
        }
        long start = System.nanoTime();
        Optimisation.Result result = m.model.minimise();
        if (!result.getState().isFeasible()) {
            return new Search(Optional.empty(), FleetModel.ranOut(start, timeLimitMillis));
        }
        return new Search(Optional.of(m.read(result, result.getState().isOptimal())), false);
    }

    record Search(Optional<FleetSolution> plan, boolean timedOut) {
    }
}
