package com.inferplan.backend.scenario;

import com.inferplan.backend.scenario.ScenarioWorkload.DemandUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A scenario's inputs as labelled lines, in reading order, for side-by-side comparison. */
final class ScenarioFacts {

    private ScenarioFacts() {
    }

    static Map<String, String> of(Scenario s) {
        Map<String, String> facts = new LinkedHashMap<>();
        ScenarioWorkload w = s.workload();
        facts.put("Workload", w.preset().label());
        facts.put("Demand", w.demand().unit() == DemandUnit.TOKENS_PER_DAY
                ? Wording.count(w.demand().value()) + " tokens/day"
                : String.format(Locale.ROOT, "%s requests/s", w.demand().value()));
        facts.put("Peak factor", w.demand().peakFactor() + " × average");
        facts.put("Prompt / answer tokens", w.lengths().inputTokens() + " / " + w.lengths().outputTokens()
                + " (spread " + w.lengths().spread() + ")");
        facts.put("SLO", Headline.limits(w.slo()));
        facts.put("Model", s.model());
        facts.put("Transport", s.transport().label());
        facts.put("Precisions", "weights " + orNative(s.precisions().weights()) + ", KV " + orNative(s.precisions().kv()));
        List<Candidate> candidates = s.candidates();
        for (int i = 0; i < candidates.size(); i++) {
            facts.put("Option " + (i + 1), describe(s, candidates.get(i)));
        }
        return facts;
    }

    static String describe(Scenario s, Candidate c) {
        String chips = c.chipsPerReplica() == null ? "auto chips" : c.chipsPerReplica() + " chips per replica";
        String cost = switch (c.cost().kind()) {
            case DEFAULT -> "catalog default price";
            case DEAL -> "deal " + c.cost().dealId();
            case ON_DEMAND -> "on-demand " + Wording.usd(c.cost().usdPerChipHour()) + "/chip-hour";
        };
        return c.hardware() + " · " + s.modelOf(c) + " · " + chips + " · " + cost;
    }

    private static String orNative(String precision) {
        return precision == null || precision.isBlank() ? "native" : precision;
    }
}
