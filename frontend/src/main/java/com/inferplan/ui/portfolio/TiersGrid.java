package com.inferplan.ui.portfolio;

import com.inferplan.backend.portfolio.PortfolioAnswer.TierAnswer;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.List;

/**
 * The plan per tier: its share of the bill per million tokens, its worst p99 latencies against the SLO,
 * whether it is met and why the optimiser put it where it did.
 */
class TiersGrid extends Grid<TierAnswer> {

    TiersGrid() {
        setId("pf-tiers");
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        setAllRowsVisible(true);
        addColumn(t -> t.name() + " (" + t.model() + ")").setHeader("Tier").setFlexGrow(2);
        addColumn(t -> PortfolioText.tokensPerSecond(t.peakTokensPerSecond()) + " at peak").setHeader("Demand")
                .setFlexGrow(1);
        addColumn(t -> PortfolioText.usdPerMillion(t.usdPerMillionTokens())).setHeader("Cost").setFlexGrow(1);
        addColumn(t -> "TTFT " + PortfolioText.ms(t.ttftP99Ms()) + ", TPOT " + PortfolioText.ms(t.tpotP99Ms()))
                .setHeader("p99 latency").setFlexGrow(1);
        addColumn(TierAnswer::slo).setHeader("SLO").setFlexGrow(1);
        addComponentColumn(TiersGrid::met).setHeader("Met?").setFlexGrow(0).setWidth("8em");
        // the reasoning is a paragraph: shown under its row across the grid's width, not squeezed in a column
        setItemDetailsRenderer(new ComponentRenderer<>(t -> {
            Div why = new Div("Why: " + t.why());
            why.addClassName("ipp-why");
            return why;
        }));
        setDetailsVisibleOnClick(false);
    }

    void show(List<TierAnswer> tiers) {
        setItems(tiers);
        tiers.forEach(t -> setDetailsVisible(t, true));
    }

    private static Span met(TierAnswer t) {
        Span s = new Span(t.sloMet() ? "SLO met" : "SLO not met");
        s.addClassNames("ip-badge", t.sloMet() ? "ipx-met" : "ipx-missed");
        return s;
    }
}
