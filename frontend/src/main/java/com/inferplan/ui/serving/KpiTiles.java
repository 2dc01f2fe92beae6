package com.inferplan.ui.serving;

import com.inferplan.backend.support.Quantities;
import com.inferplan.engine.serving.SimulationResult;
import com.vaadin.flow.component.html.Div;

/** The main run's headline figures, one card each (data-kpi names the figure for tests and styling). */
class KpiTiles extends Div {

    KpiTiles() {
        addClassName("ip-load-kpis");
        setId("lt-kpis");
    }

    void show(SimulationResult r) {
        removeAll();
        tile("ttft-p50", "TTFT p50", milliseconds(r.ttft().p50Ms()));
        tile("ttft-p90", "TTFT p90", milliseconds(r.ttft().p90Ms()));
        tile("ttft-p99", "TTFT p99", milliseconds(r.ttft().p99Ms()));
        tile("tpot-p50", "TPOT p50", milliseconds(r.tpot().p50Ms()));
        tile("tpot-p90", "TPOT p90", milliseconds(r.tpot().p90Ms()));
        tile("tpot-p99", "TPOT p99", milliseconds(r.tpot().p99Ms()));
        tile("per-user", "Tokens/s per user (median)", Quantities.number(r.tokensPerSecondPerUser()));
        tile("throughput", "Throughput (output tokens/s)", Quantities.number(r.outputTokensPerSecond()));
        tile("utilization", "Utilization (busy time)", percent(r.utilization()));
        tile("goodput", "Goodput: requests meeting the SLO", percent(r.goodput().fraction()) + " · "
                + Quantities.number(r.goodput().requestsPerSecond()) + " req/s");
    }

    private void tile(String key, String label, String value) {
        Div valueText = new Div(value);
        valueText.addClassName("ip-kpi-value");
        Div labelText = new Div(label);
        labelText.addClassName("ip-kpi-label");
        Div tile = new Div(valueText, labelText);
        tile.addClassName("ip-kpi");
        tile.getElement().setAttribute("data-kpi", key);
        add(tile);
    }

    private static String milliseconds(double ms) {
        return Quantities.format(ms / 1000, "s");
    }

    static String percent(double fraction) {
        return Quantities.number(100 * fraction) + "%";
    }
}
