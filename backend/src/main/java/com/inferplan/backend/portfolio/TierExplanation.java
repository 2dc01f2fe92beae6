package com.inferplan.backend.portfolio;

import com.inferplan.backend.portfolio.PortfolioAnswer.TierAnswer;
import com.inferplan.backend.support.Quantities;
import com.inferplan.pricing.portfolio.Allocation;
import com.inferplan.pricing.portfolio.PortfolioPlan;
import com.inferplan.pricing.portfolio.TierPlan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One tier's line of the answer: what it costs, how fast its users are served, and in words which pool
 * serves it and why the others do not (cannot fit or meet the SLO, are not routed, or cost more per token).
 */
final class TierExplanation {

    private TierExplanation() {
    }

    static TierAnswer of(PortfolioTier tier, PortfolioPlan plan, Map<String, PoolUnit> units, List<TierOnPool> cells) {
        List<TierOnPool> mine = cells.stream().filter(c -> c.tier().equals(tier.id())).toList();
        List<String> servedBy = new ArrayList<>();
        double share = 0;
        for (var pool : plan.pools()) {
            for (Allocation a : pool.allocations()) {
                if (a.tier().equals(tier.id()) && a.replicas() > 0) {
                    servedBy.add(pool.pool());
                    share += a.share();
                }
            }
        }
        List<TierOnPool> serving = mine.stream().filter(c -> servedBy.contains(c.pool())).toList();
        Double ttft = serving.stream().map(TierOnPool::ttftP99Ms).filter(Objects::nonNull).max(Double::compare)
                .orElse(null);
        Double tpot = serving.stream().map(TierOnPool::tpotP99Ms).filter(Objects::nonNull).max(Double::compare)
                .orElse(null);
        TierPlan cost = plan.feasible() ? plan.tier(tier.id()) : null;
        boolean met = plan.feasible() && share >= 1 - 1e-6;
        return new TierAnswer(tier.id(), tier.name() == null ? tier.id() : tier.name(), tier.model(),
                tier.peakTokensPerSecond(), tier.tokensPerMonth(), cost == null ? 0 : cost.usdPerMonth(),
                cost == null ? null : cost.usdPerMillionTokens(), ttft, tpot, met, slo(tier), servedBy,
                why(servedBy, mine, units));
    }

    private static String slo(PortfolioTier tier) {
        return "p" + tier.slo().percentile() + " TTFT ≤ " + Quantities.number(tier.slo().ttftMs()) + " ms, TPOT ≤ "
                + Quantities.number(tier.slo().tpotMs()) + " ms";
    }

    private static String why(List<String> servedBy, List<TierOnPool> cells, Map<String, PoolUnit> units) {
        List<String> parts = new ArrayList<>();
        parts.add(servedBy.isEmpty() ? "No pool serves this tier." : "Served by " + String.join(", ", servedBy) + ".");
        cells.stream().filter(c -> !c.served())
                .forEach(c -> parts.add(c.pool() + " cannot: " + c.reason() + "."));
        servedBy.stream().map(units::get).filter(u -> u.paidFloorUnits() > 0).forEach(u -> parts.add(u.pool() + ": "
                + u.paidFloorUnits() + " committed units are paid whether used or not, so serving here adds no cost"
                + " up to them."));
        List<TierOnPool> able = cells.stream().filter(TierOnPool::served)
                .sorted(Comparator.comparingDouble(c -> perToken(c, units.get(c.pool())))).toList();
        if (!able.isEmpty()) {
            parts.add("Per unit at its SLO load: " + String.join("; ", able.stream()
                    .map(c -> c.pool() + " $" + Quantities.number(perToken(c, units.get(c.pool()))) + "/M tokens")
                    .toList()) + " (the plan also weighs committed units, caps and whole units).");
        }
        return String.join(" ", parts);
    }

    private static double perToken(TierOnPool c, PoolUnit unit) {
        return c.unitUsdPerMillionTokens(unit.usdPerUnitMonth());
    }
}
