package com.inferplan.ui.pricing;

import com.inferplan.backend.pricing.BasisRef;
import com.inferplan.backend.pricing.CostBasisService;
import com.inferplan.backend.pricing.CostEstimate;
import com.inferplan.backend.pricing.PricedBasis;
import com.inferplan.backend.pricing.ServingInputs;
import com.inferplan.pricing.basis.PartnerDeal;
import com.inferplan.pricing.catalog.DealTemplate;
import com.inferplan.ui.chart.ChartJson;
import com.inferplan.ui.chart.EChart;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The selected basis in depth: its headline figures (each opens its formula), a tornado of its
 * uncertain inputs, cost per token against utilization, and for a partner deal its rates, cash
 * flows and the status of every term.
 */
final class FocusPanel extends VerticalLayout {

    private final H2 title = new H2();
    private final Div note = new Div();
    private final Div figures = new Div();
    private final Div notes = new Div();
    private final EChart tornado = new EChart();
    private final Div tornadoMessage = new Div();
    private final EChart curve = new EChart();
    private final Div deal = new Div();

    FocusPanel() {
        setPadding(false);
        setId("focus-panel");
        title.addClassName("ip-deals-focus-title");
        note.addClassName("ip-muted");
        figures.addClassName("ip-deals-figures");
        notes.addClassName("ip-muted");
        tornado.setId("tornado-chart");
        curve.setId("utilization-chart");
        tornadoMessage.addClassName("ip-muted");
        Div tornadoBox = new Div(tornadoMessage, tornado);
        // Side by side where both fit at 420 px, one above the other on a narrow screen (CSS grid).
        Div charts = new Div(tornadoBox, curve);
        charts.addClassName("ip-deals-charts");
        add(title, note, figures, notes, charts, deal);
        setVisible(false);
    }

    void show(PricedBasis basis, CostBasisService service, ServingInputs serving) {
        setVisible(true);
        title.setText(basis.name() + " · " + basis.kind());
        note.setText(basis.note());
        CostEstimate estimate = service.estimate(basis, serving);
        figures.removeAll();
        estimate.usdPerChipHour().ifPresent(rate -> figures.add(DealPanel.figure("USD per chip-hour paid",
                new FigureButton(basis.name() + ": USD per chip-hour", rate))));
        figures.add(DealPanel.figure("USD / M output tokens", new FigureButton(basis.name()
                        + ": USD per million output tokens", estimate.cost().usdPerMillionOutputTokens())),
                DealPanel.figure("USD / M input tokens", new FigureButton(basis.name()
                        + ": USD per million input tokens", estimate.cost().usdPerMillionInputTokens())),
                DealPanel.figure("USD / M blended", new FigureButton(basis.name()
                        + ": USD per million blended tokens", estimate.cost().usdPerMillionBlendedTokens())));
        notes.setText(String.join(" ", estimate.notes()));
        showTornado(estimate);
        Double floor = basis.spec().basis() instanceof PartnerDeal d ? d.committedShare() : null;
        curve.setOption(ChartJson.write(DealsCharts.utilizationCurve(service.utilizationCurve(basis, serving),
                serving.utilization(), floor)));
        deal.removeAll();
        if (basis.spec().basis() instanceof PartnerDeal) {
            DealTemplate template = basis.ref().origin() == BasisRef.Origin.DEAL_TEMPLATE
                    ? service.dealTemplate(basis.ref().id()) : null;
            deal.add(new DealPanel(basis, service.evaluateDeal(basis, serving.utilization()), template));
        }
    }

    private void showTornado(CostEstimate estimate) {
        tornado.setVisible(estimate.tornado().isPresent());
        tornadoMessage.setText(estimate.tornado().isPresent() ? ""
                : "No uncertain inputs: edit a copy of this basis and give ranges to see which inputs move its cost.");
        estimate.tornado().ifPresent(t -> tornado.setOption(ChartJson.write(DealsCharts.tornado(t))));
    }

    void clear() {
        setVisible(false);
    }
}
