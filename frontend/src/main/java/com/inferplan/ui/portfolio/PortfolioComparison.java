package com.inferplan.ui.portfolio;

import com.inferplan.backend.portfolio.PortfolioAnswer;
import com.inferplan.backend.portfolio.PortfolioAnswer.Binding;
import com.inferplan.backend.portfolio.PortfolioAnswer.PoolAnswer;
import com.inferplan.backend.portfolio.PortfolioAnswer.TierAnswer;
import com.inferplan.backend.scenario.Wording;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * 2–4 answered portfolios as rows of a side-by-side table: the headline figures, each tier's cost and
 * SLO, each pool's units (a pool a portfolio lacks reads "—"), the vendor split and what binds. Pure, so
 * the table's content is tested without a browser.
 */
record PortfolioComparison(List<String> labels, List<Row> rows) {

    record Row(String label, List<String> values) {
        boolean differs() {
            return values.stream().distinct().count() > 1;
        }
    }

    record Column(String label, PortfolioAnswer answer) {
    }

    static PortfolioComparison of(List<Column> columns) {
        List<Row> rows = new ArrayList<>();
        rows.add(row("Feasible", columns, a -> a.feasible() ? "yes" : "no: " + String.join("; ", a.infeasibility())));
        rows.add(row("Total cost", columns, a -> PortfolioText.usdPerMonth(a.totalUsdPerMonth())));
        rows.add(row("Blended cost", columns, a -> PortfolioText.usdPerMillion(a.blendedUsdPerMillionTokens())));
        rows.add(row("Power", columns, a -> PortfolioText.megawatts(a.megawatts())));
        rows.add(row("Cost P10–P90", columns, a -> a.spread() == null ? PortfolioText.NONE
                : PortfolioText.usd(a.spread().p10()) + " – " + PortfolioText.usd(a.spread().p90())));
        for (String tier : union(columns, a -> a.tiers().stream().map(TierAnswer::id).toList())) {
            rows.add(row("Tier " + tier, columns, a -> a.tiers().stream().filter(t -> t.id().equals(tier)).findFirst()
                    .map(t -> PortfolioText.usdPerMillion(t.usdPerMillionTokens()) + ", " + (t.sloMet() ? "SLO met"
                            : "SLO not met") + (t.servedBy().isEmpty() ? "" : " on " + String.join(", ", t.servedBy())))
                    .orElse(PortfolioText.NONE)));
        }
        for (String pool : union(columns, a -> a.pools().stream().map(PoolAnswer::id).toList())) {
            rows.add(row("Pool " + pool, columns, a -> a.pools().stream().filter(p -> p.id().equals(pool)).findFirst()
                    .map(p -> Wording.units(p.units(), p.unitName()) + ", " + PortfolioText.usdPerMonth(p.usdPerMonth()))
                    .orElse(PortfolioText.NONE)));
        }
        for (String vendor : union(columns, a -> List.copyOf(a.vendorShares().keySet()))) {
            rows.add(row("Spend with " + vendor, columns, a -> a.vendorShares().containsKey(vendor)
                    ? PortfolioText.percent(a.vendorShares().get(vendor)) : PortfolioText.NONE));
        }
        rows.add(row("Binding constraints", columns, a -> a.bindingConstraints().isEmpty() ? "none"
                : String.join("; ", a.bindingConstraints().stream().map(PortfolioComparison::binding).toList())));
        return new PortfolioComparison(columns.stream().map(Column::label).toList(), rows);
    }

    private static String binding(Binding b) {
        return b.description() + " (" + PortfolioText.usdPerMonth(b.usdPerMonth()) + ")";
    }

    private static Row row(String label, List<Column> columns, Function<PortfolioAnswer, String> value) {
        return new Row(label, columns.stream().map(c -> value.apply(c.answer())).toList());
    }

    private static Set<String> union(List<Column> columns, Function<PortfolioAnswer, List<String>> ids) {
        Set<String> all = new LinkedHashSet<>();
        columns.forEach(c -> all.addAll(ids.apply(c.answer())));
        return all;
    }
}
