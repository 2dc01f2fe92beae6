package com.inferplan.backend.scenario;

import com.inferplan.backend.scenario.ScenarioWorkload.SloTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One option of the published example answered again at another TPOT limit, so the example shows how
 * the GPU comparison moves with its SLO: at Spark's 2 ms only the wafer meets it; GPU fleets are
 * usually run at 20 ms. Every figure is the engine's answer for that scenario (nothing is typed in);
 * a null figure means the option does not fit or has no price, and {@code verdict} or the option's
 * reason says which.
 *
 * @param usdPerMillionTokens blended input + output, base case, with its Monte Carlo P10 and P90
 */
public record SloSweepRow(double tpotMs, int percentile, int index, String option, boolean fits, Integer replicas,
                          Long chips, Double usdPerMillionTokens, Double usdP10, Double usdP90,
                          Double tokensPerSecondPerUser, boolean sloMet, String verdict) {

    /** The TPOT limits the example is answered at besides its own (decision 0709). */
    public static final List<Double> TPOT_MS = List.of(10.0, 20.0, 40.0);

    static List<SloSweepRow> sweep(Scenario shown, Function<Scenario, ScenarioResults> answer) {
        List<SloSweepRow> rows = new ArrayList<>();
        SloTarget slo = shown.workload().slo();
        for (double tpot : TPOT_MS) {
            ScenarioWorkload w = shown.workload();
            Scenario at = shown.withWorkload(new ScenarioWorkload(w.preset(), w.demand(), w.lengths(),
                    new SloTarget(slo.ttftMs(), tpot, slo.percentile())));
            answer.apply(at).candidates().forEach(c -> rows.add(of(tpot, slo.percentile(), c)));
        }
        return List.copyOf(rows);
    }

    private static SloSweepRow of(double tpotMs, int percentile, CandidateResult c) {
        if (!c.fits()) {
            return new SloSweepRow(tpotMs, percentile, c.index(), c.label(true), false, null, null, null, null, null,
                    null, false, c.reason());
        }
        CostFigures cost = c.cost();
        return new SloSweepRow(tpotMs, percentile, c.index(), c.label(true), true,
                (int) Math.round(c.deployment().replicas().value()), c.deployment().totalChips(),
                cost == null ? null : cost.usdPerMillionBlendedTokens().value(),
                cost == null ? null : cost.blendedSpread().p10(), cost == null ? null : cost.blendedSpread().p90(),
                c.latency().tokensPerSecondPerUser().value(), c.meetsSlo(), c.latency().slo().explanation());
    }
}
