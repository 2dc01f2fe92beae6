package com.inferplan.backend.report;

import com.inferplan.backend.scenario.CandidateResult;
import com.inferplan.backend.scenario.Scenario;
import com.inferplan.backend.scenario.ScenarioResults;
import java.time.Instant;
import java.util.List;

/**
 * Everything a report shows, taken from the scenario's REST answer and nothing recomputed (so the files
 * agree with {@code /results}): the scenario and its answer, its rows of assumptions and sources, deal
 * cash flows, and the context every exported row carries.
 */
public record Report(String title, Scenario scenario, ScenarioResults results, ReportContext context,
                     List<AssumptionRow> assumptions, List<SourceRow> sources, List<DealCashFlows> cashFlows) {

    public Report {
        assumptions = List.copyOf(assumptions);
        sources = List.copyOf(sources);
        cashFlows = List.copyOf(cashFlows);
    }

    public List<CandidateResult> options() {
        return results.candidates();
    }

    /**
     * The name a report gives a Monte Carlo input. The run spreads the end-to-end output rate (output
     * tokens per chip-second, prefill time included), while the cost formula's named input
     * outputTokensPerSecond is the rate over decode time; the same name for both would show two values.
     */
    public static String inputLabel(String monteCarloInput) {
        return THROUGHPUT.equals(monteCarloInput) ? END_TO_END_THROUGHPUT : monteCarloInput;
    }

    static final String THROUGHPUT = "outputTokensPerSecond";
    static final String END_TO_END_THROUGHPUT = "outputTokensPerSecond (end to end)";

    /** "Option 1: CS-3 (WSE-3) · qwen3-coder-30b-a3b". */
    public static String optionLabel(CandidateResult option) {
        return "Option " + (option.index() + 1) + ": " + option.label(true);
    }

    /**
     * What every exported row names so it stands alone: the scenario, its workload and SLO, when and by
     * which app version it was computed.
     */
    public record ReportContext(String scenarioName, String model, int inputTokens, int outputTokens, String slo,
                                Instant generatedAt, String appVersion) {
    }

    /**
     * One input of one option: its value, unit, spread (text and P10/median/P90 when uncertain), status
     * and where it comes from.
     */
    public record AssumptionRow(int option, String optionLabel, String name, double value, String unit,
                                String distribution, Double p10, Double median, Double p90, String status,
                                String sourceTitle, String sourceUrl, String sourceDate) {
    }

    /** A source behind an option's figures. */
    public record SourceRow(int option, String optionLabel, String title, String url, String published, String status) {
    }

    /** Payments of a deal option at its utilization, per year and per month, and NPV where it has one. */
    public record DealCashFlows(int option, String optionLabel, String deal, double utilization,
                                List<Flow> yearly, List<Flow> monthly, Double npvVersusOnDemandUsd,
                                double discountRate) {

        public DealCashFlows {
            yearly = List.copyOf(yearly);
            monthly = List.copyOf(monthly);
        }
    }

    /** One payment: the period (1-based), what it is for, and the amount. */
    public record Flow(int period, String item, double usd) {
    }
}
