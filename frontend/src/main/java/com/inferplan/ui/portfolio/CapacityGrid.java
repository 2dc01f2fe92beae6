package com.inferplan.ui.portfolio;

import com.inferplan.backend.portfolio.PortfolioAnswer.CapacityCell;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

/**
 * Every pool × tier cell the optimiser was given: the replica's layout, what one replica carries within the
 * SLO and its latencies, or why the pool cannot serve the tier. This is where each plan figure comes from.
 */
class CapacityGrid extends Grid<CapacityCell> {

    CapacityGrid() {
        setId("pf-capacity-grid");
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        setAllRowsVisible(true);
        addColumn(CapacityCell::pool).setHeader("Pool").setFlexGrow(1);
        addColumn(CapacityCell::tier).setHeader("Tier").setFlexGrow(1);
        addColumn(c -> c.served() ? c.chipsPerReplica() + " chips (" + c.layout() + "), "
                + com.inferplan.backend.support.Quantities.number(c.unitsPerReplica()) + " units" : PortfolioText.NONE)
                .setHeader("One replica").setFlexGrow(2);
        addColumn(c -> c.served() ? PortfolioText.tokensPerSecond(c.tokensPerSecondPerReplica()) : PortfolioText.NONE)
                .setHeader("Carries within the SLO").setFlexGrow(1);
        addColumn(c -> c.served() ? "TTFT " + PortfolioText.ms(c.ttftP99Ms()) + ", TPOT " + PortfolioText.ms(c.tpotP99Ms())
                : PortfolioText.NONE).setHeader("p99 at that load").setFlexGrow(1);
        addColumn(c -> PortfolioText.usdPerMillion(c.unitUsdPerMillionTokens())).setHeader("Unit price ÷ load")
                .setFlexGrow(1);
        addColumn(c -> c.served() ? "can serve" : c.reason()).setHeader("Verdict").setFlexGrow(4);
    }
}
