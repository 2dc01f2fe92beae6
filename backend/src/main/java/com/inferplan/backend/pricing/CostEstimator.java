package com.inferplan.backend.pricing;

import com.inferplan.pricing.basis.ApiTokenPrice;
import com.inferplan.pricing.basis.CostBasis;
import com.inferplan.pricing.basis.HourlyBasis;
import com.inferplan.pricing.explain.Explained;
import com.inferplan.pricing.explain.Provenance;
import com.inferplan.pricing.tokens.CostCurve;
import com.inferplan.pricing.tokens.TokenCost;
import com.inferplan.pricing.tokens.TokenCostModel;
import com.inferplan.pricing.tokens.TokenMetric;
import com.inferplan.pricing.uncertainty.BaseCase;
import com.inferplan.pricing.uncertainty.CostScenario;
import com.inferplan.pricing.uncertainty.CostScenarios;
import com.inferplan.pricing.uncertainty.MonteCarlo;
import com.inferplan.pricing.uncertainty.MonteCarloResult;
import com.inferplan.pricing.uncertainty.Tornado;
import com.inferplan.pricing.uncertainty.TornadoChart;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Cost per token of a basis with its spread and sensitivity, from the pricing library alone (no
 * Spring, no database), so the web app and the CLI compute the same figures.
 */
public final class CostEstimator {

    private static final int HISTOGRAM_BINS = 20;

    private CostEstimator() {
    }

    /** Inputs are labelled with the spec's statuses (reported, assumed, ...) so estimates show as estimates. */
    public static CostEstimate estimate(BasisSpec spec, ServingInputs serving, SpreadSettings settings) {
        CostBasis basis = spec.basis();
        Map<String, Provenance> provenance = spec.provenance();
        if (basis instanceof ApiTokenPrice api) {
            return new CostEstimate(spec, serving, relabel(TokenCostModel.of(api, serving.mix()), provenance),
                    Optional.empty(), Optional.empty(), Optional.empty(),
                    List.of("A per-token price does not depend on throughput or utilization."));
        }
        HourlyBasis hourly = (HourlyBasis) basis;
        TokenCost cost = TokenCostModel.of(hourly, serving.throughput(), serving.mix(), serving.utilization());
        Explained perChipHour = hourly.usdPerChipHourPaid(serving.utilization()).withProvenance(provenance);
        Optional<MonteCarloResult> spread = Optional.empty();
        Optional<TornadoChart> tornado = Optional.empty();
        List<String> notes = new ArrayList<>(notes(serving));
        if (!spec.uncertainty().isEmpty()) {
            CostScenario scenario = CostScenarios.tokenCost(hourly, serving.throughput(), serving.mix(),
                    serving.utilization(), TokenMetric.OUTPUT, spec.uncertainty());
            spread = Optional.of(MonteCarlo.run(scenario, settings.draws(), settings.seed(), HISTOGRAM_BINS));
            tornado = Optional.of(Tornado.of(scenario));
            BaseCase.note(scenario, spread.get()).ifPresent(notes::add);
        }
        return new CostEstimate(spec, serving, relabel(cost, provenance), Optional.of(perChipHour), spread, tornado,
                notes);
    }

    /** The output cost alone, without explanation or spread: for long lists that show one figure per basis. */
    public static double usdPerMillionOutputTokens(CostBasis basis, ServingInputs serving) {
        if (basis instanceof ApiTokenPrice api) {
            return api.usdPerMillionOutput();
        }
        return TokenCostModel.usdPerMillionTokens((HourlyBasis) basis, serving.throughput(), serving.mix(),
                serving.utilization(), TokenMetric.OUTPUT);
    }

    /** USD per million output tokens at utilizations 5%, 10%, ... 100%: how idle capacity raises the price. */
    public static List<UtilizationPoint> utilizationCurve(CostBasis basis, ServingInputs serving) {
        CostCurve curve = basis instanceof HourlyBasis hourly
                ? CostCurve.hourly("basis", hourly, serving.throughput(), serving.mix(), TokenMetric.OUTPUT)
                : CostCurve.api("basis", (ApiTokenPrice) basis, serving.mix(), TokenMetric.OUTPUT);
        List<UtilizationPoint> points = new ArrayList<>();
        for (int percent = 5; percent <= 100; percent += 5) {
            double u = percent / 100.0;
            points.add(new UtilizationPoint(u, curve.usdPerMillionTokens(u)));
        }
        return points;
    }

    /** One point of {@link #utilizationCurve}. */
    public record UtilizationPoint(double utilization, double usdPerMillionOutputTokens) {
    }

    private static List<String> notes(ServingInputs serving) {
        if (serving.chargesInputTokens()) {
            return List.of("Input tokens are charged their prefill share of chip time (from the prefill rate,"
                    + " inputTokensPerSecond).");
        }
        return List.of("No prefill rate given (inputTokensPerSecond): the output rate is read as end to end, so all"
                + " chip time is charged to output tokens, input tokens cost 0 and the blended figure spreads each"
                + " request's cost over all its tokens.");
    }

    private static TokenCost relabel(TokenCost cost, Map<String, Provenance> provenance) {
        if (provenance.isEmpty()) {
            return cost;
        }
        return new TokenCost(cost.usdPerMillionInputTokens().withProvenance(provenance),
                cost.usdPerMillionOutputTokens().withProvenance(provenance),
                cost.usdPerMillionBlendedTokens().withProvenance(provenance), cost.mix());
    }
}
