package com.inferplan.backend.report;

import com.inferplan.backend.portfolio.Portfolio;
import com.inferplan.backend.portfolio.PortfolioAnswer;
import com.inferplan.backend.portfolio.PortfolioConstraints;
import com.inferplan.backend.portfolio.PortfolioPool;
import com.inferplan.backend.portfolio.PortfolioTier;
import com.inferplan.backend.scenario.CostChoice;
import com.inferplan.backend.scenario.ScenarioWorkload.DemandUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Every input of a portfolio spec as a row (tier demand, lengths and SLO; pool basis, commitment, bounds,
 * price factor; constraints), plus each pool's priced $/unit-month, which the workbook's formulas use.
 * Key inputs carry a workbook name (T1_demand, P2_usdPerUnitMonth, Limit_powerCapMegawatts).
 */
public final class PortfolioInputs {

    static final String INPUT = "input (portfolio)";
    static final String NO_LIMIT = "none";

    /** @param number the value when it is a number, else null and {@code text} says it */
    public record Row(String scope, String input, Double number, String text, String unit, String status, String name) {
    }

    private PortfolioInputs() {
    }

    static List<Row> of(Portfolio portfolio, PortfolioAnswer answer) {
        List<Row> rows = new ArrayList<>();
        int t = 1;
        for (PortfolioTier tier : portfolio.tiers()) {
            String scope = "tier " + tier.id();
            String key = "T" + t++ + "_";
            rows.add(text(scope, "model", tier.model()));
            boolean tokens = tier.demand().unit() == DemandUnit.TOKENS_PER_DAY;
            rows.add(num(scope, "demand", tier.demand().value(), tokens ? "tokens/day" : "requests/s", key + "demand"));
            rows.add(num(scope, "peakFactor", tier.peakFactor(), "× mean", key + "peakFactor"));
            if (!tier.hourlyProfile().isEmpty()) {
                rows.add(text(scope, "hourlyProfile", tier.hourlyProfile().toString()));
            }
            rows.add(num(scope, "inputTokens", tier.lengths().inputTokens(), "tokens", null));
            rows.add(num(scope, "outputTokens", tier.lengths().outputTokens(), "tokens", null));
            rows.add(num(scope, "slo.ttftMs", tier.slo().ttftMs(), "ms", key + "ttftMs"));
            rows.add(num(scope, "slo.tpotMs", tier.slo().tpotMs(), "ms", key + "tpotMs"));
            rows.add(num(scope, "slo.percentile", tier.slo().percentile(), "percentile", null));
            rows.add(text(scope, "transport", tier.transport().label()));
        }
        int p = 1;
        for (PortfolioPool pool : portfolio.pools()) {
            String scope = "pool " + pool.id();
            String key = "P" + p++ + "_";
            rows.add(text(scope, "hardware", pool.hardware()));
            rows.add(text(scope, "cost", basis(pool.cost())));
            rows.add(optional(scope, "committedUnits", pool.committedUnits(), "units", key + "committedUnits"));
            rows.add(optional(scope, "minUnits", pool.minUnits(), "units", null));
            rows.add(optional(scope, "maxUnits", pool.maxUnits(), "units", null));
            rows.add(num(scope, "priceFactor", pool.priceMultiplier(), "× basis price", key + "priceFactor"));
            rows.add(text(scope, "availableFrom", Objects.requireNonNullElse(pool.availableFrom(), "now")));
            rows.add(text(scope, "serves", pool.serves().isEmpty() ? "every tier" : String.join(", ", pool.serves())));
            answer.pools().stream().filter(a -> a.id().equals(pool.id())).findFirst().ifPresent(a -> rows.add(
                    new Row(scope, "usdPerUnitMonth", a.usdPerUnitMonth(), null, "USD per " + a.unitName() + "-month",
                            "priced: " + a.basis() + " × price factor × 730 h × " + a.chipsPerUnit()
                                    + (a.chipsPerUnit() == 1 ? " chip" : " chips"),
                            key + "usdPerUnitMonth")));
        }
        PortfolioConstraints c = portfolio.constraints();
        rows.add(optional("constraints", "powerCapMegawatts", c.powerCapMegawatts(), "MW", "Limit_powerCapMegawatts"));
        rows.add(optional("constraints", "maxVendorSpendShare", c.maxVendorSpendShare(), "share of spend",
                "Limit_maxVendorSpendShare"));
        rows.add(optional("constraints", "maxVendorUnitShare", c.maxVendorUnitShare(), "share of units", null));
        rows.add(optional("constraints", "minVendors", c.minVendors(), "vendors", null));
        rows.add(optional("constraints", "budgetUsdPerMonth", c.budgetUsdPerMonth(), "USD/month", null));
        rows.add(text("constraints", "planMonth", Objects.requireNonNullElse(portfolio.planMonth(), "this month")));
        return rows;
    }

    /** "deal openai-cerebras-2026", "on-demand $2.5/chip-hour", "catalog default"; pinned terms say so. */
    static String basis(CostChoice cost) {
        String text = switch (cost.kind()) {
            case DEAL -> "deal " + cost.dealId();
            case ON_DEMAND -> "on-demand $" + cost.usdPerChipHour() + "/chip-hour";
            case DEFAULT -> "catalog default";
        };
        return cost.terms() == null ? text : text + " (terms carried by the portfolio)";
    }

    private static Row num(String scope, String input, double value, String unit, String name) {
        return new Row(scope, input, value, null, unit, INPUT, name);
    }

    private static Row optional(String scope, String input, Number value, String unit, String name) {
        return value == null ? new Row(scope, input, null, NO_LIMIT, unit, INPUT, null)
                : num(scope, input, value.doubleValue(), unit, name);
    }

    private static Row text(String scope, String input, String value) {
        return new Row(scope, input, null, value, "", INPUT, null);
    }
}
