package com.inferplan.backend.scenario;

/** A candidate's answer in one line: speed, cost, fleet, SLO; or why it cannot serve. */
public final class CandidateSummary {

    private CandidateSummary() {
    }

    public static String line(CandidateResult c, boolean withModel) {
        if (!c.fits()) {
            return c.label(withModel) + ": does not fit — " + c.reason();
        }
        String cost = c.cost() == null ? "no price" : Wording.usd(c.usdPerMillionTokens()) + "/M tokens";
        return c.label(withModel) + " (" + c.costChoice() + "): "
                + Wording.rate(c.latency().tokensPerSecondPerUser().value()) + " tokens/s per user, " + cost + ", "
                + Wording.units(c.deployment().units().value(), c.deployment().unitName()) + ", SLO "
                + (c.latency().slo().met() ? "met" : "not met");
    }
}
