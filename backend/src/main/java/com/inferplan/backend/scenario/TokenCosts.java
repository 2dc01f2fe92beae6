package com.inferplan.backend.scenario;

import com.inferplan.backend.scenario.CostFigures.SourceRef;
import com.inferplan.backend.scenario.CostFigures.Spread;
import com.inferplan.backend.scenario.Figure.FigureInput;
import com.inferplan.backend.scenario.ScenarioWorkload.Lengths;
import com.inferplan.pricing.tokens.EndToEndThroughput;
import com.inferplan.pricing.tokens.TokenCost;
import com.inferplan.pricing.tokens.TokenCostModel;
import com.inferplan.pricing.tokens.TokenMetric;
import com.inferplan.pricing.tokens.WorkloadMix;
import com.inferplan.pricing.uncertainty.CostScenarios;
import com.inferplan.pricing.uncertainty.MonteCarlo;
import com.inferplan.pricing.uncertainty.MonteCarloResult;
import com.inferplan.backend.scenario.CostFigures.Bin;
import com.inferplan.backend.scenario.CostFigures.InputRange;
import com.inferplan.backend.scenario.CostFigures.ServingPoint;
import com.inferplan.backend.scenario.CostFigures.Swing;
import com.inferplan.pricing.uncertainty.BaseCase;
import com.inferplan.pricing.uncertainty.CostScenario;
import com.inferplan.pricing.uncertainty.Distribution;
import com.inferplan.pricing.uncertainty.ScenarioInput;
import com.inferplan.pricing.uncertainty.Tornado;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Cost per token of a sized candidate (decision 0303's model, docs/decisions/0702-explorer-cost.md):
 * the fleet is sized for the peak but paid every hour, so the chips' utilization is the daily average
 * demand over the fleet's SLO capacity, and every provisioned chip-hour is charged to the tokens served.
 */
final class TokenCosts {

    static final int DRAWS = 2_000;
    static final long SEED = 7L;
    private static final int HISTOGRAM_BINS = 10;

    private TokenCosts() {
    }

    static CostFigures of(PricedChoice priced, SloCapacity capacity, int chipsPerReplica, int replicas,
                          DemandRates demand, Lengths lengths) {
        int out = lengths.outputTokens();
        EndToEndThroughput throughput = capacity.throughput(chipsPerReplica, out);
        WorkloadMix mix = new WorkloadMix(lengths.inputTokens(), out, 0);
        Figure utilization = utilization(demand, capacity, replicas, lengths);
        double u = utilization.value();
        TokenCost cost = TokenCostModel.of(priced.basis(), throughput, mix, u);
        Spread blended = spread(priced, throughput, mix, u);
        // Only the basis is uncertain, so output and blended costs move together: both are usdPerRequest times
        // a fixed factor of the mix and prefill share. One Monte Carlo run serves both.
        double outputPerBlended = cost.value(TokenMetric.OUTPUT) / cost.value(TokenMetric.BLENDED);
        return new CostFigures(priced.label(), priced.basis().kind(),
                Figures.of(priced.basis().usdPerChipHourPaid(u).withProvenance(priced.provenance())), utilization,
                Figures.of(cost.usdPerMillionOutputTokens().withProvenance(priced.provenance())),
                blended.scaled(outputPerBlended),
                Figures.of(cost.usdPerMillionBlendedTokens().withProvenance(priced.provenance())), blended,
                servingPoint(throughput, mix, u, lengths),
                List.of(priced.note(), "Throughput per chip is the replica's SLO capacity; input tokens pay the"
                        + " prefill share of chip time (decision 0303)."),
                priced.sources().stream().map(s -> new SourceRef(s.title(), s.url(), s.published(),
                        Origin.of(s.status()).label())).toList());
    }

    /** The end-to-end rate as prefill and decode rates over their own chip time: the same chip-seconds per request. */
    private static ServingPoint servingPoint(EndToEndThroughput throughput, WorkloadMix mix, double u, Lengths lengths) {
        double chipSeconds = throughput.chipSecondsPerRequest(mix);
        double share = throughput.prefillShare(mix);
        return new ServingPoint(lengths.inputTokens() / (share * chipSeconds),
                lengths.outputTokens() / ((1 - share) * chipSeconds), u, lengths.inputTokens(), lengths.outputTokens(),
                share);
    }

    private static Figure utilization(DemandRates demand, SloCapacity capacity, int replicas, Lengths lengths) {
        return Figure.of("utilization", demand.averageRequestsPerSecond() / (replicas * capacity.requestsPerSecond()),
                "of SLO capacity", "utilization = averageRequestsPerSecond / (replicas · requestsPerSecondAtSlo)",
                List.of(FigureInput.of("averageRequestsPerSecond", demand.averageRequestsPerSecond(), "requests/s",
                                Origin.INPUT),
                        FigureInput.of("replicas", replicas, "replicas", Origin.MODEL),
                        FigureInput.derived(CapacityFigures.requestsPerSecondAtSlo(capacity, lengths))),
                true, List.of("Sized for the peak, paid around the clock: at the daily average the fleet is busy this"
                        + " share of its capacity."));
    }

    /**
     * P10–P90 of the blended cost over the basis's uncertain inputs and the performance model's error on
     * tokens/s per chip, with where the base case falls and why.
     */
    private static Spread spread(PricedChoice priced, EndToEndThroughput throughput, WorkloadMix mix, double u) {
        Map<String, Distribution> uncertainty = new HashMap<>(priced.uncertainty());
        uncertainty.put(ModelError.THROUGHPUT_INPUT, ModelError.aroundThroughput(throughput.outputTokensPerSecond()));
        CostScenario scenario = CostScenarios.tokenCost(priced.basis(), throughput, mix, u, TokenMetric.BLENDED,
                uncertainty);
        MonteCarloResult run = MonteCarlo.run(scenario, DRAWS, SEED, HISTOGRAM_BINS);
        List<InputRange> inputs = scenario.inputs().stream().filter(ScenarioInput::isUncertain)
                .map(i -> new InputRange(i.name(), i.unit(), i.value().base(), uncertainty.get(i.name()),
                        i.quantile(0.1), i.quantile(0.5), i.quantile(0.9))).toList();
        List<Bin> bins = run.histogram().bins().stream().map(b -> new Bin(b.lower(), b.upper(), b.count())).toList();
        List<Swing> tornado = Tornado.of(scenario).bars().stream().map(b -> new Swing(b.input(), b.inputUnit(),
                b.inputLow(), b.inputHigh(), b.outputAtLow(), b.outputAtHigh())).toList();
        return new Spread(run.p10(), run.p50(), run.p90(), run.draws(), SEED, List.copyOf(new TreeSet<>(uncertainty.keySet())),
                run.basePercentile(), BaseCase.note(scenario, run).orElse(null), inputs, bins, tornado);
    }
}
