package com.inferplan.pricing.portfolio;

import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;
import org.ojalgo.optimisation.integer.IntegerStrategy;

import java.util.Optional;

/**
 * The mixed-integer program of decision 0900 in ojAlgo: integer replicas r[c] per capacity pair,
 * integer units n[p] per pool, continuous overage units e[p] >= n[p] − committed[p], and (for a
 * vendor minimum) binaries y[v]. Costs are divided by the dearest unit price so coefficients stay near 1.
 */
final class FleetModel {

    final Fleet fleet;
    final ExpressionsBasedModel model = new ExpressionsBasedModel();
    final Variable[] replicas;
    final Variable[] units;
    final Variable[] overage;
    final double usdScale;
    /**
     * ojAlgo's default strategy without Gomory cuts (a cut needs a fractionality above 1, which no
     * variable has): with cuts, 56.0.0 returned dearer plans as optimal on enumerated instances and
     * once overflowed the stack (decision 0900).
     */
    private static final IntegerStrategy NO_GOMORY_CUTS = IntegerStrategy.DEFAULT
            .withGMICutConfiguration(new IntegerStrategy.GMICutConfiguration().withFractionality(1.0));

    private FleetModel(Fleet fleet, long timeLimitMillis) {
        this.fleet = fleet;
        model.options.integer(NO_GOMORY_CUTS);
        model.options.time_abort = timeLimitMillis;
        model.options.time_suffice = timeLimitMillis;
        replicas = new Variable[fleet.pairs()];
        units = new Variable[fleet.pools()];
        overage = new Variable[fleet.pools()];
        double dearest = 1;
        for (int p = 0; p < fleet.pools(); p++) {
            dearest = Math.max(dearest, Math.max(fleet.pool(p).usdPerUnitMonth(), fleet.pool(p).overageRate()));
        }
        usdScale = dearest;
    }

    /** The solution of the program for {@code goal}, or empty when it has no feasible plan. */
    static Optional<FleetSolution> solve(Fleet fleet, Goal goal, long timeLimitMillis) {
        FleetModel m = build(fleet, goal, timeLimitMillis);
        long start = System.nanoTime();
        Optimisation.Result result = m.model.minimise();
        if (!result.getState().isFeasible()) {
            // ojAlgo can report a search cut short by the clock like a proof of infeasibility; tell them apart.
            if (ranOut(start, timeLimitMillis)) {
                throw new SolveTimeout(timeLimitMillis);
            }
            return Optional.empty();
        }
        return Optional.of(m.read(result, result.getState().isOptimal()));
    }

    /** The linear relaxation of the cost program; empty when even that has no solution. */
    static Optional<Relaxation> relaxation(Fleet fleet, long timeLimitMillis) {
        FleetModel m = build(fleet, Goal.MIN_COST, timeLimitMillis);
        m.model.relax(false);
        Optimisation.Result result = m.model.minimise();
        if (!result.getState().isFeasible()) {
            return Optional.empty();
        }
        double[] r = new double[m.replicas.length];
        for (int c = 0; c < r.length; c++) {
            r[c] = result.doubleValue(m.model.indexOf(m.replicas[c]));
        }
        return Optional.of(new Relaxation(Math.max(0, m.usdOf(result.getValue())), r));
    }

    static FleetModel build(Fleet fleet, Goal goal, long timeLimitMillis) {
        FleetModel m = new FleetModel(fleet, timeLimitMillis);
        m.addVariables();
        FleetRows.addAll(m, goal);
        m.setObjective(goal);
        return m;
    }

    static boolean ranOut(long startNanos, long timeLimitMillis) {
        return (System.nanoTime() - startNanos) / 1e6 >= 0.95 * timeLimitMillis;
    }

    /** USD per month of a cost-objective value: the take-or-pay constants plus the scaled overage. */
    private double usdOf(double objective) {
        return FleetRows.fixedUsd(fleet, -1) + objective * usdScale;
    }

    private void addVariables() {
        for (int p = 0; p < fleet.pools(); p++) {
            Pool pool = fleet.pool(p);
            units[p] = model.addVariable("n" + p).integer().lower(pool.minUnits());
            if (fleet.unknownPowerUnderCap[p]) {
                units[p].upper(0);
            } else if (pool.maxUnits() != null) {
                units[p].upper(pool.maxUnits());
            }
            overage[p] = model.addVariable("e" + p).lower(0);
        }
        for (int c = 0; c < fleet.pairs(); c++) {
            replicas[c] = model.addVariable("r" + c).integer().lower(0).upper(ReplicaBound.of(fleet, c));
        }
    }

    private void setObjective(Goal goal) {
        for (int p = 0; p < fleet.pools(); p++) {
            Pool pool = fleet.pool(p);
            switch (goal) {
                case MIN_COST -> overage[p].weight(pool.overageRate() / usdScale);
                case MIN_MEGAWATTS -> units[p].weight(pool.megawatts(1));
                case MAX_VENDORS -> { }
            }
        }
    }

    FleetSolution read(Optimisation.Result result, boolean optimal) {
        int[] n = new int[units.length];
        for (int p = 0; p < units.length; p++) {
            n[p] = (int) Math.round(result.doubleValue(model.indexOf(units[p])));
        }
        int[] r = new int[replicas.length];
        for (int c = 0; c < replicas.length; c++) {
            r[c] = (int) Math.round(result.doubleValue(model.indexOf(replicas[c])));
        }
        return new FleetSolution(n, r, optimal, 0);
    }
}
