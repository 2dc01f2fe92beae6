package com.inferplan.backend.portfolio;

import com.inferplan.backend.portfolio.PortfolioAnswer.Binding;
import com.inferplan.backend.portfolio.PortfolioAnswer.CapacityCell;
import com.inferplan.backend.portfolio.PortfolioAnswer.PoolAnswer;
import com.inferplan.backend.portfolio.PortfolioAnswer.PoolTier;
import com.inferplan.backend.portfolio.PortfolioAnswer.TierAnswer;
import com.inferplan.pricing.portfolio.PoolPlan;
import com.inferplan.pricing.portfolio.SolveBudget;
import com.inferplan.pricing.portfolio.PortfolioPlan;
import com.inferplan.pricing.portfolio.PortfolioProblem;
import java.util.List;
import java.util.Map;

/** The optimiser's plan in the portfolio's own terms: pool and tier names, units, latencies, reasons. */
final class AnswerBuilder {

    private AnswerBuilder() {
    }

    static PortfolioAnswer of(Portfolio portfolio, Map<String, PoolUnit> units, List<TierOnPool> cells,
                              PortfolioProblem problem, PortfolioPlan plan, SolveBudget clock,
                              List<String> notes) {
        List<PoolAnswer> pools = plan.pools().stream().map(p -> pool(portfolio, units.get(p.pool()), p)).toList();
        List<TierAnswer> tiers = portfolio.tiers().stream()
                .map(t -> TierExplanation.of(t, plan, units, cells)).toList();
        List<Binding> binding = plan.bindingConstraints().stream()
                .map(b -> new Binding(b.constraint(), b.description(), b.usdPerMonth())).toList();
        List<CapacityCell> matrix = cells.stream().map(c -> cell(c, units.get(c.pool()))).toList();
        CostUncertainty.Result spread = plan.feasible() ? CostUncertainty.of(problem, plan, clock) : null;
        return new PortfolioAnswer(plan.feasible(), plan.totalUsdPerMonth(), plan.blendedUsdPerMillionTokens(), pools,
                tiers, plan.feasible() ? plan.megawatts() : null, plan.vendorSpendShares(), binding,
                plan.infeasibility(), spread == null ? null : spread.spread(), matrix,
                concat(concat(notes, plan.notes()), spread == null ? List.of() : spread.notes()));
    }

    private static PoolAnswer pool(Portfolio portfolio, PoolUnit unit, PoolPlan p) {
        PortfolioPool spec = portfolio.pools().stream().filter(x -> x.id().equals(p.pool())).findFirst().orElseThrow();
        List<PoolTier> tiers = p.allocations().stream().filter(a -> a.replicas() > 0)
                .map(a -> new PoolTier(a.tier(), a.replicas(), a.share(), a.utilization())).toList();
        Double mw = unit.kwPerUnit() == null ? null : p.units() * unit.kwPerUnit() * unit.pue() / 1000;
        return new PoolAnswer(p.pool(), spec.name() == null ? p.pool() : spec.name(), unit.hardware(),
                unit.hardwareName(), unit.vendor(), unit.unitName(), unit.chipsPerUnit(), p.units(), p.usdPerMonth(),
                unit.usdPerUnitMonth(), p.idleCommittedUnits(), unit.terms().label(), mw, tiers, unit.sources());
    }

    private static CapacityCell cell(TierOnPool c, PoolUnit unit) {
        return new CapacityCell(c.pool(), c.tier(), c.served(), c.reason(), c.chipsPerReplica(), c.layout(),
                c.unitsPerReplica(), c.tokensPerSecondPerReplica(), c.ttftP99Ms(), c.tpotP99Ms(),
                c.unitUsdPerMillionTokens(unit.usdPerUnitMonth()));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
