package com.inferplan.backend.scenario;

import com.inferplan.backend.scenario.LoadSimulation.LoadRun;
import com.inferplan.backend.scenario.ScenarioWorkload.SloTarget;
import com.inferplan.backend.support.Quantities;
import com.inferplan.engine.serving.LatencySummary;

/**
 * Whether the simulated clients saw TTFT and TPOT within the limits at the scenario's percentile, in
 * words; {@code shortfall} is the worse of observed ÷ limit for the two (≤ 1 when met), which ranks
 * how close a candidate that misses comes.
 */
public record SloVerdict(boolean met, String explanation, double shortfall) {

    static SloVerdict judge(LoadRun run, SloTarget slo, SloCapacity capacity) {
        double ttft = percentile(run.ttft(), slo.percentile());
        double tpot = percentile(run.tpot(), slo.percentile());
        double shortfall = Math.max(ttft / slo.ttftMs(), tpot / slo.tpotMs());
        String p = "p" + slo.percentile();
        String ttftText = "TTFT " + p + " " + ms(ttft) + (ttft <= slo.ttftMs() ? " ≤ " : " > ") + ms(slo.ttftMs());
        String tpotText = "TPOT " + p + " " + ms(tpot) + (tpot <= slo.tpotMs() ? " ≤ " : " > ") + ms(slo.tpotMs());
        boolean met = ttft <= slo.ttftMs() && tpot <= slo.tpotMs();
        String why = ttftText + ", " + tpotText;
        if (!capacity.tpotReachable()) {
            why += "; even one request alone decodes at " + ms(capacity.tpotSeconds() * 1000)
                    + " per token on the server, so no number of replicas meets the TPOT limit";
        }
        if (!capacity.ttftReachable()) {
            why += "; the " + p + " prompt alone takes " + ms(capacity.tailPrefillSeconds() * 1000)
                    + (capacity.pools() == null ? " to prefill on an idle replica"
                    : " to prefill on an idle prefill worker and " + ms(capacity.pools().transferSeconds() * 1000)
                    + " to send its KV") + ", so no number of replicas meets the TTFT limit";
        }
        return new SloVerdict(met, why, shortfall);
    }

    static double percentile(LatencySummary summary, int percentile) {
        return percentile == 99 ? summary.p99Ms() : summary.p90Ms();
    }

    private static String ms(double milliseconds) {
        return Quantities.format(milliseconds / 1000, "s");
    }
}
