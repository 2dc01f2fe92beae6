package com.inferplan.ui.portfolio;

import com.inferplan.backend.portfolio.PortfolioAnswer;
import com.inferplan.backend.portfolio.PortfolioAnswer.Binding;
import com.inferplan.backend.portfolio.PortfolioAnswer.CostSpread;
import com.inferplan.ui.chart.ChartJson;
import com.inferplan.ui.chart.EChart;
import com.inferplan.ui.chart.KpiCard;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import java.util.List;

/**
 * The optimiser's answer: a headline sentence, the key figures, what binds and what it costs, why an
 * infeasible portfolio cannot be met, the plan per pool and per tier, the vendor split, the tornado and
 * P10–P90, and (folded) every pool-on-tier capacity the plan was built from.
 */
class PortfolioAnswerPanel extends Div {

    private final Div headline = new Div();
    private final KpiCard total = new KpiCard("Total cost", "pf-total");
    private final KpiCard blended = new KpiCard("Blended cost", "pf-blended");
    private final KpiCard power = new KpiCard("Power", "pf-mw");
    private final KpiCard range = new KpiCard("Cost P10–P90", "pf-range");
    private final Div reasons = new Div();
    private final Div bindings = new Div();
    private final PoolsGrid pools = new PoolsGrid();
    private final TiersGrid tiers = new TiersGrid();
    private final EChart vendors = new EChart();
    private final EChart tornado = new EChart();
    private final CapacityGrid capacities = new CapacityGrid();
    private final Div notes = new Div();
    private final Div body;

    PortfolioAnswerPanel() {
        setId("pf-answer");
        headline.setId("pf-headline");
        headline.addClassName("ipx-headline");
        reasons.setId("pf-infeasible");
        reasons.addClassName("ipx-reason");
        bindings.setId("pf-binding");
        notes.addClassName("ipx-notes");
        vendors.setId("pf-vendor-chart");
        vendors.setFileName("portfolio spend per vendor");
        vendors.setHeight("300px");
        tornado.setId("pf-tornado");
        tornado.setFileName("portfolio tornado");
        Div cards = new Div(total, blended, power, range);
        cards.addClassName("ip-load-kpis");
        Div charts = new Div(vendors, tornado);
        charts.addClassName("ipx-charts");
        Details cells = new Details("How each pool could serve each tier (the capacities the plan counts)", capacities);
        cells.setId("pf-capacities");
        body = new Div(cards, reasons, section("Binding constraints"), bindings, section("Pools"), pools,
                section("Tiers"), tiers, charts, cells, notes);
        add(headline, body);
    }

    void show(PortfolioAnswer a) {
        body.setVisible(true);
        headline.setText(a.feasible()
                ? "The cheapest mix that meets every tier: " + PortfolioText.usdPerMonth(a.totalUsdPerMonth()) + ", "
                  + PortfolioText.usdPerMillion(a.blendedUsdPerMillionTokens()) + " blended"
                : "No mix meets this portfolio: " + a.infeasibility().size() + " reason"
                  + (a.infeasibility().size() == 1 ? "" : "s") + " below");
        total.show(PortfolioText.usdPerMonth(a.totalUsdPerMonth()), "committed deal units included, used or not");
        blended.show(PortfolioText.usdPerMillion(a.blendedUsdPerMillionTokens()), "all tiers' tokens, input + output");
        power.show(PortfolioText.megawatts(a.megawatts()), "at the wall, where the catalog lists power");
        CostSpread s = a.spread();
        range.show(s == null ? PortfolioText.NONE : PortfolioText.usd(s.p10()) + " – " + PortfolioText.usd(s.p90()),
                s == null ? "no price uncertainty" : "P50 " + PortfolioText.usd(s.p50()) + " · " + s.draws()
                        + " Monte Carlo draws over the prices, plan fixed");
        reasons.removeAll();
        a.infeasibility().forEach(r -> reasons.add(new Div(r)));
        reasons.setVisible(!a.infeasibility().isEmpty());
        showBindings(a.bindingConstraints());
        pools.show(a.pools());
        tiers.show(a.tiers());
        vendors.setOption(ChartJson.write(PortfolioCharts.vendorShares(a.vendorShares())));
        boolean swings = s != null && !s.tornado().isEmpty();
        tornado.setVisible(swings);
        if (swings) {
            tornado.setOption(ChartJson.write(PortfolioCharts.tornado(s, a.totalUsdPerMonth())));
        }
        capacities.setItems(a.capacities());
        notes.removeAll();
        a.notes().forEach(n -> notes.add(new Div(n)));
    }

    /** Inputs the optimiser refused: the reasons in words (the fields are marked on the side). */
    void showInvalid(List<String> problems) {
        headline.setText("These inputs cannot be answered yet: " + String.join("; ", problems));
        body.setVisible(false);
    }

    private void showBindings(List<Binding> list) {
        bindings.removeAll();
        if (list.isEmpty()) {
            bindings.add(muted("None: no limit raises the cost of this plan."));
        }
        for (Binding b : list) {
            Div row = new Div(b.description() + " — costs " + PortfolioText.usdPerMonth(b.usdPerMonth())
                    + " (the optimum without it is that much cheaper)");
            row.addClassName("ipp-binding");
            bindings.add(row);
        }
    }

    private static Div section(String text) {
        Div d = new Div(text);
        d.addClassName("ip-section-title");
        return d;
    }

    private static Div muted(String text) {
        Div d = new Div(text);
        d.addClassName("ip-muted");
        return d;
    }
}
