package com.inferplan.backend.report;

import com.inferplan.backend.report.Report.AssumptionRow;
import com.inferplan.backend.scenario.CandidateResult;
import com.inferplan.backend.scenario.CostFigures;
import com.inferplan.backend.scenario.CostFigures.InputRange;
import com.inferplan.backend.scenario.CostFigures.ServingPoint;
import com.inferplan.backend.scenario.CostFigures.SourceRef;
import com.inferplan.backend.scenario.Figure;
import com.inferplan.backend.scenario.Figure.FigureInput;
import com.inferplan.backend.scenario.Origin;
import com.inferplan.backend.support.Quantities;
import com.inferplan.pricing.uncertainty.Distribution;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The inputs behind one option's cost, as assumption rows: first the six that the cost formula reads
 * ({@link #KEY_INPUTS}, named ranges in the workbook), then every leaf input of the paid rate's
 * explanation with its status and spread.
 */
final class AssumptionRows {

    /** The inputs of $/M = $/h ÷ (3,600 × tok/s × utilization) × 10⁶, in the order the workbook names them. */
    static final List<String> KEY_INPUTS = List.of("usdPerChipHour", "inputTokensPerSecond", "outputTokensPerSecond",
            "utilization", "inputTokens", "outputTokens");
    static final String ENGINE = "InferPlan performance model and serving simulation (this scenario)";
    static final String WORKLOAD = "scenario workload";

    private AssumptionRows() {
    }

    static List<AssumptionRow> of(CandidateResult option) {
        CostFigures cost = option.cost();
        ServingPoint s = cost.serving();
        String label = Report.optionLabel(option);
        int n = option.index() + 1;
        String sourceTitle = cost.sources().stream().map(SourceRef::title).collect(Collectors.joining("; "));
        SourceRef first = cost.sources().isEmpty() ? null : cost.sources().get(0);
        InputRange throughput = ReportBuilder.range(cost, "outputTokensPerSecond");
        List<AssumptionRow> rows = new ArrayList<>();
        Figure paid = cost.usdPerChipHour();
        Map<String, FigureInput> leaves = leaves(paid);
        // An hourly price is its own leaf (on-demand, reserved); a deal's or owned rate is derived from the rows below.
        FigureInput price = leaves.get("usdPerChipHour");
        InputRange priceRange = ReportBuilder.range(cost, "usdPerChipHour");
        String priceStatus = price != null ? price.origin().label()
                : (paid.estimate() ? Origin.ESTIMATE : Origin.DERIVED).label();
        rows.add(new AssumptionRow(n, label, "usdPerChipHour", paid.value(), paid.unit() + " paid at this utilization",
                priceRange == null ? (price == null ? "follows the basis inputs below" : "fixed")
                        : describe(priceRange.distribution()), priceRange == null ? null : priceRange.p10(),
                priceRange == null ? null : priceRange.median(), priceRange == null ? null : priceRange.p90(),
                priceStatus, sourceTitle, first == null ? null : first.url(), first == null ? null : first.published()));
        rows.add(engineRow(n, label, "inputTokensPerSecond", s.inputTokensPerSecond(),
                "tokens/s per chip over prefill time", throughput));
        rows.add(engineRow(n, label, "outputTokensPerSecond", s.outputTokensPerSecond(),
                "tokens/s per chip over decode time", throughput));
        rows.add(new AssumptionRow(n, label, Report.END_TO_END_THROUGHPUT, throughput.base(),
                "output tokens per chip-second, prefill time included (the rate the Monte Carlo spreads)",
                describe(throughput.distribution()), throughput.p10(), throughput.median(), throughput.p90(),
                Origin.MODEL.label(), ENGINE, null, null));
        rows.add(new AssumptionRow(n, label, "utilization", s.utilization(), "of SLO capacity",
                "fixed: average demand ÷ fleet capacity", null, null, null, Origin.MODEL.label(), ENGINE, null, null));
        rows.add(new AssumptionRow(n, label, "inputTokens", s.inputTokens(), "tokens per request", "fixed", null, null,
                null, Origin.INPUT.label(), WORKLOAD, null, null));
        rows.add(new AssumptionRow(n, label, "outputTokens", s.outputTokens(), "tokens per request", "fixed", null, null,
                null, Origin.INPUT.label(), WORKLOAD, null, null));
        leaves.forEach((name, input) -> {
            if (KEY_INPUTS.contains(name)) {
                return;
            }
            InputRange range = ReportBuilder.range(cost, name);
            rows.add(new AssumptionRow(n, label, name, input.value(), input.unit(),
                    range == null ? "fixed" : describe(range.distribution()), range == null ? null : range.p10(),
                    range == null ? null : range.median(), range == null ? null : range.p90(), input.origin().label(),
                    sourceTitle, first == null ? null : first.url(), first == null ? null : first.published()));
        });
        return rows;
    }

    /** A rate the engine predicted, spread by the performance model's error (the same relative spread as the run's). */
    private static AssumptionRow engineRow(int n, String label, String name, double value, String unit,
                                           InputRange throughput) {
        double scale = value / throughput.base();
        double sigma = ((Distribution.LogNormal) throughput.distribution()).sigma();
        return new AssumptionRow(n, label, name, value, unit, "lognormal around the prediction, σ "
                + Quantities.number(sigma) + " (performance-model error)", throughput.p10() * scale, throughput.median() * scale, throughput.p90() * scale, Origin.MODEL.label(),
                ENGINE, null, null);
    }

    /** Leaf inputs of an explanation, first occurrence of each name, in reading order. */
    static Map<String, FigureInput> leaves(Figure figure) {
        Map<String, FigureInput> leaves = new LinkedHashMap<>();
        collect(figure, leaves);
        return leaves;
    }

    private static void collect(Figure figure, Map<String, FigureInput> leaves) {
        for (FigureInput input : figure.inputs()) {
            if (input.derivation() == null) {
                leaves.putIfAbsent(input.name(), input);
            } else {
                collect(input.derivation(), leaves);
            }
        }
    }

    /** "uniform 10 B – 20 B", "triangular 0.5 – 1 (mode 1)", "lognormal, median 1,234, σ 0.136". */
    static String describe(Distribution d) {
        if (d instanceof Distribution.Uniform u) {
            return "uniform " + Quantities.count(u.min()) + " – " + Quantities.count(u.max());
        }
        if (d instanceof Distribution.Triangular t) {
            return "triangular " + Quantities.count(t.min()) + " – " + Quantities.count(t.max()) + " (mode "
                    + Quantities.count(t.mode()) + ")";
        }
        if (d instanceof Distribution.Normal nd) {
            return "normal, mean " + Quantities.count(nd.mean()) + ", sd " + Quantities.count(nd.standardDeviation());
        }
        if (d instanceof Distribution.LogNormal l) {
            return "lognormal, median " + Quantities.number(l.median()) + ", σ " + Quantities.number(l.sigma());
        }
        return "fixed " + Quantities.count(((Distribution.Fixed) d).value());
    }
}
