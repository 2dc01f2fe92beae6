package com.inferplan.ui.serving;

import com.inferplan.backend.support.Quantities;
import com.inferplan.engine.deployment.DeploymentPlan;
import com.inferplan.engine.loadtest.LoadStudyResult;
import com.inferplan.engine.loadtest.LoadTest;
import com.inferplan.engine.loadtest.ServingDeployment;
import com.inferplan.engine.serving.SimulationResult;
import com.inferplan.engine.serving.SloSearchResult;
import com.inferplan.ui.chart.EChart;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** What a study found: the deployment used, the main run's KPIs, and the charts against load and time. */
class LoadTestResults extends Div {

    private final Span deployment = new Span();
    private final Span counts = new Span();
    private final KpiTiles kpis = new KpiTiles();
    private final Span maxRate = new Span();
    private final EChart latency = chart("lt-chart-latency");
    private final EChart goodput = chart("lt-chart-goodput");
    private final EChart kv = chart("lt-chart-kv");
    private final Div sweepCharts = new Div(panel("Latency against load", latency), panel("Goodput against load", goodput));
    private final Div kvPanel = panel("KV-cache occupancy over the run", kv);

    LoadTestResults() {
        setId("lt-results");
        addClassName("ip-load-results");
        deployment.setId("lt-deployment");
        deployment.addClassName("ip-muted");
        counts.addClassName("ip-muted");
        maxRate.setId("lt-max-rate");
        maxRate.addClassName("ip-load-max-rate");
        sweepCharts.addClassName("ip-load-charts");
        add(deployment, kpis, counts, kvPanel, maxRate, sweepCharts);
        setVisible(false);
        kvPanel.setVisible(false);
        sweepCharts.setVisible(false);
    }

    /** Before any simulation: what was planned. */
    void showPlan(LoadTest test) {
        setVisible(true);
        kvPanel.setVisible(false);
        sweepCharts.setVisible(false);
        kpis.removeAll();
        counts.setText("");
        maxRate.setText("");
        ServingDeployment d = test.deployment();
        DeploymentPlan plan = d.plan();
        deployment.setText(plan.model().id() + " on " + plan.chipsPerReplica() + " × " + plan.hardware().id()
                + " per replica (" + plan.parallelism().label() + ", " + plan.weightPrecision().label() + " weights), "
                + plural(d.replicas(), "replica") + ", " + plural(d.totalChips(), "chip") + " in all; KV cache "
                + Quantities.number(d.stepTimeModel().kvCapacityTokens()) + " tokens and at most "
                + d.stepTimeModel().maxBatch() + " sequences per replica.");
    }

    void showMainRun(SimulationResult result) {
        kpis.show(result);
        counts.setText(Quantities.number(result.completed()) + " requests completed, " + result.rejected()
                + " rejected (too long for the KV cache), " + result.preemptions() + " preemptions, over "
                + Quantities.format(result.durationSeconds(), "s") + " of simulated time.");
        kv.setOption(LoadCharts.kvOccupancy(result.kvOccupancy()));
        kvPanel.setVisible(true);
    }

    void showStudy(LoadTest test, LoadStudyResult study) {
        SloSearchResult search = study.maxRate();
        maxRate.setText(switch (search.outcome()) {
            case FOUND -> "Highest rate meeting the SLO: " + Quantities.number(search.ratePerSecond())
                    + " requests/s (" + Quantities.number(search.atRate().outputTokensPerSecond()) + " output tokens/s).";
            case ATTAINED_AT_MAX -> "The SLO still holds at " + Quantities.number(search.ratePerSecond())
                    + " requests/s, the top of the searched range.";
            case NOT_ATTAINED_AT_MIN -> "No rate down to " + Quantities.number(search.ratePerSecond())
                    + " requests/s meets the SLO; the sweep runs up to the estimated saturation instead.";
        });
        double marked = search.outcome() == SloSearchResult.Outcome.NOT_ATTAINED_AT_MIN
                ? Double.NaN : search.ratePerSecond();
        latency.setOption(LoadCharts.latencyAgainstLoad(study.sweep(), marked));
        goodput.setOption(LoadCharts.goodputAgainstLoad(study.sweep(), marked, test.slo()));
        sweepCharts.setVisible(true);
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private static EChart chart(String id) {
        EChart chart = new EChart();
        chart.setId(id);
        chart.setHeight("320px");
        return chart;
    }

    private static Div panel(String title, EChart chart) {
        Span heading = new Span(title);
        heading.addClassName("ip-load-section-title");
        Div panel = new Div(heading, chart);
        panel.addClassName("ip-load-chart");
        return panel;
    }
}
