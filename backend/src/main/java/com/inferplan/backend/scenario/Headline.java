package com.inferplan.backend.scenario;

import com.inferplan.backend.scenario.ScenarioWorkload.SloTarget;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The one-sentence answer: the cheapest candidate that meets the SLO and why; if none meets it,
 * that fact and the closest candidate. {@code best} is the index of the candidate named, null when
 * no candidate can serve the model at all.
 */
public record Headline(String answer, String why, Integer best, boolean sloMet) {

    /** A runner-up this much faster per user is worth naming: the extra price may buy a different product. */
    static final double FASTER_WORTH_SAYING = 2;

    static Headline of(List<CandidateResult> results, ScenarioWorkload workload) {
        boolean withModel = results.stream().map(CandidateResult::model).distinct().count() > 1;
        String who = workload.preset() == WorkloadPreset.INTERACTIVE_CODING
                || workload.preset() == WorkloadPreset.LONG_AGENTIC ? "developer" : "user";
        String limits = limits(workload.slo());
        List<CandidateResult> meeting = results.stream().filter(CandidateResult::meetsSlo).toList();
        List<CandidateResult> priced = meeting.stream().filter(r -> r.cost() != null)
                .sorted(Comparator.comparingDouble(CandidateResult::usdPerMillionTokens)).toList();
        if (!priced.isEmpty()) {
            CandidateResult best = priced.get(0);
            String why = "Cheapest of the " + meeting.size() + " of " + results.size() + " options that meet the SLO ("
                    + limits + ")." + runnerUp(priced, withModel, who);
            return new Headline(summary(best, withModel, who), why, best.index(), true);
        }
        if (!meeting.isEmpty()) {
            CandidateResult best = meeting.stream()
                    .max(Comparator.comparingDouble(r -> r.latency().tokensPerSecondPerUser().value())).orElseThrow();
            return new Headline(summary(best, withModel, who), "Meets the SLO (" + limits + ") but has no price: "
                    + best.costReason(), best.index(), true);
        }
        Optional<CandidateResult> closest = results.stream().filter(CandidateResult::fits)
                .min(Comparator.comparingDouble(r -> r.latency().slo().shortfall()));
        if (closest.isEmpty()) {
            return new Headline("No option can serve this model.", results.get(0).label(withModel) + ": "
                    + results.get(0).reason(), null, false);
        }
        CandidateResult c = closest.get();
        return new Headline("No option meets the SLO (" + limits + "); closest: " + c.label(withModel) + ".",
                c.label(withModel) + ": " + c.latency().slo().explanation() + ".", c.index(), false);
    }

    private static String summary(CandidateResult r, boolean withModel, String who) {
        StringBuilder text = new StringBuilder(r.label(withModel));
        if (r.costKind() != CostChoice.Kind.DEFAULT) {
            text.append(" (").append(r.costChoice()).append(")");
        }
        text.append(": ").append(Wording.rate(r.latency().tokensPerSecondPerUser().value())).append(" tokens/s per ")
                .append(who);
        if (r.cost() != null) {
            text.append(", ").append(Wording.usd(r.usdPerMillionTokens())).append("/M tokens");
        }
        return text.append(", ").append(Wording.units(r.deployment().units().value(), r.deployment().unitName()))
                .toString();
    }

    /** The second cheapest, whether the cost ranking is certain, and what its extra price buys in speed. */
    private static String runnerUp(List<CandidateResult> priced, boolean withModel, String who) {
        if (priced.size() < 2) {
            return "";
        }
        CandidateResult first = priced.get(0);
        CandidateResult second = priced.get(1);
        double speedRatio = second.latency().tokensPerSecondPerUser().value()
                / first.latency().tokensPerSecondPerUser().value();
        String speed = speedRatio >= FASTER_WORTH_SAYING ? ", with " + Math.round(speedRatio) + "× the tokens/s per " + who
                : "";
        boolean overlap = second.cost().blendedSpread().p10() <= first.cost().blendedSpread().p90();
        return " Next: " + second.label(withModel) + " at " + Wording.usd(second.usdPerMillionTokens()) + "/M tokens"
                + speed + (overlap ? "; their P10–P90 cost ranges overlap, so the order is not certain."
                : "; their P10–P90 cost ranges do not overlap.");
    }

    public static String limits(SloTarget slo) {
        return "TTFT p" + slo.percentile() + " ≤ " + Wording.ms(slo.ttftMs()) + ", TPOT p" + slo.percentile() + " ≤ "
                + Wording.ms(slo.tpotMs());
    }
}
