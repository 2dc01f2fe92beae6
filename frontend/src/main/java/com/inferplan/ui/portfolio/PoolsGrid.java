package com.inferplan.ui.portfolio;

import com.inferplan.backend.portfolio.PortfolioAnswer.PoolAnswer;
import com.inferplan.backend.portfolio.PortfolioAnswer.PoolTier;
import com.inferplan.backend.scenario.Wording;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The plan per pool: whole units, what they cost, and which tiers they serve at what share of the tier's
 * peak and what utilization. Committed deal units left idle are named: they are paid for anyway.
 */
class PoolsGrid extends Grid<PoolAnswer> {

    PoolsGrid() {
        setId("pf-pools");
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        setAllRowsVisible(true);
        addColumn(p -> p.name() == null ? p.id() : p.name()).setHeader("Pool").setFlexGrow(2).setResizable(true);
        addColumn(p -> p.hardwareName() + " · " + p.vendor()).setHeader("Hardware").setFlexGrow(2);
        addColumn(p -> Wording.units(p.units(), p.unitName())).setHeader("Units").setFlexGrow(2)
                .setClassNameGenerator(p -> "ipp-units");
        addColumn(p -> PortfolioText.usdPerMonth(p.usdPerMonth())).setHeader("Cost").setFlexGrow(1)
                .setTextAlign(ColumnTextAlign.END);
        addColumn(p -> PortfolioText.usd(p.usdPerUnitMonth()) + " per unit-month").setHeader("Unit price")
                .setFlexGrow(1);
        addColumn(PoolsGrid::serves).setHeader("Serves (share of tier peak · utilization)").setFlexGrow(3);
        addColumn(PoolsGrid::basis).setHeader("Paid as").setFlexGrow(2);
    }

    void show(List<PoolAnswer> pools) {
        setItems(pools);
    }

    private static String serves(PoolAnswer p) {
        if (p.tiers().isEmpty()) {
            return "nothing (not in the plan)";
        }
        return p.tiers().stream().map(PoolsGrid::tier).collect(Collectors.joining("; "));
    }

    private static String tier(PoolTier t) {
        return t.tier() + ": " + PortfolioText.percent(t.share()) + " · " + PortfolioText.percent(t.utilization())
                + " busy";
    }

    private static String basis(PoolAnswer p) {
        String idle = p.idleCommittedUnits() > 0 ? "; " + Wording.count(p.idleCommittedUnits())
                + " committed units idle, paid anyway" : "";
        return p.basis() + idle;
    }
}
